package org.jigsaw.store.annexa;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jigsaw.cohort.Fact;
import org.jigsaw.cohort.FactType;
import org.jigsaw.ingest.rules.FailingRows;
import org.jigsaw.ingest.rules.RuleContext;
import org.jigsaw.ingest.rules.RulePacks;
import org.jigsaw.ingest.rules.Values;
import org.jigsaw.store.RunInfo;
import org.jigsaw.store.SnapshotReader;
import org.jigsaw.store.StoreException;

/**
 * Builds the inspection pack from a snapshot. A child is on List 1 when an EHC plan is in force
 * at the reference date (as the {@code ehc_plan} cohort reads it) and on List 2 when SEN support is
 * and no plan is: a child is on one list only. Rows are in person-ID order, so a rerun on the same
 * snapshot gives the same rows.
 */
public final class AnnexASnapshot {
    private static final String PLAN = FactType.EHC_PLAN.key();
    private static final String SUPPORT = FactType.SEN_SUPPORT.key();
    /** Each source once, with its agency and newest extract: what {@link SourceTrust} ranks. */
    private static final String SOURCES = "(SELECT source, min(agency) AS agency, max(extract_date) AS extract_date "
            + "FROM source_run GROUP BY source) s";
    private static final String ON_A_LIST = "(SELECT person_id FROM fact WHERE type IN ('" + PLAN + "', '" + SUPPORT + "'))";

    private AnnexASnapshot() {
    }

    public static AnnexAPack read(SnapshotReader snapshot) {
        RunInfo run = snapshot.run();
        LocalDate ref = run.referenceDate();
        if (ref == null) throw new StoreException("snapshot " + run.runId() + " has no reference date: the lists are as at one");
        try {
            Connection c = snapshot.connection();
            Map<String, ChildEvidence> children = evidence(c);
            AnnexARowBuilder rows = new AnnexARowBuilder(ref, typesHeld(c));
            RuleContext context = new RuleContext(ref, List.of());
            List<AnnexAPack.Part> parts = new ArrayList<>();
            for (AnnexAList list : AnnexAList.values()) {
                List<Map<String, String>> listRows = new ArrayList<>();
                for (ChildEvidence child : children.values()) {
                    if (on(list, child, ref)) listRows.add(rows.row(list, child));
                }
                List<FailingRows.Result> validation = FailingRows.of(RulePacks.named(list.rulePack()).orElseThrow(), context,
                        listRows.stream().map(Values::of).toList());
                parts.add(new AnnexAPack.Part(list, listRows, validation));
            }
            return new AnnexAPack(run.areaName(), run.runId(), ref, parts);
        } catch (SQLException e) {
            throw new StoreException("cannot read the Annex A lists from snapshot " + run.runId() + ": " + e.getMessage(), e);
        }
    }

    private static boolean on(AnnexAList list, ChildEvidence child, LocalDate ref) {
        boolean plan = child.active(PLAN, ref);
        return list == AnnexAList.LIST_1 ? plan : !plan && child.active(SUPPORT, ref);
    }

    /** Every child with a plan or SEN support fact, in person-ID order, with their identifiers and facts. */
    private static Map<String, ChildEvidence> evidence(Connection c) throws SQLException {
        Map<String, PersonRow> persons = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT person_id, dob, sex FROM person WHERE person_id IN " + ON_A_LIST + " ORDER BY person_id")) {
            while (rs.next()) persons.put(rs.getString(1), new PersonRow(date(rs, 2), rs.getString(3)));
        }
        Map<String, List<SourceIds>> ids = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT pr.person_id, r.source, s.agency, s.extract_date, r.upn, r.uln, r.local_id FROM person_record pr "
                        + "JOIN record r ON r.record_key = pr.record_key LEFT JOIN " + SOURCES + " ON s.source = r.source "
                        + "WHERE pr.person_id IN " + ON_A_LIST)) {
            while (rs.next()) {
                ids.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new SourceIds(rs.getString(2), rs.getString(3),
                        date(rs, 4), rs.getString(5), rs.getString(6), rs.getString(7)));
            }
        }
        Map<String, List<SourceFact>> facts = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT f.person_id, f.source, s.agency, s.extract_date, f.type, f.code, f.start_date, f.end_date FROM fact f "
                        + "LEFT JOIN " + SOURCES + " ON s.source = f.source WHERE f.person_id IN " + ON_A_LIST)) {
            while (rs.next()) {
                facts.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new SourceFact(rs.getString(3), date(rs, 4),
                        new Fact(null, rs.getString(2), rs.getString(5), rs.getString(6), date(rs, 7), date(rs, 8), null)));
            }
        }
        Map<String, ChildEvidence> out = new LinkedHashMap<>();
        persons.forEach((id, p) -> out.put(id, new ChildEvidence(id, p.dob(), p.sex(), ids.getOrDefault(id, List.of()),
                facts.getOrDefault(id, List.of()))));
        return out;
    }

    private record PersonRow(LocalDate dob, String sex) {
    }

    private static Set<String> typesHeld(Connection c) throws SQLException {
        Set<String> out = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT type FROM fact")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
