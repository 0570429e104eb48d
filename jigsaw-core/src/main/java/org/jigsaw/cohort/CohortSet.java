package org.jigsaw.cohort;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cohorts and KPIs an area evaluates on every refresh, with the age bands counts are broken
 * down by. Built from the built-in SEND set merged with the area's {@code cohorts.yaml}.
 */
public record CohortSet(List<CohortDefinition> cohorts, List<KpiDefinition> kpis, List<AgeBand> ageBands, Map<String, KpiReading> readings) {

    public static final List<AgeBand> DEFAULT_AGE_BANDS = List.of(new AgeBand(0, 4), new AgeBand(5, 10),
            new AgeBand(11, 15), new AgeBand(16, 19), new AgeBand(20, 25));

    public CohortSet {
        cohorts = List.copyOf(cohorts);
        kpis = List.copyOf(kpis);
        ageBands = ageBands == null || ageBands.isEmpty() ? DEFAULT_AGE_BANDS : List.copyOf(ageBands);
        readings = readings == null ? Map.of() : Map.copyOf(readings);
    }

    public CohortSet(List<CohortDefinition> cohorts, List<KpiDefinition> kpis, List<AgeBand> ageBands) {
        this(cohorts, kpis, ageBands, Map.of());
    }

    /** The question a KPI answers and its target, if any ({@link KpiReading.Question#OTHER} and none when cohorts.yaml says nothing). */
    public KpiReading reading(String kpi) {
        return readings.getOrDefault(kpi, new KpiReading(KpiReading.Question.OTHER, java.util.Optional.empty()));
    }

    /**
     * This set with {@code local}'s definitions added; a local cohort or KPI with a built-in's name
     * replaces it (an area may redefine, say, its SEND cohort). Local age bands win if given.
     */
    public CohortSet merge(CohortSet local, boolean localAgeBandsGiven) {
        Map<String, CohortDefinition> c = new LinkedHashMap<>();
        cohorts.forEach(d -> c.put(d.name(), d));
        local.cohorts.forEach(d -> c.put(d.name(), d));
        Map<String, KpiDefinition> k = new LinkedHashMap<>();
        kpis.forEach(d -> k.put(d.name(), d));
        local.kpis.forEach(d -> k.put(d.name(), d));
        // a local KPI replaces the built-in's reading with its own (or with none)
        Map<String, KpiReading> r = new LinkedHashMap<>(readings);
        local.kpis.forEach(d -> r.remove(d.name()));
        r.putAll(local.readings);
        return new CohortSet(new ArrayList<>(c.values()), new ArrayList<>(k.values()),
                localAgeBandsGiven ? local.ageBands : ageBands, r);
    }

    public CohortDefinition cohort(String name) {
        return cohorts.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no cohort named '" + name + "'"));
    }

    /** Cohorts ordered so that each comes after every cohort it refers to (definition order otherwise). */
    public List<CohortDefinition> dependencyOrder() {
        List<CohortDefinition> out = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (CohortDefinition d : cohorts) place(d, placed, out);
        return out;
    }

    private void place(CohortDefinition d, Set<String> placed, List<CohortDefinition> out) {
        if (placed.contains(d.name())) return;
        placed.add(d.name()); // validate() rejects cycles, so marking early only guards against them
        for (String ref : references(d.where(), new ArrayList<>())) {
            if (hasCohort(ref)) place(cohort(ref), placed, out);
        }
        out.add(d);
    }

    private static List<String> references(Criterion c, List<String> acc) {
        if (c instanceof Criterion.All a) a.of().forEach(x -> references(x, acc));
        else if (c instanceof Criterion.Any a) a.of().forEach(x -> references(x, acc));
        else if (c instanceof Criterion.Not n) references(n.of(), acc);
        else if (c instanceof Criterion.InCohort r) acc.add(r.name());
        return acc;
    }

    public boolean hasCohort(String name) {
        return cohorts.stream().anyMatch(d -> d.name().equals(name));
    }

    /**
     * Checks names are unique and well-formed, references resolve and cohorts do not refer to
     * themselves; throws with every problem listed.
     */
    public CohortSet validate() {
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (CohortDefinition d : cohorts) {
            if (!Names.valid(d.name())) problems.add("cohort name '" + d.name() + "' must be lower_snake_case");
            if (!names.add(d.name())) problems.add("cohort '" + d.name() + "' is defined twice");
        }
        for (CohortDefinition d : cohorts) {
            checkReferences(d.name(), d.where(), new ArrayList<>(List.of(d.name())), problems);
        }
        Set<String> kpiNames = new HashSet<>();
        for (KpiDefinition k : kpis) {
            if (!Names.valid(k.name())) problems.add("KPI name '" + k.name() + "' must be lower_snake_case");
            if (!kpiNames.add(k.name())) problems.add("KPI '" + k.name() + "' is defined twice");
            for (String ref : referencedCohorts(k)) {
                if (ref != null && !names.contains(ref)) {
                    problems.add("KPI '" + k.name() + "' refers to unknown cohort '" + ref + "'");
                }
            }
        }
        if (!problems.isEmpty()) throw new IllegalArgumentException("cohort definitions: " + String.join("; ", problems));
        return this;
    }

    private void checkReferences(String owner, Criterion c, List<String> path, List<String> problems) {
        if (c instanceof Criterion.All a) {
            a.of().forEach(x -> checkReferences(owner, x, path, problems));
        } else if (c instanceof Criterion.Any a) {
            a.of().forEach(x -> checkReferences(owner, x, path, problems));
        } else if (c instanceof Criterion.Not n) {
            checkReferences(owner, n.of(), path, problems);
        } else if (c instanceof Criterion.InCohort ref) {
            if (path.contains(ref.name())) {
                problems.add("cohort '" + owner + "' refers to itself through " + String.join(" > ", path));
            } else if (!hasCohort(ref.name())) {
                problems.add("cohort '" + owner + "' refers to unknown cohort '" + ref.name() + "'");
            } else {
                path.add(ref.name());
                checkReferences(owner, cohort(ref.name()).where(), path, problems);
                path.remove(path.size() - 1);
            }
        }
    }

    private static List<String> referencedCohorts(KpiDefinition k) {
        List<String> refs = new ArrayList<>();
        if (k instanceof KpiDefinition.Rate r) refs.add(r.cohort());
        if (k instanceof KpiDefinition.Count r) refs.add(r.cohort());
        if (k instanceof KpiDefinition.Share s) {
            refs.add(s.cohort());
            refs.add(s.of());
        }
        if (k instanceof KpiDefinition.Wait w) refs.add(w.cohort());
        if (k instanceof KpiDefinition.Gap g) refs.add(g.cohort());
        if (k instanceof KpiDefinition.Timeliness t) refs.add(t.cohort());
        return refs;
    }
}
