package org.jigsaw.cohort;

/**
 * The few places DuckDB and Spark SQL disagree. Everything else the compiler emits is ANSI:
 * {@code DATE '…'} literals, EXISTS, CASE, window functions and
 * {@code percentile_cont(q) WITHIN GROUP (ORDER BY x)} (Spark ≥ 3.4).
 */
public enum SqlDialect {
    DUCKDB {
        @Override
        public String daysBetween(String from, String to) {
            return "date_diff('day', " + from + ", " + to + ")";
        }
    },
    SPARK {
        @Override
        public String daysBetween(String from, String to) {
            return "datediff(" + to + ", " + from + ")";
        }
    };

    /** Whole days from {@code from} to {@code to} (positive when {@code to} is later). */
    public abstract String daysBetween(String from, String to);
}
