package org.jigsaw.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jigsaw.cohort.CohortSql;
import org.jigsaw.cohort.Fact;
import org.jigsaw.cohort.FactType;
import org.jigsaw.ingest.QualityFinding;
import org.jigsaw.ingest.QuarantinedRow;
import org.jigsaw.ingest.SourceReconciliation;
import org.jigsaw.link.Decision;
import org.jigsaw.link.PersonAssignment;
import org.jigsaw.link.ReviewDecision;
import org.jigsaw.link.ScoredPair;
import org.jigsaw.progress.Progress;
import org.jigsaw.record.Field;
import org.jigsaw.record.SourceRecord;

/** Writes the tables of one new snapshot through the Appender. Used by {@link Refresh} only. */
final class SnapshotWriter {
    private static final int STEP = 10_000;
    private static final Field[] RECORD_FIELDS = {Field.NHS_NUMBER, Field.UPN, Field.FORMER_UPN, Field.ULN, Field.LOCAL_ID,
            Field.GIVEN_NAME, Field.MIDDLE_NAMES, Field.FAMILY_NAME, Field.FORMER_FAMILY_NAME, Field.DOB, Field.SEX,
            Field.POSTCODE, Field.UPRN, Field.ADDRESS, Field.HOUSE_NUMBER, Field.LOCALITY};

    private final Connection c;
    private final Progress progress;

    SnapshotWriter(Connection c, Progress progress) throws SQLException {
        this.c = c;
        this.progress = progress;
        Schema.create(c);
    }

    void startRun(String runId, String area, LocalDate referenceDate, Instant startedAt, String version) throws SQLException {
        try (TableAppender a = new TableAppender(c, "run")) {
            a.row(runId, area, referenceDate, startedAt, null, version, "WRITING", null);
        }
    }

    void finishRun(Instant finishedAt, String detail) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE run SET finished_at = ?, status = 'OK', detail = ?")) {
            ps.setObject(1, java.time.LocalDateTime.ofInstant(finishedAt, java.time.ZoneOffset.UTC));
            ps.setString(2, detail);
            ps.executeUpdate();
        }
    }

    long sources(List<SourceReconciliation> rows) throws SQLException {
        try (TableAppender a = new TableAppender(c, "source_run")) {
            for (SourceReconciliation r : rows) {
                a.row(r.source(), r.dataset(), r.agency(), r.files(), r.extractDate(), r.rowsRead(), r.rowsLoaded(), r.rowsQuarantined());
            }
            return a.rows();
        }
    }

    long records(List<SourceRecord> records) throws SQLException {
        try (TableAppender a = new TableAppender(c, "record"); Progress.Task task = progress.start("write records", records.size())) {
            Object[] row = new Object[4 + RECORD_FIELDS.length];
            for (SourceRecord r : records) {
                row[0] = r.key();
                row[1] = r.source();
                row[2] = r.file();
                row[3] = r.line();
                for (int i = 0; i < RECORD_FIELDS.length; i++) {
                    String v = r.get(RECORD_FIELDS[i]);
                    row[4 + i] = RECORD_FIELDS[i] == Field.DOB ? parseDate(v) : v;
                }
                a.row(row);
                if (a.rows() % STEP == 0) task.stepBy(STEP);
            }
            task.stepBy(a.rows() % STEP);
            return a.rows();
        }
    }

    long quarantine(List<QuarantinedRow> rows) throws SQLException {
        try (TableAppender a = new TableAppender(c, "quarantine")) {
            for (QuarantinedRow q : rows) a.row(q.source(), q.file(), q.line(), q.reason(), q.detail());
            return a.rows();
        }
    }

    long findings(List<QualityFinding> rows) throws SQLException {
        try (TableAppender a = new TableAppender(c, "quality_finding")) {
            for (QualityFinding f : rows) a.row(f.source(), f.field(), f.check(), f.count(), f.denominator(), f.detail());
            return a.rows();
        }
    }

    /** Rows written to {@code pair} and {@code pair_weight}. */
    record PairRows(long pairs, long weightRows) {
    }

    /** The pairs worth a row of their own (see schema.sql), and every candidate pair counted by decision and weight. */
    PairRows pairs(List<ScoredPair> pairs, Map<String, String> explanations) throws SQLException {
        Map<Decision, Map<Integer, double[]>> weights = new EnumMap<>(Decision.class);
        long kept;
        try (TableAppender a = new TableAppender(c, "pair"); Progress.Task task = progress.start("write pairs", pairs.size())) {
            long seen = 0;
            for (ScoredPair p : pairs) {
                double w = p.matchWeight();
                double[] bin = weights.computeIfAbsent(p.decision(), d -> new HashMap<>())
                        .computeIfAbsent(Double.isFinite(w) ? (int) Math.floor(w) : null, b -> new double[2]);
                bin[0]++;
                if (Double.isFinite(p.matchProbability())) bin[1] += p.matchProbability();
                if (kept(p)) {
                    String why = explanations.get(p.leftKey() + "|" + p.rightKey());
                    if (why == null) why = explanations.get(p.rightKey() + "|" + p.leftKey());
                    a.row(p.leftKey(), p.rightKey(), w, p.matchProbability(), p.decision().name(), why);
                }
                if (++seen % STEP == 0) task.stepBy(STEP);
            }
            task.stepBy(seen % STEP);
            kept = a.rows();
        }
        try (TableAppender a = new TableAppender(c, "pair_weight")) {
            for (Map.Entry<Decision, Map<Integer, double[]>> d : weights.entrySet()) {
                for (Map.Entry<Integer, double[]> bin : d.getValue().entrySet()) {
                    a.row(d.getKey().name(), bin.getKey(), (long) bin.getValue()[0], bin.getValue()[1]);
                }
            }
            return new PairRows(kept, a.rows());
        }
    }

    /** Whether a pair gets a row in {@code pair}: rejected pairs only when the model thought them more likely a match. */
    static boolean kept(ScoredPair p) {
        return p.decision() != Decision.REJECTED || p.matchProbability() >= 0.5;
    }

    long personRecords(List<PersonAssignment> assignments) throws SQLException {
        try (TableAppender a = new TableAppender(c, "person_record")) {
            for (PersonAssignment p : assignments) a.row(p.personId(), p.recordKey());
            return a.rows();
        }
    }

    /** Facts become the person's through the record that yields them. */
    long facts(List<Fact> facts, Map<String, String> personOfRecord) throws SQLException {
        long rows;
        try (TableAppender a = new TableAppender(c, "fact"); Progress.Task task = progress.start("write facts", facts.size())) {
            for (Fact f : facts) {
                a.row(personOfRecord.get(f.recordKey()), f.recordKey(), f.source(), f.type(), f.code(), f.start(), f.end(), f.value());
                if (a.rows() % STEP == 0) task.stepBy(STEP);
            }
            task.stepBy(a.rows() % STEP);
            rows = a.rows();
        }
        FactOrder.sort(c);
        return rows;
    }

    long reviewDecisions(Collection<ReviewDecision> decisions) throws SQLException {
        try (TableAppender a = new TableAppender(c, "review_decision")) {
            for (ReviewDecision d : decisions) a.row(d.leftKey(), d.rightKey(), d.decision().name(), d.reviewer(), d.decidedAt());
            return a.rows();
        }
    }

    /**
     * Persons from their records: DOB, sex and postcode by majority of the records that state one
     * (ties to the earliest value, so the result is deterministic); LA residence from the postcode
     * district; GP-registered ICB from the GP registration active at the reference date.
     */
    long derivePersons(LocalDate referenceDate, List<String> postcodeDistricts) throws SQLException {
        String districts = postcodeDistricts == null || postcodeDistricts.isEmpty() ? null
                : postcodeDistricts.stream().map(d -> CohortSql.literal(d.trim().toUpperCase(java.util.Locale.ROOT)))
                .collect(java.util.stream.Collectors.joining(", ", "(", ")"));
        String ref = CohortSql.date(referenceDate);
        String sql = "INSERT INTO person "
                + "WITH r AS (SELECT pr.person_id, rec.dob, NULLIF(rec.sex, 'U') AS sex, rec.postcode FROM person_record pr "
                + "  JOIN record rec ON rec.record_key = pr.record_key), "
                + majority("dob") + ", " + majority("sex") + ", " + majority("postcode") + ", "
                + "icb AS (SELECT person_id, code FROM (SELECT person_id, code, ROW_NUMBER() OVER (PARTITION BY person_id "
                + "  ORDER BY start_date DESC, code) AS rn FROM fact WHERE type = '" + FactType.GP_REGISTERED.key() + "' AND person_id IS NOT NULL "
                + "  AND start_date <= " + ref + " AND (end_date IS NULL OR end_date >= " + ref + ")) x WHERE rn = 1), "
                + "n AS (SELECT person_id, COUNT(*) AS records FROM person_record GROUP BY person_id) "
                + "SELECT n.person_id, m_dob.dob, m_sex.sex, m_postcode.postcode, "
                + (districts == null ? "CAST(NULL AS BOOLEAN)"
                : "split_part(m_postcode.postcode, ' ', 1) IN " + districts)
                + ", icb.code, n.records FROM n "
                + "LEFT JOIN m_dob ON m_dob.person_id = n.person_id LEFT JOIN m_sex ON m_sex.person_id = n.person_id "
                + "LEFT JOIN m_postcode ON m_postcode.person_id = n.person_id LEFT JOIN icb ON icb.person_id = n.person_id";
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    private static String majority(String column) {
        return "m_" + column + " AS (SELECT person_id, " + column + " FROM (SELECT person_id, " + column
                + ", ROW_NUMBER() OVER (PARTITION BY person_id ORDER BY COUNT(*) DESC, " + column + ") AS rn FROM r WHERE "
                + column + " IS NOT NULL GROUP BY person_id, " + column + ") x WHERE rn = 1)";
    }

    private static LocalDate parseDate(String v) {
        if (v == null) return null;
        try {
            return LocalDate.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
            return null; // canonical records carry ISO dates; anything else is not a date
        }
    }
}
