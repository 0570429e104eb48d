package org.jigsaw.link.compare;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jigsaw.link.plugin.Providers;
import org.jigsaw.link.spec.LevelSpec;

/**
 * The registry of level kinds a {@code linkage.yaml} may name: the built-in kinds on clear values
 * plus those a {@link LevelKindProvider} on the class path registers (privacy-preserving linkage
 * adds its levels on encodings this way, so link never names it). To add a kind, write a
 * {@link Level} and either register it for one run ({@code LevelKinds.installed().with("x", s -> ...)}),
 * or ship it with a provider listed in {@code META-INF/services}.
 *
 * <p>The registry is {@link Serializable} (its factories are), so the Spark engine ships the
 * driver's registry to executors with the spec: a kind added with {@link #with} runs there too.
 */
public final class LevelKinds implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Makes a level from its spec, checking the parameters the kind needs. Serializable for Spark executors. */
    @FunctionalInterface
    public interface Factory extends Function<LevelSpec, Level>, Serializable {
    }

    private final Map<String, Factory> kinds;

    private LevelKinds(Map<String, Factory> kinds) {
        this.kinds = Map.copyOf(kinds);
    }

    /** The kinds that ship with Jigsaw: the built-in ones and every provider's on the class path. */
    public static LevelKinds installed() {
        return Installed.KINDS;
    }

    /** The same as {@link #installed()}: kept for the callers that predate the providers. */
    public static LevelKinds defaults() {
        return installed();
    }

    /** Only the kinds on clear values that link itself defines. */
    public static LevelKinds builtIn() {
        Map<String, Factory> k = new HashMap<>();
        k.put("exact", s -> new StringLevels.Exact());
        k.put("jaro_winkler", s -> new StringLevels.JaroWinkler(s.need(s.threshold(), "threshold")));
        k.put("damerau_levenshtein", s -> new StringLevels.DamerauLevenshtein(s.need(s.max(), "max")));
        k.put("prefix", s -> new StringLevels.Prefix(s.minLength() == null ? 1 : s.minLength()));
        k.put("same_key", s -> new StringLevels.SameKey(s.need(s.transform(), "transform")));
        k.put("part_of", s -> new StringLevels.PartOf());
        k.put("token_overlap", s -> new StringLevels.TokenOverlap(s.need(s.threshold(), "threshold")));
        k.put("nickname", s -> new NameLevels.Nickname());
        k.put("phonetic", s -> new NameLevels.Phonetic());
        k.put("exact_with", s -> new StringLevels.ExactWith(s.need(s.field(), "field")));
        k.put("swapped", s -> new NameLevels.Swapped(s.need(s.field(), "field")));
        k.put("day_month_swapped", s -> new DateLevels.DayMonthSwapped());
        k.put("one_component_differs", s -> new DateLevels.OneComponent());
        k.put("within_days", s -> new DateLevels.WithinDays(s.need(s.days(), "days")));
        k.put("postcode_sector", s -> new PostcodeLevels.Sector());
        k.put("postcode_district", s -> new PostcodeLevels.District());
        k.put("transposition", s -> new IdentifierLevels.Transposition());
        k.put("substitutions", s -> new IdentifierLevels.Substitutions(s.need(s.max(), "max")));
        return new LevelKinds(k);
    }

    /** A registry with one more kind (or one replaced). */
    public LevelKinds with(String kind, Factory factory) {
        Map<String, Factory> k = new HashMap<>(kinds);
        k.put(kind, factory);
        return new LevelKinds(k);
    }

    /** The kinds this registry knows, sorted. */
    public Set<String> names() {
        return new TreeSet<>(kinds.keySet());
    }

    public boolean knows(String kind) {
        return kinds.containsKey(kind);
    }

    public Level create(LevelSpec spec) {
        if (spec.kind() == null) throw new IllegalArgumentException("a level needs a kind");
        Function<LevelSpec, Level> f = kinds.get(spec.kind());
        if (f == null) {
            throw new IllegalArgumentException("unknown level kind '" + spec.kind() + "'; known: " + names());
        }
        return f.apply(spec);
    }

    /** Loaded once per JVM (driver or executor); the registry itself is immutable. */
    private static final class Installed {
        static final LevelKinds KINDS = load();

        private static LevelKinds load() {
            return new LevelKinds(Providers.merge(builtIn().kinds, LevelKindProvider.class, LevelKindProvider::levelKinds, "level kind"));
        }
    }
}
