package org.jigsaw.link.cluster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jigsaw.link.block.LongList;
import org.jigsaw.link.compare.StringMetrics;
import org.jigsaw.link.data.Column;
import org.jigsaw.link.data.DateCodes;
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

    /** With the installed rule kinds ({@link CannotLinkKinds#installed()}). */
    public static CannotLink compile(RecordTable table, List<CannotLinkSpec> specs, Set<Long> clericalNonMatches) {
        return compile(table, specs, clericalNonMatches, CannotLinkKinds.installed());
    }

    public static CannotLink compile(RecordTable table, List<CannotLinkSpec> specs, Set<Long> clericalNonMatches, CannotLinkKinds kinds) {
        List<Rule> rules = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Rule uniqueness = null;
        for (CannotLinkSpec s : specs) {
            CannotLinkKinds.Named r = kinds.kind(s).compile(table, s).orElse(null);
            if (r == null) continue;
            if (CannotLinkKinds.ONE_PER_SOURCE.equals(s.kind())) uniqueness = r.rule();
            else rules.add(r.rule());
            names.add(r.name());
        }
        if (!clericalNonMatches.isEmpty()) {
            Set<Long> pairs = new HashSet<>(clericalNonMatches);
            rules.add((a, b) -> pairs.contains(a < b ? LongList.pair(a, b) : LongList.pair(b, a)));
            names.add("clerical non-match");
        }
        return new CannotLink(List.copyOf(rules), List.copyOf(names), uniqueness);
    }

    /** The twins rule on the table's columns (which {@link CannotLinkKinds#hasNames} says it has), sex and UPN conflicts included. */
    static Rule twins(RecordTable table) {
        Column sex = table.has("sex") ? table.column("sex") : null;
        return twins(table.column("dob"), table.column("family_name"), table.column("given_name"), CannotLinkKinds.identifiers(table),
                new Conflicts(sex, upn(table), formerUpn(table)));
    }

    /** Two permanent UPNs that differ, neither the other's former UPN. */
    static Rule differentUpn(RecordTable table) {
        return new Conflicts(null, upn(table), formerUpn(table))::any;
    }

    private static Column upn(RecordTable table) {
        return table.has("upn") ? table.column("upn") : null;
    }

    private static Column formerUpn(RecordTable table) {
        return table.has("former_upn") ? table.column("former_upn") : null;
    }

    /**
     * Same date of birth (or one keying error away) and family name (similar, or blank on one side), both given names present and clearly different: not
     * equal, not nickname-equivalent, more than one edit apart and Jaro-Winkler below 0.85, neither an initial or prefix of the
     * other, and no shared identifier (a shared NHS number or UPN outweighs a given-name change).
     * Twins with near-identical names (AIDEN / AIDAN) are left to the model.
     */
    static Rule twins(Column dob, Column family, Column given, List<Column> identifiers) {
        return twins(dob, family, given, identifiers, new Conflicts(null, null, null));
    }

    /**
     * Fields on which two records of one child seldom disagree, but twins always do: recorded sex
     * (boy/girl twins) and the permanent UPN (one per pupil; a temporary UPN ends in a letter and
     * a former UPN explains a change). Any column may be null (not in the data).
     */
    record Conflicts(Column sex, Column upn, Column formerUpn) {
        boolean any(int a, int b) {
            if (sex != null) {
                int x = sex.id(a), y = sex.id(b);
                if (x >= 0 && y >= 0 && x != y && definite(sex.valueOf(x)) && definite(sex.valueOf(y))) return true;
            }
            if (upn != null) {
                int x = upn.id(a), y = upn.id(b);
                if (x >= 0 && y >= 0 && x != y && permanent(upn.valueOf(x)) && permanent(upn.valueOf(y))
                        && !former(b, upn.valueOf(x)) && !former(a, upn.valueOf(y))) return true;
            }
            return false;
        }

        private boolean former(int row, String upnValue) {
            if (formerUpn == null) return false;
            int f = formerUpn.id(row);
            return f >= 0 && formerUpn.valueOf(f).equals(upnValue);
        }

        private static boolean definite(String sex) {
            return "M".equals(sex) || "F".equals(sex);
        }

        private static boolean permanent(String upn) {
            return !upn.isEmpty() && Character.isDigit(upn.charAt(upn.length() - 1));
        }
    }

    /**
     * As above; and when the given names differ at all (a nickname, a typo — or one is missing)
     * and the records conflict on sex or on permanent UPN, they are twins too: CHARLIE (a boy) and
     * CHARLOTTE, OLIVER and OLIVIA, GEORGE and GEORGIA share birth date, family name and address,
     * and their given names alone are too close to tell them apart.
     */
    static Rule twins(Column dob, Column family, Column given, List<Column> identifiers, Conflicts conflicts) {
        return (a, b) -> {
            int d1 = dob.id(a), d2 = dob.id(b);
            if (d1 < 0 || d2 < 0 || (d1 != d2 && !StringMetrics.withinOneEdit(dob.chars(d1), dob.chars(d2)))) return false;
            int f1 = family.id(a), f2 = family.id(b);
            // a blank family name on one side does not make them less likely to be twins
            if (f1 >= 0 && f2 >= 0 && f1 != f2 && !similarFamilyNames(family.chars(f1), family.chars(f2))) return false;
            int g1 = given.id(a), g2 = given.id(b);
            if (g1 >= 0 && g1 == g2) return false;
            boolean differentNames = g1 >= 0 && g2 >= 0 && clearlyDifferentGivenNames(given.valueOf(g1), given.valueOf(g2));
            if (!differentNames && !conflicts.any(a, b)) return false;
            for (Column id : identifiers) {
                int x = id.id(a);
                if (x >= 0 && x == id.id(b)) return false;
            }
            return true;
        };
    }

    /**
     * Birth dates further apart than a keying error — not one edit, not day and month swapped,
     * not only one of year, month and day different — and no identifier in common: two people
     * (a parent and a child of the same name, siblings at one address), however well the names
     * and the address agree.
     */
    static Rule differentDob(Column dob, List<Column> identifiers) {
        return (a, b) -> {
            int d1 = dob.id(a), d2 = dob.id(b);
            if (d1 < 0 || d2 < 0 || d1 == d2) return false;
            int x = dob.date(d1), y = dob.date(d2);
            if (x < 0 || y < 0 || StringMetrics.withinOneEdit(dob.chars(d1), dob.chars(d2))) return false;
            int same = (DateCodes.year(x) == DateCodes.year(y) ? 1 : 0) + (DateCodes.month(x) == DateCodes.month(y) ? 1 : 0)
                    + (DateCodes.day(x) == DateCodes.day(y) ? 1 : 0);
            if (same >= 2) return false;
            if (DateCodes.year(x) == DateCodes.year(y) && DateCodes.month(x) == DateCodes.day(y) && DateCodes.day(x) == DateCodes.month(y)) {
                return false;
            }
            for (Column id : identifiers) {
                int i = id.id(a);
                if (i >= 0 && i == id.id(b)) return false;
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
        if (similar(x, y)) return false;
        // a nickname on one record and a typo on the other (BEN / BELNJAMIN) is still one name
        for (String cx : Names.canonicals(x)) {
            if (similar(cx, y)) return false;
            for (String cy : Names.canonicals(y)) if (similar(cx, cy)) return false;
        }
        for (String cy : Names.canonicals(y)) if (similar(x, cy)) return false;
        return true;
    }

    private static boolean similar(String x, String y) {
        char[] a = x.toCharArray(), b = y.toCharArray();
        return StringMetrics.damerauLevenshtein(a, b, 1) <= 1 || StringMetrics.jaroWinkler(a, b) >= TWIN_NAME_SIMILARITY;
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
