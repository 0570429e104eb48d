package org.jigsaw.link.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.jigsaw.link.data.Column;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.plugin.Providers;
import org.jigsaw.link.spec.CannotLinkSpec;

/**
 * The registry of cannot-link rule kinds a {@code linkage.yaml} may name: the built-in ones plus
 * those a {@link CannotLinkKindProvider} on the class path registers (privacy-preserving linkage
 * adds {@code encoded_twins} this way, so link never names it). Loaded once per JVM, so the
 * Spark engine's executors see the same kinds as the driver.
 */
public final class CannotLinkKinds {

    /** The kind that keeps one record per source; it ranks candidates rather than forbidding a link. */
    public static final String ONE_PER_SOURCE = "one_per_source";

    /** The identifier fields: a shared one outweighs what a twins or date rule sees. */
    public static final List<String> IDENTIFIER_FIELDS = List.of("nhs_number", "upn", "former_upn", "uln", "local_id", "identifier");
    /** What a twins rule reads besides the identifiers. */
    public static final List<String> TWIN_FIELDS = List.of("dob", "family_name", "given_name", "sex");

    /** One kind of rule. */
    public interface Kind {
        /** Checks the rule's parameters, before any engine runs. */
        default void check(CannotLinkSpec spec) {
        }

        /**
         * The fields the rule may read: a distributed engine ships these (and only these) to where
         * it clusters, so a kind registered from another module works there too.
         */
        List<String> fields(CannotLinkSpec spec);

        /** The rule on {@code table}; empty when the table lacks a field the rule reads (it then stays out). */
        Optional<Named> compile(RecordTable table, CannotLinkSpec spec);

        /** A kind from the fields it reads and how it compiles. */
        static Kind of(List<String> fields, BiFunction<RecordTable, CannotLinkSpec, Optional<Named>> compile) {
            return new Kind() {
                @Override
                public List<String> fields(CannotLinkSpec spec) {
                    return fields;
                }

                @Override
                public Optional<Named> compile(RecordTable table, CannotLinkSpec spec) {
                    return compile.apply(table, spec);
                }
            };
        }
    }

    /** The fields of a twins rule: names, birth date, sex and the identifiers. */
    public static List<String> twinFields() {
        return Stream.concat(TWIN_FIELDS.stream(), IDENTIFIER_FIELDS.stream()).toList();
    }

    /** A compiled rule and its name in reports. */
    public record Named(String name, CannotLink.Rule rule) {
    }

    private final Map<String, Kind> kinds;

    private CannotLinkKinds(Map<String, Kind> kinds) {
        this.kinds = Map.copyOf(kinds);
    }

    public static CannotLinkKinds installed() {
        return Installed.KINDS;
    }

    /** Only the kinds on clear values that link itself defines. */
    public static CannotLinkKinds builtIn() {
        Map<String, Kind> k = new HashMap<>();
        k.put("different_value", new Kind() {
            @Override
            public void check(CannotLinkSpec s) {
                if (s.field() == null) throw new IllegalArgumentException("cannot_link different_value needs a field");
            }

            @Override
            public List<String> fields(CannotLinkSpec s) {
                return s.field() == null ? List.of() : List.of(s.field());
            }

            @Override
            public Optional<Named> compile(RecordTable table, CannotLinkSpec s) {
                check(s);
                if (!table.has(s.field())) return Optional.empty();
                Column c = table.column(s.field());
                return Optional.of(new Named("different " + s.field(), (a, b) -> {
                    int x = c.id(a), y = c.id(b);
                    return x >= 0 && y >= 0 && x != y;
                }));
            }
        });
        k.put("twins", Kind.of(twinFields(),
                (table, s) -> hasNames(table) ? Optional.of(new Named("twins", CannotLink.twins(table))) : Optional.empty()));
        k.put("different_upn", Kind.of(List.of("upn", "former_upn"), (table, s) -> table.has("upn")
                ? Optional.of(new Named("different permanent upn", CannotLink.differentUpn(table))) : Optional.empty()));
        List<String> dobFields = Stream.concat(Stream.of("dob"), IDENTIFIER_FIELDS.stream()).toList();
        k.put("different_dob", Kind.of(dobFields, (table, s) -> table.has("dob")
                ? Optional.of(new Named("different dob", CannotLink.differentDob(table.column("dob"), identifiers(table))))
                : Optional.empty()));
        // the source travels with every record: no field to ship
        k.put(ONE_PER_SOURCE, Kind.of(List.of(),
                (table, s) -> Optional.of(new Named("one record per source", (a, b) -> table.source(a) == table.source(b)))));
        return new CannotLinkKinds(k);
    }

    public Set<String> names() {
        return new TreeSet<>(kinds.keySet());
    }

    /** The kind named by {@code spec}; an error listing the known ones when there is none. */
    public Kind kind(CannotLinkSpec spec) {
        Kind k = spec.kind() == null ? null : kinds.get(spec.kind());
        if (k == null) throw new IllegalArgumentException("unknown cannot_link kind '" + spec.kind() + "'; known: " + names());
        return k;
    }

    /** Whether the table has the fields a twins rule reads (date of birth, family and given names). */
    public static boolean hasNames(RecordTable table) {
        return table.has("dob") && table.has("family_name") && table.has("given_name");
    }

    /** The identifier columns the table carries: a shared one outweighs what a twins or date rule sees. */
    public static List<Column> identifiers(RecordTable table) {
        return IDENTIFIER_FIELDS.stream().filter(table::has).map(table::column).toList();
    }

    private static final class Installed {
        static final CannotLinkKinds KINDS = load();

        private static CannotLinkKinds load() {
            return new CannotLinkKinds(Providers.merge(builtIn().kinds, CannotLinkKindProvider.class, CannotLinkKindProvider::cannotLinkKinds, "cannot_link kind"));
        }
    }
}
