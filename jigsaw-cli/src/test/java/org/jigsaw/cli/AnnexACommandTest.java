package org.jigsaw.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jigsaw.area.Area;
import org.jigsaw.cohort.Fact;
import org.jigsaw.govern.AuditEntry;
import org.jigsaw.govern.AuditLog;
import org.jigsaw.ingest.IngestResult;
import org.jigsaw.ingest.SourceReconciliation;
import org.jigsaw.link.LinkResult;
import org.jigsaw.link.PersonAssignment;
import org.jigsaw.ingest.IngestStage;
import org.jigsaw.link.LinkStage;
import org.jigsaw.progress.Progress;
import org.jigsaw.record.Field;
import org.jigsaw.record.SourceRecord;
import org.jigsaw.store.Refresh;
import org.jigsaw.store.SnapshotReader;
import org.jigsaw.store.Snapshots;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `jigsaw annex-a` on a snapshot written by a real refresh: children with records in several
 * sources (linked as one person), planted rows that break published rules, and the governance of
 * an individual-level export.
 */
class AnnexACommandTest {
    static final Path PUBLISHED = Path.of("../../shared/reference/formats/annex_a/send-lists-columns.md");
    static final LocalDate REF = LocalDate.of(2026, 8, 31);

    @TempDir
    Path tmp;
    Path area;
    Path out;

    private final List<SourceRecord> records = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();
    private final Map<String, String> personOf = new HashMap<>();

    @BeforeEach
    void snapshot() throws Exception {
        area = Files.createDirectories(tmp.resolve("area"));
        out = tmp.resolve("pack/annex-a.xlsx");
        Files.writeString(area.resolve("area.yaml"), "name: Testshire\nla_code: '998'\nreference_date: 2026-08-31\n"
                + "age_min: 0\nage_max: 25\npopulation: 1000\n");
        // A: three records linked as one child; education's UPN and plan dates win over social care's and health's
        record("A", "sen2", "SEN-A", "A100000000001", "2014-03-01", "F");
        record("A", "social", "SC-A", "A100000000999", "2014-03-01", "F");
        record("A", "health", null, null, "2014-03-01", "F");
        fact("sen2", "SEN-A", "ehc_plan", null, "2022-05-01", null);
        fact("sen2", "SEN-A", "ehc_plan_issued", null, "2024-06-01", null);
        fact("health", "A", "ehc_plan", null, "2021-01-01", null);
        fact("sen2", "SEN-A", "primary_need", "ASD", "2022-05-01", null);
        fact("health", "A", "primary_need", "SLCN", "2025-01-01", null);
        fact("social", "SC-A", "child_in_need", null, "2026-01-10", null);
        fact("health", "A", "disability", "HEARING", null, null);
        fact("sen2", "SEN-A", "suspension", null, "2026-03-02", null);
        fact("social", "SC-A", "suspension", null, "2026-03-02", null);
        fact("sen2", "SEN-A", "suspension", null, "2024-03-02", null);
        // B: aged 12 with a plan, no UPN or ULN (107) and no primary need (101d)
        record("B", "sen2", "SEN-B", null, "2014-06-01", "M");
        fact("sen2", "SEN-B", "ehc_plan", null, "2023-01-01", null);
        // C and D: not linked (different dates of birth) but given the same UPN (109 on both rows)
        record("C", "sen2", "SEN-C", "C200000000002", "2012-01-01", "M");
        fact("sen2", "SEN-C", "ehc_plan", null, "2020-01-01", null);
        fact("sen2", "SEN-C", "primary_need", "MLD", null, null);
        record("D", "sen2", "SEN-D", "C200000000002", "2013-01-01", "F");
        fact("sen2", "SEN-D", "ehc_plan", null, "2021-01-01", null);
        fact("sen2", "SEN-D", "primary_need", "SEMH", null, null);
        // E: plan ceased before the reference date, now on SEN support: List 2
        record("E", "census", "CEN-E", "E300000000003", "2015-01-01", "F");
        fact("census", "CEN-E", "ehc_plan", null, "2019-01-01", "2025-12-31");
        fact("census", "CEN-E", "sen_support", null, "2026-01-15", null);
        // F: SEN support and a plan in force: List 1 only
        record("F", "census", "CEN-F", "F400000000004", "2016-01-01", "M");
        fact("census", "CEN-F", "sen_support", null, "2026-01-15", null);
        fact("census", "CEN-F", "ehc_plan", null, "2026-02-01", null);
        fact("census", "CEN-F", "primary_need", "SLCN", "2026-01-15", null);
        // G: SEN support only
        record("G", "census", "CEN-G", "G500000000005", "2017-01-01", "M");
        fact("census", "CEN-G", "sen_support", null, "2026-01-15", null);
        // H: a plan that starts after the reference date is on neither list
        record("H", "sen2", "SEN-H", "H600000000006", "2018-01-01", "F");
        fact("sen2", "SEN-H", "ehc_plan", null, "2026-10-01", null);
        IngestStage ingest = (dir, cfg, p) -> new IngestResult(records, facts, List.of(), List.of(
                new SourceReconciliation("sen2", "sen2", "education", "sen2.xml", REF, 6, 6, 0),
                new SourceReconciliation("census", "census", "education", "census.csv", LocalDate.of(2026, 1, 15), 3, 3, 0),
                new SourceReconciliation("social", "social_care", "social_care", "cin.xml", REF, 1, 1, 0),
                new SourceReconciliation("health", "csds", "health", "csds.csv", REF, 1, 1, 0)), List.of());
        LinkStage link = (recs, ctx, p) -> new LinkResult(List.of(), Map.of(),
                recs.stream().map(r -> new PersonAssignment(r.key(), personOf.get(r.key()))).toList(), Map.of());
        new Refresh(ingest, link).run(Area.open(area), Progress.NONE);
        TinySnapshot.agreement(area, "send", "sen2", "census", "social_care", "csds");
    }

    private void record(String child, String source, String localId, String upn, String dob, String sex) {
        String key = SourceRecord.key(source, localId != null ? localId : child);
        Map<Field, String> v = new HashMap<>(Map.of(Field.DOB, dob, Field.SEX, sex));
        if (localId != null) v.put(Field.LOCAL_ID, localId);
        if (upn != null) v.put(Field.UPN, upn);
        records.add(new SourceRecord(key, source, source + ".file", records.size() + 2, v));
        personOf.put(key, "P-" + child);
    }

    private void fact(String source, String id, String type, String code, String start, String end) {
        facts.add(new Fact(SourceRecord.key(source, id), source, type, code, start == null ? null : LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end), null));
    }

    @Test
    void listsCarryThePublishedHeadingsOneRowPerLinkedChildAndTheRulesFailures() throws Exception {
        String printed = run(0, "annex-a", area.toString(), "--out", out.toString(), "--purpose", "direct_care");
        assertThat(printed).contains("List_1: 5 rows", "List_2: 2 rows", "107 1", "109 2")
                .doesNotContain("SEN-", "A100000000001", "C200000000002", "2014-03-01");
        try (Workbook wb = new XSSFWorkbook(out.toFile())) {
            assertThat(sheetNames(wb)).containsExactly("About", "List_1", "List_2", "Validation");
            assumeTrue(Files.isRegularFile(PUBLISHED), "published Annex A headings not present");
            assertThat(headings(wb.getSheet("List_1"))).isEqualTo(published("List_1"));
            assertThat(headings(wb.getSheet("List_2"))).isEqualTo(published("List_2"));

            List<Map<String, Cell>> list1 = rows(wb.getSheet("List_1"));
            List<Map<String, Cell>> list2 = rows(wb.getSheet("List_2"));
            assertThat(list1).hasSize((int) count("SELECT count(*) FROM cohort_member WHERE cohort = 'ehc_plan'"));
            assertThat(list2).hasSize((int) count("SELECT count(*) FROM cohort_member WHERE cohort = 'sen_support' "
                    + "AND person_id NOT IN (SELECT person_id FROM cohort_member WHERE cohort = 'ehc_plan')"));
            assertThat(list1.stream().map(r -> text(r.get("Unique ID"))))
                    .containsExactlyInAnyOrder("SEN-A", "SEN-B", "SEN-C", "SEN-D", "CEN-F");
            assertThat(list2.stream().map(r -> text(r.get("Unique ID")))).containsExactlyInAnyOrder("CEN-E", "CEN-G");

            Map<String, Cell> a = byId(list1, "SEN-A");
            assertThat(text(a.get("UPN"))).isEqualTo("A100000000001");
            assertThat(date(a.get("Date of birth"))).isEqualTo(LocalDate.of(2014, 3, 1));
            assertThat(date(a.get("Date initial EHC plan issued"))).isEqualTo(LocalDate.of(2022, 5, 1));
            assertThat(date(a.get("Date updated EHC plan issued"))).isEqualTo(LocalDate.of(2024, 6, 1));
            assertThat(text(a.get("SEN primary need"))).isEqualTo("ASD");
            assertThat(text(a.get("Gender"))).isEqualTo("F");
            assertThat(text(a.get("Known to children's social care?"))).isEqualTo("Yes");
            assertThat(text(a.get("Which children's social care team?"))).isEqualTo("Child in need");
            assertThat(text(a.get("Does the child or young person have a disability?"))).isEqualTo("Yes");
            assertThat(a.get("Suspensions").getNumericCellValue()).as("one suspension, recorded by two sources").isEqualTo(1.0);
            assertThat(text(byId(list1, "SEN-B").get("Known to children's social care?"))).isEqualTo("No");
            assertThat(a.get("Ethnicity")).as("not held in the snapshot").isNull();

            Map<String, Row> rules = validation(wb.getSheet("Validation"), "List_1");
            assertThat(rules).containsKeys("101a", "101d", "102b", "105b", "106a", "107", "108a", "109");
            assertThat(text(rules.get("107").getCell(5))).isEqualTo(String.valueOf(sheetRow(list1, "SEN-B")));
            assertThat(text(rules.get("101d").getCell(5))).isEqualTo(String.valueOf(sheetRow(list1, "SEN-B")));
            int c = sheetRow(list1, "SEN-C");
            int d = sheetRow(list1, "SEN-D");
            assertThat(text(rules.get("109").getCell(5))).isIn(Math.min(c, d) + ", " + Math.max(c, d), Math.min(c, d) + "-" + Math.max(c, d));
            assertThat(rules.get("109").getCell(4).getNumericCellValue()).isEqualTo(2.0);
            assertThat(rules.get("106a").getCell(4).getNumericCellValue()).isZero();
            assertThat(validation(wb.getSheet("Validation"), "List_2")).containsKeys("201a", "207", "209");
        }
        assertThat(audit()).singleElement().satisfies(e -> {
            assertThat(e.allowed()).isTrue();
            assertThat(e.action()).isEqualTo("annex-a");
            assertThat(e.purpose()).isEqualTo("direct_care");
            assertThat(e.what()).startsWith("people:annex-a send lists 1-2 of snapshot ");
            assertThat(e.rows()).isEqualTo(7);
            assertThat(e.user()).isEqualTo("cli:" + System.getProperty("user.name"));
        });
    }

    @Test
    void withoutAValidPurposeNothingIsWrittenAndTheRefusalIsAudited() throws Exception {
        run(1, "annex-a", area.toString(), "--out", out.toString());
        run(1, "annex-a", area.toString(), "--out", out.toString(), "--purpose", "send_planning");
        assertThat(tmp.resolve("pack")).doesNotExist();
        assertThat(audit()).hasSize(2).allSatisfy(e -> {
            assertThat(e.allowed()).isFalse();
            assertThat(e.action()).isEqualTo("annex-a");
            assertThat(e.what()).startsWith("people:annex-a send lists 1-2");
        });
        assertThat(audit().get(1).purpose()).isEqualTo("send_planning");
    }

    @Test
    void whenTheAuditEntryCannotBeWrittenNoWorkbookIsLeft() throws Exception {
        TinySnapshot.breakAuditLog(area);
        run(1, "annex-a", area.toString(), "--out", out.toString(), "--purpose", "direct_care");
        assertThat(tmp.resolve("pack")).doesNotExist();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("area");
        }
    }

    @Test
    void theDefaultDestinationIsTheAreasInspectionFolder() throws Exception {
        run(0, "annex-a", area.toString(), "--purpose", "direct_care");
        String run;
        try (SnapshotReader r = Snapshots.of(area).openCurrent()) {
            run = r.runId();
        }
        assertThat(area.resolve("inspection/annex-a-" + run + ".xlsx")).isRegularFile();
    }

    private List<AuditEntry> audit() throws Exception {
        return AuditLog.open(area).entries();
    }

    private long count(String sql) throws Exception {
        try (SnapshotReader r = Snapshots.of(area).openCurrent(); Statement s = r.connection().createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The headings of one list as published (numbered lines under "## List_n"). */
    private static List<String> published(String list) throws Exception {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String line : Files.readAllLines(PUBLISHED)) {
            if (line.startsWith("## ")) in = line.substring(3).strip().equals(list);
            else if (in && line.matches("\\d+\\. .*")) out.add(line.substring(line.indexOf(". ") + 2).strip());
        }
        assertThat(out).isNotEmpty();
        return out;
    }

    private static List<String> sheetNames(Workbook wb) {
        List<String> out = new ArrayList<>();
        for (Sheet s : wb) out.add(s.getSheetName());
        return out;
    }

    private static List<String> headings(Sheet s) {
        List<String> out = new ArrayList<>();
        for (Cell c : s.getRow(0)) out.add(c.getStringCellValue());
        return out;
    }

    /** Data rows as heading → cell (absent for a blank cell), in sheet order. */
    private static List<Map<String, Cell>> rows(Sheet s) {
        List<String> head = headings(s);
        List<Map<String, Cell>> out = new ArrayList<>();
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            Map<String, Cell> row = new HashMap<>();
            for (Cell c : s.getRow(r)) row.put(head.get(c.getColumnIndex()), c);
            out.add(row);
        }
        return out;
    }

    private static Map<String, Cell> byId(List<Map<String, Cell>> rows, String id) {
        return rows.stream().filter(r -> id.equals(text(r.get("Unique ID")))).findFirst().orElseThrow();
    }

    /** The row number the area sees on the sheet (headings are row 1). */
    private static int sheetRow(List<Map<String, Cell>> rows, String id) {
        return rows.indexOf(byId(rows, id)) + 2;
    }

    /** Rule code → its row on the Validation sheet, for one list. */
    private static Map<String, Row> validation(Sheet s, String list) {
        Map<String, Row> out = new HashMap<>();
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row.getCell(0).getStringCellValue().equals(list)) out.put(row.getCell(1).getStringCellValue(), row);
        }
        return out;
    }

    private static String text(Cell c) {
        return c == null ? null : new DataFormatter().formatCellValue(c);
    }

    private static LocalDate date(Cell c) {
        assertThat(c.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(c)).as("a real date cell").isTrue();
        return c.getLocalDateTimeCellValue().toLocalDate();
    }

    private static String run(int expectedExit, String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.commandLine().execute(args);
        } finally {
            System.setOut(old);
        }
        String printed = buf.toString(StandardCharsets.UTF_8);
        assertThat(code).as(printed).isEqualTo(expectedExit);
        return printed;
    }
}
