package org.jigsaw.web.page;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jigsaw.cohort.CohortDefinition;
import org.jigsaw.cohort.CohortSet;
import org.jigsaw.cohort.CohortsYaml;
import org.jigsaw.cohort.KpiDefinition;
import org.jigsaw.cohort.KpiReading;
import org.jigsaw.store.Snapshot;
import org.jigsaw.store.SnapshotException;

/**
 * Titles, descriptions and groups of the area's cohorts and KPIs, so pages say "On the community
 * paediatrics caseload" rather than a key. Read once per snapshot ({@link #of}): the snapshot's own
 * {@code cohort_definition} and {@code kpi_definition} (what the refresh evaluated), over the
 * built-in set merged with the area's {@code cohorts.yaml} as it is when the snapshot is first
 * served — so a cohort added to cohorts.yaml shows with its title after the next refresh, without
 * a restart. Keys defined nowhere (an older snapshot) fall back to words made from the key.
 */
public record CohortCatalog(Map<String, String> titles, Map<String, String> groups, Map<String, String> descriptions,
                            Map<String, KpiReading> readings, Map<String, String> kpiCohorts) {

    /** The catalog for one snapshot of the area, computed when the snapshot is first asked (snapshots never change). */
    public static CohortCatalog of(Snapshot s, Path area) {
        return s.memo("cohort-catalog", snap -> read(snap, area));
    }

    private static CohortCatalog read(Snapshot s, Path area) {
        CohortCatalog yaml = forArea(area);
        Map<String, String> titles = new HashMap<>(yaml.titles());
        Map<String, String> groups = new HashMap<>(yaml.groups());
        Map<String, String> descriptions = new HashMap<>(yaml.descriptions());
        try {
            s.query("SELECT cohort, coalesce(title, ''), coalesce(cohort_group, ''), coalesce(description, '') FROM cohort_definition", rs -> {
                put(titles, rs.getString(1), rs.getString(2));
                put(groups, rs.getString(1), rs.getString(3));
                return put(descriptions, rs.getString(1), rs.getString(4));
            });
            s.query("SELECT kpi, coalesce(title, ''), coalesce(description, '') FROM kpi_definition", rs -> {
                put(titles, rs.getString(1), rs.getString(2));
                return put(descriptions, rs.getString(1), rs.getString(3));
            });
        } catch (SnapshotException e) {
            // a snapshot written before the definition tables existed: the area's files alone
        }
        return new CohortCatalog(Map.copyOf(titles), Map.copyOf(groups), Map.copyOf(descriptions), yaml.readings(), yaml.kpiCohorts());
    }

    private static String put(Map<String, String> m, String key, String value) {
        if (key != null && value != null && !value.isBlank()) m.put(key, value.strip());
        return value;
    }

    /** The built-in set merged with the area's cohorts.yaml, read now; empty when the file cannot be read. */
    public static CohortCatalog forArea(Path area) {
        try {
            CohortSet set = new CohortsYaml().forArea(area);
            Map<String, String> titles = new HashMap<>();
            Map<String, String> groups = new HashMap<>();
            Map<String, String> descriptions = new HashMap<>();
            for (CohortDefinition c : set.cohorts()) {
                put(titles, c.name(), c.title());
                put(groups, c.name(), c.group());
                put(descriptions, c.name(), c.description());
            }
            Map<String, String> kpiCohorts = new HashMap<>();
            for (KpiDefinition k : set.kpis()) {
                put(titles, k.name(), k.title());
                put(descriptions, k.name(), k.description());
                cohortOf(k).ifPresent(c -> kpiCohorts.put(k.name(), c));
            }
            return new CohortCatalog(Map.copyOf(titles), Map.copyOf(groups), Map.copyOf(descriptions), set.readings(), Map.copyOf(kpiCohorts));
        } catch (java.io.IOException | RuntimeException e) {
            return empty();
        }
    }

    public static CohortCatalog empty() {
        return new CohortCatalog(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    /** The cohort whose members a KPI counts (a count, rate or share's numerator), so the count can lead to the children. */
    private static java.util.Optional<String> cohortOf(KpiDefinition k) {
        if (k instanceof KpiDefinition.Count c) return java.util.Optional.of(c.cohort());
        if (k instanceof KpiDefinition.Rate r) return java.util.Optional.of(r.cohort());
        if (k instanceof KpiDefinition.Share sh) return java.util.Optional.of(sh.cohort());
        return java.util.Optional.empty();
    }

    /** The cohort behind a KPI ({@code cohort.<name>} is that cohort's count); empty for waits and timeliness. */
    public java.util.Optional<String> cohortBehind(String kpi) {
        if (kpi.startsWith("cohort.")) return java.util.Optional.of(kpi.substring("cohort.".length()));
        return java.util.Optional.ofNullable(kpiCohorts.get(kpi));
    }

    /** The question the KPI answers and its target, from cohorts.yaml; a cohort's count is read as its own group's. */
    public KpiReading reading(String kpi) {
        KpiReading r = readings.get(kpi);
        if (r != null) return r;
        KpiReading.Question q = kpi.startsWith("cohort.") && VulnerablePage.BRIEF.contains(kpi.substring("cohort.".length()))
                ? KpiReading.Question.VULNERABLE_GROUPS : KpiReading.Question.OTHER;
        return new KpiReading(q, java.util.Optional.empty());
    }

    public String title(String key) {
        String t = titles.get(key);
        if (t == null && key.startsWith("cohort.")) {
            String c = titles.get(key.substring("cohort.".length()));
            if (c != null) return c;
        }
        return t != null ? t : Sql.label(key.startsWith("cohort.") ? key.substring("cohort.".length()) : key);
    }

    public String group(String key) {
        return groups.getOrDefault(key, "");
    }

    /** What the cohort or KPI is, in the definition's words; "" when it has none. */
    public String description(String key) {
        String d = descriptions.get(key);
        if (d == null && key.startsWith("cohort.")) d = descriptions.get(key.substring("cohort.".length()));
        return d == null ? "" : d;
    }
}
