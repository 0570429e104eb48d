package org.jigsaw.link.cluster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jigsaw.link.block.LongList;
import org.jigsaw.link.compare.StringMetrics;
import org.jigsaw.link.data.Column;
import org.jigsaw.link.data.Names;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.spec.CannotLinkSpec;

/** The compiled cannot-link constraints of a spec plus clerical "different children" verdicts. */
public final class CannotLink {

    /** Given names at least this similar (Jaro-Winkler) may be one name mistyped, so the twins rule stays out. */
    static final double TWIN_NAME_SIMILARITY = 0.85;

    /** One constraint between two rows. */
    @FunctionalInterface
    public interface Rule {
        boolean forbids(int a, int b);
    }

    private final List<Rule> rules;
    private final List<String> names;
    private final Rule uniqueness;

    private CannotLink(List<Rule> rules, List<String> names, Rule uniqueness) {
        this.rules = rules;
        this.names = names;
        this.uniqueness = uniqueness;
    }

    public static CannotLink compile(RecordTable table, List<CannotLinkSpec> specs, Set<Long> clericalNonMatches) {
        List<Rule> rules = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Rule uniqueness = null;
        for (CannotLinkSpec s : specs) {
            switch (s.kind()) {
                case "different_value" -> {
                    if (s.field() == null) throw new IllegalArgumentException("cannot_link different_value needs a field");
                    if (!table.has(s.field())) continue;
                    Column c = table.column(s.field());
                    rules.add((a, b) -> {
                        int x = c.id(a), y = c.id(b);
                        return x >= 0 && y >= 0 && x != y;
                    });
                    names.add("different " + s.field());
                }
                case "twins" -> {
                    if (!table.has("dob") || !table.has("family_name") || !table.has("given_name")) continue;
                    List<Column> ids = new ArrayList<>();
                    for (String f : List.of("nhs_number", "upn", "former_upn", "uln", "identifier")) {
                        if (table.has(f)) ids.add(table.column(f));
                    }
                    rules.add(twins(table.column("dob"), table.column("family_name"), table.column("given_name"), ids));
                    names.add("twins");
                }
                case "encoded_twins" -> {
                    // the twins rule on keyed encodings (privacy-preserving linkage)
                    if (!table.has("dob") || !table.has("family_name") || !table.has("given_name")) continue;
                    List<Column> ids = new ArrayList<>();
                    for (String f : List.of("nhs_number", "upn", "former_upn", "uln", "identifier")) {
                        if (table.has(f)) ids.add(table.column(f));
                    }
                    rules.add(org.jigsaw.privacy.EncodedTwins.rule(table.column("dob"), table.column("family_name"),
                            table.column("given_name"), ids));
                    names.add("twins (encoded)");
                }
                case "one_per_source" -> {
                    uniqueness = (a, b) -> table.source(a) == table.source(b);
                    names.add("one record per source");
                }
                default -> throw new IllegalArgumentException("unknown cannot_link kind '" + s.kind()
                        + "'; known: different_value, twins, encoded_twins, one_per_source");
            }
        }
        if (!clericalNonMatches.isEmpty()) {
            Set<Long> pairs = new HashSet<>(clericalNonMatches);
            rules.add((a, b) -> pairs.contains(a < b ? LongList.pair(a, b) : LongList.pair(b, a)));
            names.add("clerical non-match");
        }
        return new CannotLink(List.copyOf(rules), List.copyOf(names), uniqueness);
    }

    /**
     * Same date of birth (or one keying error away) and family name (similar, or blank on one side), both given names present and clearly different: not
     * equal, not nickname-equivalent, more than one edit apart and Jaro-Winkler below 0.85, neither an initial or prefix of the
     * other, and no shared identifier (a shared NHS number or UPN outweighs a given-name change).
     * Twins with near-identical names (AIDEN / AIDAN) are left to the model.
     */
    static Rule twins(Column dob, Column family, Column given, List<Column> identifiers) {
        return (a, b) -> {
            int d1 = dob.id(a), d2 = dob.id(b);
            if (d1 < 0 || d2 < 0 || (d1 != d2 && !StringMetrics.withinOneEdit(dob.chars(d1), dob.chars(d2)))) return false;
            int f1 = family.id(a), f2 = family.id(b);
            // a blank family name on one side does not make them less likely to be twins
            if (f1 >= 0 && f2 >= 0 && f1 != f2 && !similarFamilyNames(family.chars(f1), family.chars(f2))) return false;
            int g1 = given.id(a), g2 = given.id(b);
            if (g1 < 0 || g2 < 0 || g1 == g2) return false;
            if (!clearlyDifferentGivenNames(given.valueOf(g1), given.valueOf(g2))) return false;
            for (Column id : identifiers) {
                int x = id.id(a);
                if (x >= 0 && x == id.id(b)) return false;
            }
            return true;
        };
    }

    /** One keying error apart, or Jaro-Winkler at least 0.88 (the family-name comparison's fuzzy level). */
    static boolean similarFamilyNames(char[] a, char[] b) {
        return StringMetrics.withinOneEdit(a, b) || StringMetrics.jaroWinkler(a, b) >= 0.88;
    }

    public static boolean clearlyDifferentGivenNames(String x, String y) {
        if (x.equals(y) || Names.equivalent(x, y)) return false;
        if (x.startsWith(y) || y.startsWith(x)) return false;
        char[] a = x.toCharArray(), b = y.toCharArray();
        return StringMetrics.damerauLevenshtein(a, b, 1) > 1 && StringMetrics.jaroWinkler(a, b) < TWIN_NAME_SIMILARITY;
    }

    /** A constraint on who the two records are (different NHS numbers, twins, a reviewer's verdict). */
    public boolean forbids(int a, int b) {
        for (Rule r : rules) if (r.forbids(a, b)) return true;
        return false;
    }

    /** Only the one-record-per-source rule stands between them (a second-best candidate, not a conflict). */
    public boolean forbidsAsDuplicateInSource(int a, int b) {
        return uniqueness != null && uniqueness.forbids(a, b);
    }

    /** Names of the active constraints, for reports. */
    public List<String> names() {
        return names;
    }
}
