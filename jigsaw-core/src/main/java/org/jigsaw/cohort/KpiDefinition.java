package org.jigsaw.cohort;

/**
 * A key performance indicator, evaluated once per snapshot (so trends are a query across
 * snapshots). Every cohort also yields a count KPI {@code cohort.<name>} automatically.
 */
public sealed interface KpiDefinition {

    String name();

    String title();

    String description();

    /** The unit stored in {@code kpi_value.unit}. */
    String unit();

    /** Members of {@code cohort} per 10,000 of the area's population (area.yaml {@code population}). */
    record Rate(String name, String title, String description, String cohort) implements KpiDefinition {
        public String unit() {
            return "per_10000";
        }
    }

    /** Count of {@code cohort}. */
    record Count(String name, String title, String description, String cohort) implements KpiDefinition {
        public String unit() {
            return "count";
        }
    }

    /** Percentage of the members of {@code of} who are also in {@code cohort}. */
    record Share(String name, String title, String description, String cohort, String of) implements KpiDefinition {
        public String unit() {
            return "percent";
        }
    }

    /**
     * Days from each {@code from} event to the first {@code to} event on or after it (completed waits
     * only, whose {@code to} falls in the last {@code windowMonths}; null = any time), for members of
     * {@code cohort} (null = everyone), summarised by {@code statistic}.
     */
    record Wait(String name, String title, String description, FactMatch from, FactMatch to, String cohort,
                Statistic statistic, Integer windowMonths) implements KpiDefinition {
        public String unit() {
            return "days";
        }
    }

    /** Days between consecutive {@code events} of the same person, summarised by {@code statistic}. */
    record Gap(String name, String title, String description, FactMatch events, String cohort,
               Statistic statistic, Integer windowMonths) implements KpiDefinition {
        public String unit() {
            return "days";
        }
    }

    /**
     * Percentage of {@code to} events (in the window) that came within {@code withinDays} of the
     * latest {@code from} event before them, e.g. EHC plans issued within 20 weeks of the request.
     */
    record Timeliness(String name, String title, String description, FactMatch from, FactMatch to, String cohort,
                      int withinDays, Integer windowMonths) implements KpiDefinition {
        public String unit() {
            return "percent";
        }
    }
}
