package org.jigsaw.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jigsaw.area.Area;
import org.jigsaw.area.AreaConfig;
import org.jigsaw.cohort.Fact;
import org.jigsaw.ingest.IngestResult;
import org.jigsaw.ingest.QualityFinding;
import org.jigsaw.ingest.QuarantinedRow;
import org.jigsaw.ingest.SourceReconciliation;
import org.jigsaw.link.Decision;
import org.jigsaw.link.LinkResult;
import org.jigsaw.link.PersonAssignment;
import org.jigsaw.link.ReviewDecision;
import org.jigsaw.link.ScoredPair;
import org.jigsaw.ingest.IngestStage;
import org.jigsaw.link.LinkContext;
import org.jigsaw.link.LinkStage;
import org.jigsaw.record.Field;
import org.jigsaw.record.SourceRecord;

/**
 * A small hand-written area for Refresh tests: a school extract and a health extract of
 * {@code children} children, and a linker that links on NHS number only. {@code term} ages the
 * area: each term more children have an EHC plan, so KPIs trend.
 */
public final class FakeArea {
    private FakeArea() {
    }

    public static Area write(Path dir, LocalDate reference) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("area.yaml"), """
                name: Fakeshire
                la_code: "999"
                ons_code: E06009999
                icb_code: QUE
                reference_date: %s
                age_min: 0
                age_max: 25
                population: 50000
                postcode_districts: [FK1, FK2]
                """.formatted(reference));
        return Area.open(dir);
    }

    static String nhs(int i) {
        return String.format("999%07d", i);
    }

    /** Ingest: school rows for every child (NHS number on 4 in 5), health rows for every other child, one quarantined row. */
    public static IngestStage ingest(int children, int term) {
        return (areaDir, area, progress) -> {
            List<SourceRecord> records = new ArrayList<>();
            List<Fact> facts = new ArrayList<>();
            LocalDate ref = area.referenceDate();
            int school = 0;
            int health = 0;
            for (int i = 0; i < children; i++) {
                LocalDate dob = ref.minusYears(2 + i % 20).minusDays(i % 300);
                String postcode = (i % 4 == 0 ? "ZZ9 " : "FK1 ") + (i % 9) + "AB";
                Map<Field, String> v = new EnumMap<>(Field.class);
                if (i % 5 != 0) v.put(Field.NHS_NUMBER, nhs(i));
                v.put(Field.LOCAL_ID, "S" + i);
                v.put(Field.DOB, dob.toString());
                v.put(Field.SEX, i % 2 == 0 ? "F" : "M");
                v.put(Field.POSTCODE, postcode);
                String sk = SourceRecord.key("school", "S" + i);
                records.add(new SourceRecord(sk, "school", "school.csv", i + 2, v));
                school++;
                if (i % Math.max(2, 10 - term) == 0) facts.add(new Fact(sk, "school", "ehc_plan", null, ref.minusYears(1), null, null));
                else if (i % 7 == 0) facts.add(new Fact(sk, "school", "sen_support", null, ref.minusYears(2), null, null));
                if (i % 2 == 0) {
                    Map<Field, String> h = new EnumMap<>(Field.class);
                    h.put(Field.NHS_NUMBER, nhs(i));
                    h.put(Field.DOB, dob.toString());
                    h.put(Field.SEX, "U");
                    h.put(Field.POSTCODE, postcode);
                    String hk = SourceRecord.key("health", "H" + i);
                    records.add(new SourceRecord(hk, "health", "health.csv", i + 2, h));
                    health++;
                    facts.add(new Fact(hk, "health", "gp_registered", i % 3 == 0 ? "QOX" : "QUE", ref.minusYears(3), null, null));
                    if (i % 6 == 0) facts.add(new Fact(hk, "health", "on_caseload", "CAMHS", ref.minusMonths(5), null, "CORE"));
                }
            }
            List<QuarantinedRow> quarantine = List.of(new QuarantinedRow("school", "school.csv", children + 2, "UNPARSEABLE_DOB", "column DOB"));
            List<SourceReconciliation> rec = List.of(
                    new SourceReconciliation("school", "school_census", "education", "school.csv", ref, school + 1, school, 1),
                    new SourceReconciliation("health", "csds", "health", "health.csv", ref, health, health, 0));
            List<QualityFinding> findings = List.of(new QualityFinding("school", "nhs_number", "COMPLETENESS", children / 5, children, "missing"));
            return new IngestResult(records, facts, quarantine, rec, findings);
        };
    }

    /** Links on NHS number; keeps person IDs of records seen before; honours clerical non-matches. */
    public static LinkStage linker() {
        return (records, context, progress) -> {
            Map<String, List<SourceRecord>> groups = new LinkedHashMap<>();
            for (SourceRecord r : records) {
                String nhs = r.get(Field.NHS_NUMBER);
                groups.computeIfAbsent(nhs != null ? nhs : r.key(), k -> new ArrayList<>()).add(r);
            }
            List<PersonAssignment> assignments = new ArrayList<>();
            List<ScoredPair> pairs = new ArrayList<>();
            Map<String, String> previous = context.previousPersonIds();
            int next = previous.size();
            for (List<SourceRecord> g : groups.values()) {
                String id = g.stream().map(r -> previous.get(r.key())).filter(java.util.Objects::nonNull).findFirst()
                        .orElse(null);
                if (id == null) id = String.format("P%07d", ++next + 1_000_000);
                for (SourceRecord r : g) assignments.add(new PersonAssignment(r.key(), id));
                for (int i = 1; i < g.size(); i++) pairs.add(new ScoredPair(g.get(0).key(), g.get(i).key(), 20.0, 0.9999, Decision.DETERMINISTIC));
            }
            pairs.add(new ScoredPair(records.get(0).key(), records.get(records.size() - 1).key(), 1.5, 0.6, Decision.REVIEW));
            Map<String, Object> metrics = new HashMap<>();
            metrics.put("candidate_pairs", pairs.size());
            metrics.put("review_decisions_seen", context.reviewDecisions().size());
            return new LinkResult(pairs, Map.of(), assignments, metrics);
        };
    }

    static ReviewDecision decision(String left, String right) {
        return new ReviewDecision(left, right, Decision.CLERICAL_NON_MATCH, "reviewer1", java.time.Instant.parse("2026-11-01T10:00:00Z"));
    }

    static AreaConfig config(Area a) {
        return a.config();
    }
}
