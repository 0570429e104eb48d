package org.jigsaw.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks a written snapshot must pass before it may become current: every table holds exactly
 * the rows the stages produced, every source reconciles (read = loaded + quarantined, and its loaded
 * rows are all in {@code record}), every record belongs to exactly one person and every fact to one.
 */
final class SnapshotChecks {
    private final Map<String, Long> expectedRows = new LinkedHashMap<>();

    private long candidatePairs = -1;

    SnapshotChecks expect(String table, long rows) {
        expectedRows.put(table, rows);
        return this;
    }

    /** Every candidate pair the link stage made is counted once in {@code pair_weight}. */
    SnapshotChecks expectCandidatePairs(long pairs) {
        candidatePairs = pairs;
        return this;
    }

    /** Throws with every failed check listed; returns the row count of every table otherwise. */
    Map<String, Long> verify(Connection c) throws SQLException {
        List<String> problems = new ArrayList<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : Schema.tableNames()) counts.put(table, single(c, "SELECT COUNT(*) FROM " + table));
        expectedRows.forEach((table, n) -> {
            if (!counts.get(table).equals(n)) problems.add(table + " has " + counts.get(table) + " rows, expected " + n);
        });
        if (candidatePairs >= 0) {
            long counted = single(c, "SELECT COALESCE(SUM(pairs), 0) FROM pair_weight");
            if (counted != candidatePairs) problems.add("pair_weight counts " + counted + " candidate pairs, expected " + candidatePairs);
        }
        long bad = single(c, "SELECT COUNT(*) FROM source_run WHERE rows_read <> rows_loaded + rows_quarantined");
        if (bad > 0) problems.add(bad + " source(s) do not reconcile (rows read <> loaded + quarantined)");
        // several rows with one id are one record (a row per contact, per plan), so records <= rows loaded
        bad = single(c, "SELECT COUNT(*) FROM source_run s LEFT JOIN (SELECT source, COUNT(*) AS n FROM record GROUP BY source) r "
                + "ON r.source = s.source WHERE COALESCE(r.n, 0) > s.rows_loaded OR (s.rows_loaded > 0 AND COALESCE(r.n, 0) = 0)");
        if (bad > 0) problems.add(bad + " source(s) have more records than rows loaded, or rows loaded but no records");
        bad = single(c, "SELECT COUNT(*) FROM record WHERE source NOT IN (SELECT source FROM source_run)");
        if (bad > 0) problems.add(bad + " record(s) come from a source with no reconciliation line");
        bad = single(c, "SELECT COUNT(*) FROM record r LEFT JOIN person_record pr ON pr.record_key = r.record_key WHERE pr.person_id IS NULL");
        if (bad > 0) problems.add(bad + " record(s) belong to no person");
        bad = single(c, "SELECT COUNT(*) - COUNT(DISTINCT record_key) FROM person_record");
        if (bad > 0) problems.add(bad + " record(s) assigned to more than one person");
        bad = single(c, "SELECT COUNT(*) FROM person_record pr LEFT JOIN record r ON r.record_key = pr.record_key WHERE r.record_key IS NULL");
        if (bad > 0) problems.add(bad + " person assignment(s) name records that were not loaded");
        bad = single(c, "SELECT COUNT(*) FROM fact WHERE person_id IS NULL");
        if (bad > 0) problems.add(bad + " fact(s) come from records that belong to no person");
        long persons = single(c, "SELECT COUNT(DISTINCT person_id) FROM person_record");
        if (counts.get("person") != persons) problems.add("person has " + counts.get("person") + " rows for " + persons + " linked persons");
        if (counts.get("run") != 1) problems.add("run has " + counts.get("run") + " rows, expected 1");
        if (!problems.isEmpty()) throw new StoreException("snapshot failed its checks: " + String.join("; ", problems));
        return counts;
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
