package org.jigsaw.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jigsaw.area.Area;
import org.jigsaw.progress.Progress;
import org.jigsaw.ingest.check.FactDateOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Findings about a file's header and about records whose own dates contradict each other. */
class IngestFindingsTest {

    @TempDir
    Path dir;

    private IngestRun ingest(String file, String format) throws IOException {
        Files.writeString(dir.resolve("area.yaml"), "name: T\nla_code: \"801\"\nreference_date: 2026-03-31\n");
        Files.createDirectories(dir.resolve("sources"));
        Files.writeString(dir.resolve("sources/sen2.yaml"), "name: sen2\nagency: education\ndataset: sen2\nfile: " + file + "\n"
                + "format: " + format + "\nid: ID\nfields: {nhs_number: NHS, dob: DOB}\ndate_formats: [yyyy-MM-dd]\n"
                + "facts:\n  - {type: ehc_plan, start: Start, end: End}\n");
        Area area = Area.open(dir);
        IngestRun run = new AreaIngest().run(area.dir(), area.config(), Progress.NONE);
        assertThat(run.reconciles()).isTrue();
        return run;
    }

    private static List<QualityFinding> findings(IngestRun run, String check) {
        return run.result().findings().stream().filter(f -> f.check().equals(check)).toList();
    }

    @Test
    void aColumnNamedTwiceInACsvHeaderIsAFindingAgainstTheFile() throws IOException {
        Files.writeString(dir.resolve("x.csv"), "ID,NHS,DOB,nhs ,Start,End\nA1,9990000018,2015-02-01,9990000026,2024-01-01,\n");
        IngestRun run = ingest("x.csv", "{type: csv}");
        assertThat(findings(run, "duplicate_header")).singleElement().satisfies(f -> {
            assertThat(f.source()).isEqualTo("sen2");
            assertThat(f.detail()).contains("x.csv").contains("'NHS'").contains("2 times");
        });
        assertThat(run.problems()).anySatisfy(p -> assertThat(p.describe()).contains("x.csv").contains("'NHS'"));
        assertThat(run.result().records()).hasSize(1);
    }

    @Test
    void aColumnNamedTwiceInAWorkbookHeaderIsAFinding() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("x.xlsx"))) {
            Row h = wb.createSheet("Plans").createRow(0);
            List<String> names = List.of("ID", "NHS", "DOB", "Start", "End", "Start");
            for (int i = 0; i < names.size(); i++) h.createCell(i).setCellValue(names.get(i));
            Row r = wb.getSheet("Plans").createRow(1);
            r.createCell(0).setCellValue("A1");
            r.createCell(1).setCellValue("9990000018");
            wb.write(out);
        }
        IngestRun run = ingest("x.xlsx", "{type: xlsx}");
        assertThat(findings(run, "duplicate_header")).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("x.xlsx").contains("'Start'"));
    }

    @Test
    void aHeaderOnlyFileAmongOthersIsAFindingForThatFile() throws IOException {
        Files.writeString(dir.resolve("x1.csv"), "ID,NHS,DOB,Start,End\nA1,9990000018,2015-02-01,2024-01-01,\n");
        Files.writeString(dir.resolve("x2.csv"), "ID,NHS,DOB,Start,End\n");
        IngestRun run = ingest("x*.csv", "{type: csv}");
        assertThat(findings(run, "header_only")).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("x2.csv").doesNotContain("x1.csv"));
        assertThat(run.result().records()).hasSize(1);
    }

    @Test
    void aPlanEndingBeforeItStartsIsCountedAndKept() throws IOException {
        Files.writeString(dir.resolve("x.csv"), "ID,NHS,DOB,Start,End\nA1,9990000018,2015-02-01,2024-01-01,2023-06-30\n"
                + "A2,9990000026,2014-03-02,2024-01-01,2024-06-30\nA3,9990000034,2014-03-02,2024-01-01,\n");
        IngestRun run = ingest("x.csv", "{type: csv}");
        assertThat(findings(run, FactDateOrder.CHECK)).singleElement().satisfies(f -> {
            assertThat(f.source()).isEqualTo("sen2");
            assertThat(f.field()).isEqualTo("ehc_plan");
            assertThat(f.count()).isEqualTo(1);
            assertThat(f.denominator()).as("plans with an end date").isEqualTo(2);
            assertThat(f.detail()).doesNotContain("A1").doesNotContain("9990000018");
        });
        assertThat(run.result().facts()).as("kept as the source stated it").hasSize(3);
    }
}
