package org.jigsaw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jigsaw.govern.AuditEntry;
import org.jigsaw.govern.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `jigsaw export`: tables about individual children need a purpose the agreements allow; every export is audited first. */
class ExportAuditTest {
    @TempDir
    Path tmp;
    Path area;
    Path out;

    @BeforeEach
    void area() throws Exception {
        area = TinySnapshot.write(tmp.resolve("area"));
        out = tmp.resolve("exports/record.csv");
        for (String dataset : List.of("sen2", "csds")) TinySnapshot.agreement(area, dataset, dataset);
    }

    private int export(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("export", area.toString(), "--table", "record", "--format", "csv",
                "--out", out.toString()));
        args.addAll(List.of(extra));
        return Main.commandLine().execute(args.toArray(String[]::new));
    }

    private List<AuditEntry> audit() throws Exception {
        return AuditLog.open(area).entries();
    }

    @Test
    void identifiableTableWithoutAPurposeIsRefusedAndAudited() throws Exception {
        assertThat(export()).isEqualTo(1);
        assertThat(out).doesNotExist();
        assertThat(audit()).singleElement().satisfies(e -> {
            assertThat(e.allowed()).isFalse();
            assertThat(e.action()).isEqualTo("export");
            assertThat(e.what()).isEqualTo("people:table record");
            assertThat(e.user()).isEqualTo("cli:" + System.getProperty("user.name"));
        });
    }

    @Test
    void aPurposeTheAgreementsOnlyAllowForAggregatesIsRefused() throws Exception {
        assertThat(export("--purpose", "send_planning")).isEqualTo(1);
        assertThat(out).doesNotExist();
        assertThat(audit()).singleElement().satisfies(e -> {
            assertThat(e.allowed()).isFalse();
            assertThat(e.purpose()).isEqualTo("send_planning");
        });
    }

    @Test
    void anAllowedPurposeExportsAndRecordsTheRows() throws Exception {
        assertThat(export("--purpose", "direct_care")).isZero();
        assertThat(Files.readString(out)).contains("9990000018");
        assertThat(audit()).singleElement().satisfies(e -> {
            assertThat(e.allowed()).isTrue();
            assertThat(e.purpose()).isEqualTo("direct_care");
            assertThat(e.what()).isEqualTo("people:table record");
            assertThat(e.rows()).isEqualTo(2);
        });
    }

    @Test
    void aDatasetNoAgreementCoversForThatPurposeRefusesTheWholeTable() throws Exception {
        Files.delete(area.resolve("agreements/csds.yaml"));
        assertThat(export("--purpose", "direct_care")).isEqualTo(1);
        assertThat(out).doesNotExist();
    }

    @Test
    void aggregateTablesStayOpenButAreAudited() throws Exception {
        Path kpis = tmp.resolve("kpis.csv");
        assertThat(Main.commandLine().execute("export", area.toString(), "--table", "kpi_value", "--format", "csv",
                "--out", kpis.toString())).isZero();
        assertThat(Files.readAllLines(kpis)).hasSize(2);
        assertThat(audit()).singleElement().satisfies(e -> {
            assertThat(e.what()).isEqualTo("table kpi_value");
            assertThat(e.rows()).isEqualTo(1);
        });
    }

    @Test
    void anExportWhoseAuditEntryCannotBeWrittenLeavesNoFile() throws Exception {
        TinySnapshot.breakAuditLog(area);
        assertThat(export("--purpose", "direct_care")).isEqualTo(1);
        assertThat(tmp.resolve("exports")).doesNotExist();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("area");
        }
    }
}
