package org.jigsaw.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What evaluating a cohort set produced: headline counts, every KPI value, and query times. */
public record CohortResults(List<CohortCount> cohorts, List<KpiValue> kpis, Map<String, Duration> queryTimes) {

    public long count(String cohort) {
        return cohorts.stream().filter(c -> c.cohort().equals(cohort)).mapToLong(CohortCount::members).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no cohort " + cohort));
    }

    public KpiValue headline(String kpi) {
        return kpis.stream().filter(k -> k.kpi().equals(kpi) && k.headline()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no KPI " + kpi));
    }
}
