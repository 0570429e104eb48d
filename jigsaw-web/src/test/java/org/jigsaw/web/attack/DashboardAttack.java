package org.jigsaw.web.attack;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jigsaw.web.attack.CohortCell.Dim;
import org.jigsaw.web.attack.Crawler.Response;
import org.jigsaw.web.attack.Crawler.Shown;
import org.jigsaw.web.attack.Crawler.Table;

/**
 * The attacker's reading of the dashboard: every released figure with its meaning, the checks on
 * each figure, and the linear system of exact relations between them (a breakdown sums to its
 * total, the values of a filter partition the population, a count shown on two pages or in two
 * snapshots is one count). What a page means is read from what it shows — captions, column
 * labels, row labels, the filter form — as a person reading the page would.
 */
public final class DashboardAttack {
    private static final Pattern DATE_IN_LABEL = Pattern.compile("\\((\\d{4}-\\d{2}-\\d{2})\\)");
    /** What the learning-disability gaps say in words: (sets the people are in, sets they are not in), as bit masks of the four sources. */
    private static final Map<String, int[]> LD_GAPS = Map.of(
            "School Census LD need, not on the GP LD register", new int[] {2, 4},
            "Social-care LD register, not on the GP LD register", new int[] {1, 4},
            "GP LD register, no annual health check in 12 months", new int[] {4, 8},
            "GP LD register, not known to social care", new int[] {4, 1},
            "School Census LD need, unknown to both registers", new int[] {2, 5});
    private static final Map<String, String> RESIDENCE = Map.of("Resident in the area", "in", "Resident outside the area", "outside",
            "Residence unknown", "unknown");

    private final ReleaseRule rule;
    private final LinearAttack system = new LinearAttack();
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> unmodelled = new ArrayList<>();
    private final Set<CohortCell> cells = new LinkedHashSet<>();
    private final List<Breakdown> breakdowns = new ArrayList<>();
    private final Map<Dim, Set<String>> universe = new LinkedHashMap<>();
    private final Map<String, String> cohortByTitle = new LinkedHashMap<>();
    private final Set<String> equationsAdded = new HashSet<>();
    private int responses;
    private long largestPopulation = 1;

    private record Breakdown(CohortCell parent, Dim dim, Set<String> listed) {
    }

    /** The outcome of the attack on everything read. */
    public record Report(List<Finding> findings, LinearAttack.Result solved, List<String> unmodelled, int responses, int unknowns, int equations) {
        public List<Finding> of(String check) {
            return findings.stream().filter(f -> f.check().equals(check)).toList();
        }
    }

    public DashboardAttack(ReleaseRule rule) {
        this.rule = rule;
        for (Dim d : Dim.values()) universe.put(d, new TreeSet<>());
    }

    public void read(List<Response> crawl) {
        for (Response r : crawl) learnChoices(r);
        for (Response r : crawl) {
            responses++;
            r.mismatches().forEach(m -> findings.add(new Finding("outputs", r.where(), m)));
            rawPrecision(r);
            charts(r);
            switch (r.page()) {
                case "/cohorts" -> cohorts(r);
                case "/vulnerable" -> vulnerable(r);
                case "/waits" -> waits(r);
                case "/learning-disability" -> learningDisability(r);
                case "/overview" -> overview(r);
                default -> r.tables().forEach(t -> unmodelled(r, t));
            }
        }
    }

    /** Filter values and cohort names, from the forms the pages offer. */
    private void learnChoices(Response r) {
        Map<String, String> cohorts = r.selects().get("cohort");
        if (cohorts != null) cohorts.forEach((k, title) -> cohortByTitle.put(title, k));
        Optional.ofNullable(r.selects().get("age")).ifPresent(m -> m.keySet().stream().filter(v -> !v.equals(CohortCell.ALL)).forEach(universe.get(Dim.AGE)::add));
        Optional.ofNullable(r.selects().get("icb")).ifPresent(m -> m.keySet().stream().filter(v -> !v.equals(CohortCell.ALL)).forEach(universe.get(Dim.ICB)::add));
        r.table("linked").ifPresent(t -> t.rows().stream().filter(row -> row.get(0).text().startsWith("Children and young people"))
                .forEach(row -> rule.interval(row.get(1).text()).ifPresent(i -> largestPopulation = Math.max(largestPopulation, i.hi()))));
    }

    // ---- checks on single figures -------------------------------------------------------------

    /** (a) A count: 0, * or a multiple of the base from the minimum up; registered as an unknown of the linear system. */
    private boolean count(Response r, Table t, int row, int col, String name) {
        Shown s = t.rows().get(row).get(col);
        Optional<Interval> i = rule.interval(s.text());
        if (i.isEmpty()) {
            findings.add(new Finding("count", where(r, t, row, col), "'" + s.text() + "' is not a count the rule releases (0, * or a multiple of "
                    + rule.base() + " from " + (rule.minimum() + rule.base() / 2) / rule.base() * rule.base() + ")"));
            return false;
        }
        if (!system.release(name, i.get(), s.text().equals(ReleaseRule.MARK))) {
            findings.add(new Finding("linear", where(r, t, row, col), "'" + s.text() + "' contradicts another release of the same count (" + name + ")"));
        }
        return true;
    }

    private void cohortCount(Response r, Table t, int row, int col, CohortCell c) {
        if (count(r, t, row, col, c.name())) cells.add(c);
    }

    /** (b) The API's raw number must be the number the page shows, not a finer one. */
    private void rawPrecision(Response r) {
        for (Table t : r.tables()) {
            for (int row = 0; row < t.rows().size(); row++) {
                for (int col = 0; col < t.columns().size(); col++) {
                    Shown s = t.rows().get(row).get(col);
                    if (s.raw() == null) continue;
                    Optional<RatioAttack.Observed> shown = RatioAttack.Observed.ofText(s.text());
                    if (shown.isEmpty() || Math.abs(shown.get().value() - s.raw()) > 1e-9 * Math.max(1, Math.abs(s.raw()))) {
                        findings.add(new Finding("derived", where(r, t, row, col), "the API serves " + s.raw() + " where the page shows '" + s.text()
                                + "': finer than the released figure"));
                    }
                }
            }
        }
    }

    /** (b) A chart may only repeat figures its page releases. */
    private void charts(Response r) {
        Set<Double> released = new HashSet<>();
        for (Table t : r.tables()) for (List<Shown> row : t.rows()) for (Shown s : row) RatioAttack.Observed.ofText(s.text()).ifPresent(o -> released.add(o.value()));
        for (String c : r.chartTexts()) {
            // an axis over bars that are all hidden or zero is scaled to 1: a constant, not a figure
            if (c.equals("1")) continue;
            double v = RatioAttack.Observed.ofText(c).orElseThrow().value();
            if (!released.contains(v)) findings.add(new Finding("derived", r.where() + " chart", "the chart shows " + c + ", which no table on the page releases"));
        }
    }

    /** (b) A change must be the difference of the two released figures beside it. */
    private void change(Response r, Table t, int row, int nowCol, int beforeCol, int changeCol) {
        String change = t.rows().get(row).get(changeCol).text();
        Optional<RatioAttack.Observed> c = RatioAttack.Observed.ofText(change);
        if (c.isEmpty()) return;
        Optional<RatioAttack.Observed> now = RatioAttack.Observed.ofText(t.rows().get(row).get(nowCol).text());
        Optional<RatioAttack.Observed> before = RatioAttack.Observed.ofText(t.rows().get(row).get(beforeCol).text());
        if (now.isEmpty() || before.isEmpty()) {
            findings.add(new Finding("derived", where(r, t, row, changeCol), "a change of " + change + " is shown beside a hidden figure ('"
                    + t.rows().get(row).get(nowCol).text() + "', '" + t.rows().get(row).get(beforeCol).text() + "'): it differences a hidden count"));
            return;
        }
        double expected = now.get().value() - before.get().value();
        if (Math.abs(expected - c.get().value()) > c.get().tolerance() + now.get().tolerance() + before.get().tolerance()) {
            findings.add(new Finding("derived", where(r, t, row, changeCol), "change " + change + " is not the difference of the released "
                    + t.rows().get(row).get(nowCol).text() + " and " + t.rows().get(row).get(beforeCol).text()));
        }
    }

    /** (b) A median or percentile over fewer people than the minimum must not be shown. */
    private void statistic(Response r, Table t, int row, int statCol, String basedOnText) {
        String stat = t.rows().get(row).get(statCol).text();
        if (RatioAttack.Observed.ofText(stat).isEmpty()) return;
        Optional<Interval> n = rule.interval(basedOnText);
        if (n.isEmpty() || n.get().lo() < rule.minimum()) {
            findings.add(new Finding("derived", where(r, t, row, statCol), "statistic " + stat + " is shown over '" + basedOnText
                    + "' people, fewer than " + rule.minimum() + " (or not known to be as many)"));
        }
    }

    /** (b) A rate or percentage: must be reproducible from rounded counts in the intervals the attacker knows. */
    private void ratio(Response r, Table t, int row, int col, double per, Interval num, Interval den) {
        Shown s = t.rows().get(row).get(col);
        Optional<RatioAttack.Observed> shown = RatioAttack.Observed.ofText(s.text());
        if (shown.isEmpty()) return;
        // a raw API number that is the shown figure says no more than the text; one that is finer is read to its last bit
        boolean finer = s.raw() != null && Math.abs(s.raw() - shown.get().value()) > 1e-9;
        RatioAttack.Observed o = finer ? RatioAttack.Observed.ofRaw(s.raw()) : shown.get();
        RatioAttack.Verdict v = RatioAttack.judge(o, per, num, den, rule);
        if (!v.fromReleased()) findings.add(new Finding("derived", where(r, t, row, col), "'" + s.text() + "'" + (s.raw() != null ? " (API " + s.raw() + ")" : "")
                + " with numerator in " + num + ": " + v.describe(den)));
    }

    // ---- pages ---------------------------------------------------------------------------------

    private static String date(Response r) {
        return r.snapshot().length() >= 10 ? r.snapshot().substring(0, 10) : r.snapshot();
    }

    /** A date as the page writes it ("3 December 2026") back to the ISO date snapshots are named by. */
    private static String isoDate(String shown) {
        try {
            return org.jigsaw.web.words.Dates.parseDay(shown).toString();
        } catch (java.time.format.DateTimeParseException e) {
            return shown;
        }
    }

    private static String param(Response r, String name) {
        return r.params().getOrDefault(name, CohortCell.ALL);
    }

    private CohortCell filtered(Response r, String snapshot, String cohort) {
        return CohortCell.of(snapshot, cohort, param(r, "age"), param(r, "residence"), param(r, "icb"));
    }

    private void cohorts(Response r) {
        String cohort = param(r, "cohort");
        for (Table t : r.tables()) {
            int count = t.column("count");
            switch (t.id()) {
                case "cohorts" -> {
                    for (int row = 0; row < t.rows().size(); row++) {
                        String c = cohortByTitle.get(t.rows().get(row).get(0).text());
                        if (c == null) unmodelledRow(r, t, row, count);
                        else cohortCount(r, t, row, count, filtered(r, date(r), c));
                    }
                }
                case "by-age" -> breakdown(r, t, filtered(r, date(r), cohort), Dim.AGE, l -> l);
                case "by-need" -> breakdown(r, t, filtered(r, date(r), cohort), Dim.NEED, org.jigsaw.web.words.CodeLabels::codeOf);
                case "by-residence" -> breakdown(r, t, filtered(r, date(r), cohort), Dim.RESIDENCE, RESIDENCE::get);
                case "by-icb" -> breakdown(r, t, filtered(r, date(r), cohort), Dim.ICB, l -> l.equals("Not registered") ? "none" : org.jigsaw.web.words.CodeLabels.codeOf(l));
                // the district breakdown counts residents whatever the residence filter says
                case "by-district" -> breakdown(r, t, filtered(r, date(r), cohort).with(Dim.RESIDENCE, "in"), Dim.DISTRICT, l -> l);
                case "trend" -> {
                    for (int row = 0; row < t.rows().size(); row++) cohortCount(r, t, row, count, filtered(r, isoDate(t.rows().get(row).get(0).text()), cohort));
                }
                default -> unmodelled(r, t);
            }
        }
    }

    /** A breakdown of {@code parent} by one dimension: each row is the parent within one value of it. */
    private void breakdown(Response r, Table t, CohortCell parent, Dim dim, Function<String, String> value) {
        int count = t.column("count");
        Set<String> listed = new LinkedHashSet<>();
        for (int row = 0; row < t.rows().size(); row++) {
            String v = value.apply(t.rows().get(row).get(0).text());
            if (v == null) {
                unmodelledRow(r, t, row, count);
                continue;
            }
            universe.get(dim).add(v);
            if (!leaves(dim, parent.get(dim)).contains(v)) {
                count(r, t, row, count, "structural zero " + t.id() + " " + v + " " + r.where());  // outside the filter: must be 0
                continue;
            }
            cohortCount(r, t, row, count, parent.with(dim, v));
            listed.add(v);
        }
        if (!system.has(parent.name())) system.unknown(parent.name());
        cells.add(parent);
        breakdowns.add(new Breakdown(parent, dim, listed));
    }

    private void vulnerable(Response r) {
        for (Table t : r.tables()) {
            if (t.id().equals("vulnerable") || t.id().equals("vulnerable-all")) {
                int now = t.column("now");
                int before = t.column("before");
                int change = t.column("change");
                // with one snapshot there is no previous column (and so no change) to read
                Matcher prev = DATE_IN_LABEL.matcher(before < 0 ? "" : t.labels().get(before));
                for (int row = 0; row < t.rows().size(); row++) {
                    String c = cohortByTitle.get(t.rows().get(row).get(0).text());
                    if (c == null) {
                        unmodelledRow(r, t, row, now);
                        continue;
                    }
                    cohortCount(r, t, row, now, filtered(r, date(r), c));
                    if (before < 0) continue;
                    if (prev.find(0)) cohortCount(r, t, row, before, filtered(r, prev.group(1), c));
                    change(r, t, row, now, before, change);
                }
            } else if (t.id().equals("vulnerable-by-age")) {
                for (int row = 0; row < t.rows().size(); row++) {
                    String c = cohortByTitle.get(t.rows().get(row).get(0).text());
                    if (c == null) continue;
                    CohortCell parent = filtered(r, date(r), c);
                    for (int col = 1; col < t.columns().size(); col++) {
                        String band = t.labels().get(col);
                        if (leaves(Dim.AGE, parent.age()).contains(band)) cohortCount(r, t, row, col, parent.with(Dim.AGE, band));
                        else count(r, t, row, col, "structural zero " + t.id() + " " + band + " " + r.where());
                    }
                }
            } else {
                unmodelled(r, t);
            }
        }
    }

    private void waits(Response r) {
        String d = date(r);
        Map<String, String> services = r.selects().getOrDefault("service", Map.of());
        for (Table t : r.tables()) {
            if (t.id().equals("waits")) {
                int referrals = t.column("referrals");
                int seen = t.column("seen");
                int waiting = t.column("waiting");
                for (int row = 0; row < t.rows().size(); row++) {
                    String key = "waits @" + d + " " + t.rows().get(row).get(0).text() + " / " + t.rows().get(row).get(1).text();
                    boolean all = count(r, t, row, referrals, key + " referrals") & count(r, t, row, seen, key + " seen")
                            & count(r, t, row, waiting, key + " waiting");
                    if (all) equation(key + " referrals", List.of(key + " seen", key + " waiting"));
                    String seenText = t.rows().get(row).get(seen).text();
                    statistic(r, t, row, t.column("median_days"), seenText);
                    statistic(r, t, row, t.column("p90_days"), seenText);
                }
            } else if (t.id().equals("distribution")) {
                String service = services.get(param(r, "service"));
                for (int col = 1; col < t.columns().size(); col++) {
                    String seenKey = "waits @" + d + " " + service + " / " + t.labels().get(col) + " seen";
                    List<String> bins = new ArrayList<>();
                    for (int row = 0; row < t.rows().size(); row++) {
                        String bin = seenKey + " weeks " + t.rows().get(row).get(0).text();
                        if (count(r, t, row, col, bin)) bins.add(bin);
                    }
                    if (bins.size() == t.rows().size() && system.has(seenKey)) equation(seenKey, bins);
                }
            } else {
                unmodelled(r, t);
            }
        }
    }

    private void learningDisability(Response r) {
        String d = date(r);
        Map<Integer, String> byMask = new LinkedHashMap<>();
        for (Table t : r.tables()) {
            if (t.id().equals("combinations")) {
                int count = t.column("count");
                for (int row = 0; row < t.rows().size(); row++) {
                    int mask = 0;
                    for (int col = 1; col < count; col++) if (t.rows().get(row).get(col).text().equals("Yes")) mask |= 1 << (col - 1);
                    String name = "learning disability @" + d + " exactly " + t.rows().get(row).get(0).text();
                    if (count(r, t, row, count, name)) byMask.put(mask, name);
                }
            }
        }
        for (Table t : r.tables()) {
            if (t.id().equals("gaps")) {
                int count = t.column("count");
                for (int row = 0; row < t.rows().size(); row++) {
                    String label = t.rows().get(row).get(0).text();
                    String name = "learning disability @" + d + " gap " + label;
                    if (!count(r, t, row, count, name)) continue;
                    int[] inOut = LD_GAPS.get(label);
                    if (inOut == null || byMask.size() != 15) {
                        unmodelledRow(r, t, row, count);
                        continue;
                    }
                    List<String> parts = new ArrayList<>();
                    byMask.forEach((m, n) -> {
                        if ((m & inOut[0]) == inOut[0] && (m & inOut[1]) == 0) parts.add(n);
                    });
                    equation(name, parts);
                }
            } else if (!t.id().equals("combinations")) {
                unmodelled(r, t);
            }
        }
    }

    private void overview(Response r) {
        String d = date(r);
        Map<String, String> unitByTitle = new LinkedHashMap<>();
        List<String> dates = new ArrayList<>();
        r.table("kpi-trends").ifPresent(t -> t.columns().stream().filter(k -> k.startsWith("s_")).forEach(k -> dates.add(k.substring(2))));
        String prev = dates.size() >= 2 ? dates.get(dates.size() - 2) : null;
        Table kpis = r.table("kpis").orElse(null);
        if (kpis != null) {
            int value = kpis.column("value");
            int previous = kpis.column("previous");
            int change = kpis.column("change");
            int unit = kpis.column("unit");
            for (int row = 0; row < kpis.rows().size(); row++) {
                String title = kpis.rows().get(row).get(0).text();
                String u = kpis.rows().get(row).get(unit).text();
                unitByTitle.put(title, u);
                if (isCount(u)) {
                    kpiCount(r, kpis, row, value, d, title);
                    if (prev != null) kpiCount(r, kpis, row, previous, prev, title);
                }
                if (prev != null) change(r, kpis, row, value, previous, change);
            }
            for (int row = 0; row < kpis.rows().size(); row++) {
                String title = kpis.rows().get(row).get(0).text();
                String u = unitByTitle.get(title);
                Interval anyCount = new Interval(0, Math.max(20_000, 10 * largestPopulation));
                Interval anyDenominator = new Interval(1, anyCount.hi());
                if (u.startsWith("per 10,000")) {
                    // "X rate": per 10,000 of X, whose count the overview releases
                    Interval num = numeratorOf(kpis, value, title).orElse(anyCount);
                    ratio(r, kpis, row, value, 10_000, num, anyDenominator);
                } else if (kpis.rows().get(row).get(value).text().endsWith("%")) {
                    ratio(r, kpis, row, value, 100, anyCount, anyDenominator);
                }
            }
        }
        for (Table t : r.tables()) {
            switch (t.id()) {
                case "kpis", "not-ingested" -> { }
                case "kpi-trends" -> {
                    for (int row = 0; row < t.rows().size(); row++) {
                        String title = t.rows().get(row).get(0).text();
                        if (!isCount(unitByTitle.getOrDefault(title, ""))) continue;
                        for (int col = 1; col < t.columns().size(); col++) {
                            if (!t.rows().get(row).get(col).text().isEmpty()) kpiCount(r, t, row, col, t.columns().get(col).substring(2), title);
                        }
                    }
                }
                case "linked" -> {
                    for (int row = 0; row < t.rows().size(); row++) {
                        String measure = t.rows().get(row).get(0).text();
                        // the number of data sources is not a count of people
                        if (!measure.equals("Sources")) count(r, t, row, 1, "overview @" + d + " " + measure);
                    }
                }
                default -> unmodelled(r, t);
            }
        }
    }

    private static boolean isCount(String unit) {
        return unit.equals("children and young people");
    }

    /** A count KPI named after a cohort is that cohort's count, unfiltered. */
    private void kpiCount(Response r, Table t, int row, int col, String snapshot, String title) {
        String cohort = cohortByTitle.get(title);
        if (cohort != null) cohortCount(r, t, row, col, CohortCell.of(snapshot, cohort, CohortCell.ALL, CohortCell.ALL, CohortCell.ALL));
        else count(r, t, row, col, "kpi @" + snapshot + " " + title);
    }

    private Optional<Interval> numeratorOf(Table kpis, int value, String rateTitle) {
        if (!rateTitle.endsWith(" rate")) return Optional.empty();
        String base = rateTitle.substring(0, rateTitle.length() - " rate".length());
        return kpis.rows().stream().filter(row -> row.get(0).text().equals(base)).findFirst().flatMap(row -> rule.interval(row.get(value).text()));
    }

    private void unmodelled(Response r, Table t) {
        unmodelled.add(r.page() + " table " + t.id());
        for (int col = 1; col < t.columns().size(); col++) {
            int c = col;
            boolean counts = !t.rows().isEmpty() && t.rows().stream().allMatch(row -> row.get(c).text().equals(ReleaseRule.MARK)
                    || row.get(c).text().replace(",", "").matches("[0-9]+"));
            if (counts) for (int row = 0; row < t.rows().size(); row++) count(r, t, row, col, "unmodelled " + where(r, t, row, col));
        }
    }

    private void unmodelledRow(Response r, Table t, int row, int col) {
        unmodelled.add(where(r, t, row, col));
        if (col >= 0) count(r, t, row, col, "unmodelled " + where(r, t, row, col));
    }

    private static String where(Response r, Table t, int row, int col) {
        return r.where() + " table " + t.id() + " row '" + t.rows().get(row).get(0).text() + "' column " + (col < 0 ? "?" : t.columns().get(col));
    }

    // ---- the linear system ---------------------------------------------------------------------

    private List<String> leaves(Dim d, String v) {
        List<String> c = children(d, v);
        if (c.isEmpty()) return List.of(v);
        List<String> out = new ArrayList<>();
        for (String x : c) out.addAll(leaves(d, x));
        return out;
    }

    /** The values one value of a dimension splits into, exactly (the filter's all = the sum of its choices). */
    private List<String> children(Dim d, String v) {
        if (d == Dim.RESIDENCE) {
            if (v.equals(CohortCell.ALL)) return List.of("in", "out");
            if (v.equals("out")) return List.of("outside", "unknown");
            return List.of();
        }
        if (!v.equals(CohortCell.ALL)) return List.of();
        List<String> out = new ArrayList<>(universe.get(d));
        if (d == Dim.ICB) {
            out.remove("none");
            out.add("none");
        }
        return out;
    }

    private void equation(String total, List<String> parts) {
        String key = total + "=" + String.join("+", new TreeSet<>(parts));
        if (equationsAdded.add(key)) system.sum(total, parts);
    }

    public Report attack() {
        // a breakdown leaves out the values nobody has: those are known zeros
        for (Breakdown b : breakdowns) {
            List<String> parts = new ArrayList<>();
            for (String v : leaves(b.dim(), b.parent().get(b.dim()))) {
                CohortCell c = b.parent().with(b.dim(), v);
                if (!b.listed().contains(v) && !cells.contains(c)) {
                    system.release(c.name(), Interval.exactly(0), false);
                    cells.add(c);
                } else if (!b.listed().contains(v) && !system.release(c.name(), Interval.exactly(0), false)) {
                    findings.add(new Finding("linear", c.name(), "left out of a breakdown (so 0) but released as non-zero elsewhere"));
                }
                parts.add(c.name());
            }
            equation(b.parent().name(), parts);
        }
        // every value of a filter partitions the count it filters
        for (CohortCell c : List.copyOf(cells)) {
            for (Dim d : Dim.values()) {
                List<String> ch = children(d, c.get(d));
                if (ch.isEmpty()) continue;
                List<CohortCell> parts = ch.stream().map(v -> c.with(d, v)).toList();
                if (cells.containsAll(parts)) equation(c.name(), parts.stream().map(CohortCell::name).toList());
            }
        }
        LinearAttack.Result solved = system.solve();
        solved.contradictions().forEach(m -> findings.add(new Finding("linear", "equations", m)));
        // a hidden zero worked out is no more than the rule shows elsewhere; a hidden 1..7 is a disclosure
        for (LinearAttack.Recovery p : solved.pinnedSuppressed().stream().filter(p -> p.deduced().lo() > 0).toList()) {
            findings.add(new Finding("linear", p.name(), "suppressed (1.." + (rule.minimum() - 1) + ") but the released figures pin it to " + p.deduced().lo()));
        }
        return new Report(List.copyOf(findings), solved, List.copyOf(new LinkedHashSet<>(unmodelled)), responses, system.unknowns(), system.equationCount());
    }
}
