package org.jigsaw.web.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jigsaw.govern.AdditiveCounts;
import org.jigsaw.web.access.Disclosure;
import org.jigsaw.web.view.Cell;

/**
 * One cohort in one snapshot, counted under every filter combination the pages offer and broken
 * down every way they break it, and released as a whole through {@link Disclosure#counts}: the
 * cohort, Vulnerable and Overview pages show cells of this cube and nothing computed beside it.
 * Every breakdown lists every group (an empty one as 0 or {@code *}), so leaving a row out tells
 * nothing.
 */
final class CohortCube {
    static final String ALL = Filters.ALL;
    static final String IN = "in";
    static final String OUT = "out";
    static final String OUTSIDE = "outside";
    static final String UNKNOWN = "unknown";
    static final String NO_ICB = "none";
    static final String NO_DISTRICT = "";

    /** A cell: one value (or {@link #ALL}) of each dimension; residence is all, in, out, or out's two parts. */
    record Key(String age, String residence, String icb, String need, String district) {
        static Key of(Filters f) {
            return new Key(f.ageBand(), f.residence(), f.icb(), ALL, ALL);
        }

        Key age(String v) {
            return new Key(v, residence, icb, need, district);
        }

        Key residence(String v) {
            return new Key(age, v, icb, need, district);
        }

        Key icb(String v) {
            return new Key(age, residence, v, need, district);
        }

        Key need(String v) {
            return new Key(age, residence, icb, v, district);
        }

        Key district(String v) {
            return new Key(age, residence, icb, need, v);
        }
    }

    /** The groups each breakdown lists, from the whole snapshot (not the cohort), so a list says nothing about the cohort. */
    record Groups(List<String> ages, List<String> icbs, List<String> needs, List<String> districts) {
    }

    private final Map<Key, Cell> cells;
    private final Groups groups;

    private CohortCube(Map<Key, Cell> cells, Groups groups) {
        this.cells = cells;
        this.groups = groups;
    }

    static CohortCube of(List<Population.Person> members, Groups groups, Disclosure d) {
        AdditiveCounts<Key> counts = new AdditiveCounts<>();
        List<Key> shown = shownCells(groups);
        Map<Key, long[]> tally = new HashMap<>();
        for (Key k : shown) tally.putIfAbsent(k, new long[1]);
        for (Population.Person p : members) {
            for (Key k : everyCellOf(p)) {
                long[] t = tally.get(k);
                if (t != null) t[0]++;
            }
        }
        tally.forEach((k, t) -> counts.count(k, t[0]));
        for (Key k : tally.keySet()) {
            for (List<Key> parts : partitions(k, groups)) {
                if (parts.stream().allMatch(tally::containsKey)) counts.line(k, parts);
            }
        }
        return new CohortCube(d.counts(counts), groups);
    }

    /** The cohort's count under the filters. */
    Cell count(Filters f) {
        return cell(Key.of(f));
    }

    Map<String, Cell> byAge(Filters f) {
        return by(Key.of(f), ages(groups, f.ageBand()), Key::age, Function.identity());
    }

    Map<String, Cell> byNeed(Filters f) {
        return by(Key.of(f), groups.needs(), Key::need, org.jigsaw.web.words.CodeLabels::need);
    }

    Map<String, Cell> byResidence(Filters f) {
        return by(Key.of(f), residences(f.residence()), Key::residence, CohortCube::residenceLabel);
    }

    Map<String, Cell> byIcb(Filters f) {
        return by(Key.of(f), icbs(groups, f.icb()), Key::icb, v -> v.equals(NO_ICB) ? "Not registered" : org.jigsaw.web.words.IcbNames.label(v));
    }

    /** Residents only, whatever the residence filter says: districts are the area's own. */
    Map<String, Cell> byDistrict(Filters f) {
        return by(Key.of(f).residence(IN), groups.districts(), Key::district, v -> v.isEmpty() ? "Unknown" : v);
    }

    private Map<String, Cell> by(Key parent, List<String> values, java.util.function.BiFunction<Key, String, Key> with, Function<String, String> label) {
        Map<String, Cell> out = new LinkedHashMap<>();
        for (String v : values) out.put(label.apply(v), cell(with.apply(parent, v)));
        return out;
    }

    private Cell cell(Key k) {
        Cell c = cells.get(k);
        if (c == null) throw new IllegalArgumentException("not a cell the pages release");
        return c;
    }

    static String residenceLabel(String v) {
        return switch (v) {
            case IN -> "Resident in the area";
            case OUTSIDE -> "Resident outside the area";
            default -> "Residence unknown";
        };
    }

    private static List<String> ages(Groups groups, String filter) {
        return filter.equals(ALL) ? groups.ages() : List.of(filter);
    }

    private static List<String> icbs(Groups groups, String filter) {
        if (!filter.equals(ALL)) return List.of(filter);
        List<String> out = new ArrayList<>(groups.icbs());
        out.add(NO_ICB);
        return out;
    }

    private static List<String> residences(String filter) {
        return switch (filter) {
            case ALL -> List.of(IN, OUTSIDE, UNKNOWN);
            case OUT -> List.of(OUTSIDE, UNKNOWN);
            default -> List.of(filter);
        };
    }

    /** Every cell a page can show: each filter combination's total and each of its breakdowns' rows. */
    private static List<Key> shownCells(Groups g) {
        List<String> ageFilters = new ArrayList<>(g.ages());
        ageFilters.add(ALL);
        List<String> icbFilters = new ArrayList<>(g.icbs());
        icbFilters.add(ALL);
        List<Key> out = new ArrayList<>();
        for (String a : ageFilters) {
            for (String r : List.of(ALL, IN, OUT)) {
                for (String i : icbFilters) {
                    Key f = new Key(a, r, i, ALL, ALL);
                    out.add(f);
                    ages(g, a).forEach(v -> out.add(f.age(v)));
                    g.needs().forEach(v -> out.add(f.need(v)));
                    residences(r).forEach(v -> out.add(f.residence(v)));
                    icbs(g, i).forEach(v -> out.add(f.icb(v)));
                    g.districts().forEach(v -> out.add(f.residence(IN).district(v)));
                }
            }
        }
        return out;
    }

    /** Every cell a person is counted in: each dimension at its own value or a value above it. */
    private static List<Key> everyCellOf(Population.Person p) {
        String res = p.inArea() == null ? UNKNOWN : p.inArea() ? IN : OUTSIDE;
        List<String> resUp = res.equals(IN) ? List.of(IN, ALL) : List.of(res, OUT, ALL);
        String icb = p.icb() == null ? NO_ICB : p.icb();
        List<Key> out = new ArrayList<>(48);
        for (String a : List.of(p.ageBand(), ALL)) {
            for (String r : resUp) {
                for (String i : List.of(icb, ALL)) {
                    for (String n : List.of(p.need(), ALL)) {
                        for (String d : List.of(p.district(), ALL)) out.add(new Key(a, r, i, n, d));
                    }
                }
            }
        }
        return out;
    }

    /** The ways a cell splits exactly into finer cells, one dimension at a time. */
    private static List<List<Key>> partitions(Key k, Groups g) {
        List<List<Key>> out = new ArrayList<>();
        if (k.age().equals(ALL)) out.add(g.ages().stream().map(k::age).toList());
        if (k.residence().equals(ALL)) {
            out.add(List.of(k.residence(IN), k.residence(OUT)));
            out.add(List.of(k.residence(IN), k.residence(OUTSIDE), k.residence(UNKNOWN)));
        }
        if (k.residence().equals(OUT)) out.add(List.of(k.residence(OUTSIDE), k.residence(UNKNOWN)));
        if (k.icb().equals(ALL)) {
            List<Key> parts = new ArrayList<>(g.icbs().stream().map(k::icb).toList());
            parts.add(k.icb(NO_ICB));
            out.add(parts);
        }
        if (k.need().equals(ALL)) out.add(g.needs().stream().map(k::need).toList());
        if (k.district().equals(ALL)) out.add(g.districts().stream().map(k::district).toList());
        return out;
    }
}
