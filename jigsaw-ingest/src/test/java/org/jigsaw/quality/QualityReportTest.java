package org.jigsaw.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jigsaw.ingest.QualityFinding;
import org.jigsaw.ingest.SourceReconciliation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityReportTest {

    @TempDir
    Path dir;

    private static final String EVIL = "=HYPERLINK(\"http://evil.example\",\"click\")";

    private QualityReport report() {
        return new QualityReport("Synth <shire>", LocalDate.of(2026, 3, 31), Instant.parse("2026-04-01T06:00:00Z"),
                List.of(new SourceReconciliation("census", "school_census", "education", "census.csv", LocalDate.of(2026, 1, 15),
                        10, 8, 2)),
                Map.of("census", Map.of("DUPLICATE_ROW", 2L)),
                List.of(new QualityFinding("census", "upn", "invalid", 3, 8, "not a valid UPN"),
                        new QualityFinding("census", "upn", "missing", 0, 8, "blank"),
                        new QualityFinding("census", EVIL, "unmapped_code", 1, 8, "<script>alert(1)</script>"),
                        new QualityFinding(null, "dob", "dob_conflict", 2, 40, "NHS numbers with two dates of birth")));
    }

    @Test
    void writesHtmlCsvAndJson() throws Exception {
        List<Path> files = QualityReportWriter.writeAll(report(), dir);
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("quality.html", "quality.csv", "quality.json");

        String html = Files.readString(dir.resolve("quality.html"));
        assertThat(html).contains("Data quality: Synth &lt;shire&gt;").contains("Every source reconciles")
                .contains("same NHS number, different dates of birth").contains("3 of 8 (37.5%)")
                .doesNotContain("<script>").contains("&lt;script&gt;");

        String csv = Files.readString(dir.resolve("quality.csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFsection,source,field,check");
        assertThat(csv).contains("\"'=HYPERLINK(").doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK");
        assertThat(csv).contains("source,census,upn,invalid,invalid (loaded as blank),3,8,37.5,not a valid UPN");
        assertThat(csv).contains("reconciliation,census,,rows_quarantined,rows quarantined,2,10,20.0,reconciles");

        JsonNode json = new ObjectMapper().readTree(dir.resolve("quality.json").toFile());
        assertThat(json.get("reconciles").asBoolean()).isTrue();
        assertThat(json.get("findings")).hasSize(4);
        assertThat(json.get("reconciliation").get(0).get("rowsRead").asLong()).isEqualTo(10);
        assertThat(json.get("quarantine").get("census").get("DUPLICATE_ROW").asLong()).isEqualTo(2);
    }

    @Test
    void htmlSaysWhenSourcesDoNotReconcile() {
        QualityReport r = new QualityReport("A", LocalDate.of(2026, 3, 31), Instant.now(),
                List.of(new SourceReconciliation("x", null, null, "", null, 5, 3, 1)), Map.of(), List.of());
        assertThat(r.reconciles()).isFalse();
        assertThat(QualityHtml.render(r)).contains("do not reconcile").contains("NO");
    }
}
