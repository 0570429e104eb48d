package org.jigsaw.link.compare;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.jigsaw.link.spec.LevelSpec;

/**
 * The registry of level kinds a {@code linkage.yaml} may name. To add a kind (for example the
 * privacy stage's {@code dice} level on Bloom-filter encodings), write a {@link Level} and register
 * it: {@code LevelKinds.defaults().with("dice", s -> new DiceLevel(s.threshold()))}, then pass the
 * registry to {@code Linker}; or add one line to {@link #defaults()} to ship it with Jigsaw.
 */
public final class LevelKinds {

    private final Map<String, Function<LevelSpec, Level>> kinds;

    private LevelKinds(Map<String, Function<LevelSpec, Level>> kinds) {
        this.kinds = Map.copyOf(kinds);
    }

    public static LevelKinds defaults() {
        Map<String, Function<LevelSpec, Level>> k = new HashMap<>();
        k.put("exact", s -> new StringLevels.Exact());
        k.put("jaro_winkler", s -> new StringLevels.JaroWinkler(need(s, s.threshold(), "threshold")));
        k.put("damerau_levenshtein", s -> new StringLevels.DamerauLevenshtein(need(s, s.max(), "max")));
        k.put("prefix", s -> new StringLevels.Prefix(s.minLength() == null ? 1 : s.minLength()));
        k.put("same_key", s -> new StringLevels.SameKey(need(s, s.transform(), "transform")));
        k.put("part_of", s -> new StringLevels.PartOf());
        k.put("token_overlap", s -> new StringLevels.TokenOverlap(need(s, s.threshold(), "threshold")));
        k.put("nickname", s -> new NameLevels.Nickname());
        k.put("phonetic", s -> new NameLevels.Phonetic());
        k.put("exact_with", s -> new StringLevels.ExactWith(need(s, s.field(), "field")));
        k.put("swapped", s -> new NameLevels.Swapped(need(s, s.field(), "field")));
        k.put("day_month_swapped", s -> new DateLevels.DayMonthSwapped());
        k.put("one_component_differs", s -> new DateLevels.OneComponent());
        k.put("within_days", s -> new DateLevels.WithinDays(need(s, s.days(), "days")));
        k.put("postcode_sector", s -> new PostcodeLevels.Sector());
        k.put("postcode_district", s -> new PostcodeLevels.District());
        k.put("transposition", s -> new IdentifierLevels.Transposition());
        k.put("substitutions", s -> new IdentifierLevels.Substitutions(need(s, s.max(), "max")));
        // privacy-preserving linkage: levels on keyed encodings (org.jigsaw.privacy)
        k.put("dice", s -> new org.jigsaw.privacy.DiceLevel(need(s, s.threshold(), "threshold")));
        k.put("encoded_key", s -> org.jigsaw.privacy.EncodedKeyLevel.of(need(s, s.transform(), "transform")));
        return new LevelKinds(k);
    }

    /** A registry with one more kind (or one replaced). */
    public LevelKinds with(String kind, Function<LevelSpec, Level> factory) {
        Map<String, Function<LevelSpec, Level>> k = new HashMap<>(kinds);
        k.put(kind, factory);
        return new LevelKinds(k);
    }

    public Level create(LevelSpec spec) {
        if (spec.kind() == null) throw new IllegalArgumentException("a level needs a kind");
        Function<LevelSpec, Level> f = kinds.get(spec.kind());
        if (f == null) {
            throw new IllegalArgumentException("unknown level kind '" + spec.kind() + "'; known: " + new TreeSet<>(kinds.keySet()));
        }
        return f.apply(spec);
    }

    private static <T> T need(LevelSpec s, T value, String param) {
        if (value == null) throw new IllegalArgumentException("level '" + s.kind() + "' needs '" + param + "'");
        return value;
    }
}
