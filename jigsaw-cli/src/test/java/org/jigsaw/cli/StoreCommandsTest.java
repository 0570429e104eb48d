package org.jigsaw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jigsaw.area.Area;
import org.jigsaw.cohort.Fact;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreCommandsTest {
    @TempDir
    Path area;

    /** Twelve children, one record each, every third with an EHC plan; linked one record per person. */
    @BeforeEach
    void snapshot() throws Exception {
        Files.writeString(area.resolve("area.yaml"), """
                name: Testshire
                la_code: "998"
                icb_code: QUE
                reference_date: 2026-08-31
                age_min: 0
                age_max: 25
                population: 1000
                """);
        new Refresh(ingestStage(), linkStage()).run(Area.open(area), Progress.NONE);
    }

    private static IngestStage ingestStage() {
        return (dir, cfg, p) -> {
            List<SourceRecord> records = new ArrayList<>();
            List<Fact> facts = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String key = SourceRecord.key("school", "S" + i);
                records.add(new SourceRecord(key, "school", "s.csv", i + 2, Map.of(Field.DOB, LocalDate.of(2014, 1, 1 + i).toString())));
                if (i % 3 == 0) facts.add(new Fact(key, "school", "ehc_plan", null, LocalDate.of(2024, 1, 1), null, null));
            }
            return new IngestResult(records, facts, List.of(),
                    List.of(new SourceReconciliation("school", "census", "education", "s.csv", null, 12, 12, 0)), List.of());
        };
    }

    private static LinkStage linkStage() {
        return (records, ctx, p) -> new LinkResult(List.of(), Map.of(),
                records.stream().map(r -> new PersonAssignment(r.key(), "P-" + r.key())).toList(), Map.of());
    }

    @Test
    void cohortsPrintsEveryCohortAndKpi() {
        String out = run(0, "cohorts", area.toString());
        assertThat(out).contains("Testshire", "ehc_plan", "vulnerable_ehcp_cpp_exploitation", "ehc_plan_rate");
        assertThat(run(0, "cohorts", area.toString(), "--trends")).contains("Trends (reference dates: 2026-08-31)")
                .containsPattern("ehc_plan_rate +\\*");
    }

    /** The terminal shows what the dashboard shows; exact small counts need a purpose and leave an audit entry first. */
    @Test
    void cohortsPrintReleasedFiguresUnlessExactIsAskedForWithAPurpose() throws Exception {
        // four children with an EHC plan: a count of 1..7, and a rate from it
        assertThat(run(0, "cohorts", area.toString())).containsPattern("ehc_plan +\\*  ").containsPattern("ehc_plan_rate +\\*  ")
                .doesNotContain("40.0 /10k");
        assertThat(run(0, "cohort", area.toString(), "ehc_plan")).containsPattern("members +\\*").doesNotContainPattern("members +4");
        assertThat(org.jigsaw.govern.AuditLog.open(area).entries()).isEmpty();
        assertThat(runErr(1, "cohorts", area.toString(), "--exact")).contains("--exact needs --purpose");
        assertThat(run(0, "cohorts", area.toString(), "--exact", "--purpose", "send_planning")).contains("40.0 /10k").containsPattern("ehc_plan +4  ");
        assertThat(org.jigsaw.govern.AuditLog.open(area).entries()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("cohorts --exact");
            assertThat(e.purpose()).isEqualTo("send_planning");
            assertThat(e.user()).isEqualTo("cli:" + System.getProperty("user.name"));
        });
    }

    @Test
    void membersArePseudonymousAndStable() throws Exception {
        String out = run(0, "cohort", area.toString(), "ehc_plan", "--members");
        assertThat(out).contains("members").doesNotContain("P-school");
        List<String> ids = out.lines().filter(l -> l.matches("[0-9a-f]{64}")).toList();
        assertThat(ids).hasSize(4).doesNotHaveDuplicates();
        assertThat(run(0, "cohort", area.toString(), "ehc_plan", "--members")).isEqualTo(out);
        assertThat(org.jigsaw.govern.AuditLog.open(area).entries()).hasSize(2).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo("cohort --members");
            assertThat(e.what()).isEqualTo("people:cohort ehc_plan members");
            assertThat(e.rows()).isEqualTo(4);
            assertThat(e.user()).isEqualTo("cli:" + System.getProperty("user.name"));
        });
    }

    @Test
    void membersAreNotListedWhenTheirAuditEntryCannotBeWritten() throws Exception {
        TinySnapshot.breakAuditLog(area);
        assertThat(runErr(1, "cohort", area.toString(), "ehc_plan", "--members")).contains("cannot write the audit log");
        assertThat(run(1, "cohort", area.toString(), "ehc_plan", "--members")).doesNotContainPattern("[0-9a-f]{64}");
    }

    /** Each snapshot keeps the audit head it was written under, so deleting audit/ afterwards shows. */
    @Test
    void deletingTheAuditFolderIsCaughtBySnapshotsWrittenSince() throws Exception {
        run(0, "cohort", area.toString(), "ehc_plan", "--members");
        new Refresh(ingestStage(), linkStage()).run(Area.open(area), Progress.NONE);
        assertThat(GovernCommandsTest.run("audit", "verify", area.toString()).out()).contains("intact: 1 entries").contains("matches");
        try (var s = Files.walk(area.resolve("audit"))) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        GovernCommandsTest.Run broken = GovernCommandsTest.run("audit", "verify", area.toString());
        assertThat(broken.code()).isEqualTo(2);
        assertThat(broken.err()).contains("BROKEN").contains("snapshot ").contains("recorded entry 1");
    }

    @Test
    void exportsATableAndRejectsUnknownOnes() throws Exception {
        Path out = area.resolve("kpis.csv");
        assertThat(run(0, "export", area.toString(), "--table", "kpi_value", "--format", "csv", "--out", out.toString()))
                .contains("rows of kpi_value");
        assertThat(Files.readAllLines(out).get(0)).startsWith("kpi,breakdown");
        // a member list is about individual children: no purpose, no agreement, no file
        assertThat(runErr(1, "export", area.toString(), "--table", "cohort_member", "--format", "csv", "--out",
                area.resolve("members.csv").toString())).contains("about individual children");
        assertThat(area.resolve("members.csv")).doesNotExist();
        assertThat(runErr(1, "export", area.toString(), "--table", "secrets", "--out", out.toString())).contains("no table 'secrets'");
        assertThat(runErr(1, "cohort", area.toString(), "nobody")).contains("no cohort 'nobody'");
    }

    /** refresh is wired to the real stages now: on an area with no extracts it fails clearly and changes nothing. */
    @Test
    void refreshOfAnAreaWithoutSourcesSaysSoAndKeepsTheCurrentSnapshot() throws Exception {
        String before = Files.readString(area.resolve("snapshots/CURRENT"));
        assertThat(runErr(1, "refresh", area.toString())).contains("no source definitions");
        assertThat(Files.readString(area.resolve("snapshots/CURRENT"))).isEqualTo(before);
    }

    /** A refresh refused because another one holds the area's lock is logged as skipped, not as a failure. */
    @Test
    void refreshWhileAnotherRunsIsSkippedAndLoggedSo() throws Exception {
        String before = Files.readString(area.resolve("snapshots/CURRENT"));
        try (org.jigsaw.store.RefreshLock held = org.jigsaw.store.RefreshLock.acquire(area.resolve("snapshots"))) {
            // its own exit status, so a wrapper can retry later instead of paging someone
            assertThat(runErr(RefreshCommand.SKIPPED, "refresh", area.toString())).contains("skipped: another refresh of this area is running")
                    .contains("nothing changed");
        }
        org.jigsaw.schedule.RefreshOutcome last = org.jigsaw.schedule.RefreshLog.of(area).last().orElseThrow();
        assertThat(last.status()).isEqualTo(org.jigsaw.schedule.RefreshStatus.SKIPPED);
        assertThat(last.trigger()).isEqualTo("manual");
        assertThat(last.reason()).isEqualTo("skipped: another refresh was running");
        assertThat(Files.readString(area.resolve("snapshots/CURRENT"))).isEqualTo(before);
    }

    private static String run(int expectedExit, String... args) {
        return capture(expectedExit, false, args);
    }

    private static String runErr(int expectedExit, String... args) {
        return capture(expectedExit, true, args);
    }

    private static String capture(int expectedExit, boolean err, String... args) {
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream errBuf = new ByteArrayOutputStream();
        var cl = Main.commandLine();
        cl.setErr(new java.io.PrintWriter(errBuf, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = cl.execute(args);
        } finally {
            System.setOut(oldOut);
        }
        assertThat(code).as(errBuf.toString(StandardCharsets.UTF_8)).isEqualTo(expectedExit);
        return err ? errBuf.toString(StandardCharsets.UTF_8) : out.toString(StandardCharsets.UTF_8);
    }
}
