package org.jigsaw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jigsaw.govern.AuditEvent;
import org.jigsaw.govern.AuditLog;
import org.jigsaw.govern.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GovernCommandsTest {
    @TempDir
    Path tmp;
    Path area;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void area() throws IOException {
        area = Files.createDirectories(tmp.resolve("area"));
        Files.createDirectories(area.resolve("agreements"));
        Files.createDirectories(area.resolve("sources"));
        Files.writeString(area.resolve("area.yaml"), "name: Synthshire\nreference_date: 2026-11-01\n");
        Files.writeString(area.resolve("sources/chs.yaml"), """
                name: chs
                agency: health
                dataset: community_health
                file: chs.csv
                id: ID
                fields: {nhs_number: NHS, dob: DOB, address: Addr}
                """);
        Files.writeString(area.resolve("sources/yot.yaml"), """
                name: yot
                agency: youth_justice
                dataset: youth_justice
                file: yot.csv
                id: ID
                fields: {dob: DOB}
                """);
        Files.writeString(area.resolve("agreements/health.yaml"), """
                id: health-send-2026
                title: Community health and SEND
                parties: [{name: Synthshire County Council, role: joint controller}, {name: NHS Synthshire ICB, role: joint controller}]
                purposes: {send_planning: Planning SEND services}
                lawful_basis: {article6: ["6(1)(e)"], article9: ["9(2)(h)"]}
                datasets:
                  - {name: community_health, provider: NHS Synthshire ICB, fields: [nhs_number, dob], facts: [referral]}
                access: [{role: board, granularity: aggregate}]
                start: 2026-01-01
                review: 2026-12-01
                end: 2027-12-31
                retention: P2Y
                """);
    }

    @Test
    void agreementsListsStatusAndWarnsBeforeReview() {
        Run r = run("agreements", area.toString(), "--on", "2026-11-10");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("health-send-2026").contains("active").contains("WARNING: agreement health-send-2026 is due for review on 2026-12-01 (in 21 days)");
        assertThat(run("agreements", area.toString(), "--on", "2026-06-01").out()).doesNotContain("WARNING");
    }

    @Test
    void dpiaWritesTheDataFlowsAndFlagsSourcesWithoutAgreement() throws IOException {
        Run r = run("dpia", area.toString(), "--on", "2026-11-10");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("no agreement covers source yot");
        String md = Files.readString(area.resolve("dpia-data-flows.md"));
        assertThat(md).contains("### community_health from NHS Synthshire ICB under health-send-2026")
                .contains("`nhs_number`, `dob`").contains("discarded at ingest (not in the agreement):** `address`")
                .contains("Art. 9(2)(h) health or social care").contains("2 years from the extract date");
        Path html = tmp.resolve("dpia.html");
        assertThat(run("dpia", area.toString(), "-o", html.toString()).code()).isZero();
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<td>community_health</td>");
    }

    @Test
    void keysInitCreatesKeysOutsideTheAreaOnly() throws IOException {
        Path keys = tmp.resolve("secrets/keys.yaml");
        Run r = run("keys", "init", "--file", keys.toString(), "--area", area.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("health-send-2026").contains("check value");
        assertThat(Files.readString(keys)).contains("health-send-2026:");
        Run inside = run("keys", "init", "--file", area.resolve("keys.yaml").toString(), "--area", area.toString());
        assertThat(inside.code()).isNotZero();
        assertThat(inside.err()).contains("outside the area folder");
        assertThat(Files.exists(area.resolve("keys.yaml"))).isFalse();
    }

    @Test
    void auditVerifyAndReport() throws IOException {
        AuditLog log = AuditLog.open(area);
        log.append(AuditEvent.allowed("ana", Role.ANALYST, "send_planning", "view", "kpi:x", 10));
        log.append(AuditEvent.allowed("ana", Role.ANALYST, "send_planning", "export", "cohort:y", 20));
        assertThat(run("audit", "verify", area.toString()).out()).contains("intact: 2 entries");
        Run rep = run("audit", "report", area.toString());
        assertThat(rep.out()).contains("| ana | analyst | send_planning | 2 | 0 | 30 |").contains("Chain verified");

        List<String> lines = Files.readAllLines(log.file());
        Files.write(log.file(), List.of(lines.get(1), lines.get(0)));
        Run broken = run("audit", "verify", area.toString());
        assertThat(broken.code()).isEqualTo(2);
        assertThat(broken.err()).contains("BROKEN at line 1");
    }

    @Test
    void auditRepairSealsATornLastLineAndVerifyThenReportsIt() throws IOException {
        AuditLog log = AuditLog.open(area);
        log.append(AuditEvent.allowed("ana", Role.ANALYST, "send_planning", "view", "kpi:x", 10));
        Files.writeString(log.file(), "{\"seq\":2,\"ti", java.nio.file.StandardOpenOption.APPEND);
        Run torn = run("audit", "verify", area.toString());
        assertThat(torn.code()).isEqualTo(2);
        assertThat(torn.err()).contains("torn").contains("jigsaw audit repair");

        Run repair = run("audit", "repair", area.toString());
        assertThat(repair.code()).as(repair.err()).isZero();
        assertThat(repair.out()).contains("repaired: entry 2").contains("moved to audit/torn-after-1-").contains("intact: 2 entries")
                .contains("1 repair:");
        Run verify = run("audit", "verify", area.toString());
        assertThat(verify.code()).isZero();
        assertThat(verify.out()).contains("1 repair:").contains("cli:" + System.getProperty("user.name"));
        assertThat(run("audit", "repair", area.toString()).out()).contains("nothing to repair");
        assertThat(run("audit", "report", area.toString()).out()).contains("## Refused attempts").contains("None.");
    }

    @Test
    void auditRepairRefusesAnEditedLog() throws IOException {
        AuditLog log = AuditLog.open(area);
        log.append(AuditEvent.allowed("ana", Role.ANALYST, "send_planning", "view", "kpi:x", 10));
        log.append(AuditEvent.allowed("ana", Role.ANALYST, "send_planning", "view", "kpi:y", 10));
        Files.writeString(log.file(), Files.readString(log.file()).replace("kpi:x", "kpi:z"));
        Run r = run("audit", "repair", area.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("seals only a torn last line");
    }

    @Test
    void usersAddListRemove() throws IOException {
        java.io.InputStream old = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("a-long-enough-password\n".getBytes()));
            Run add = run("users", "add", area.toString(), "ops1", "--role", "operational", "--remit", "north,south", "--password-stdin");
            assertThat(add.code()).as(add.err()).isZero();
            System.setIn(new java.io.ByteArrayInputStream("short\n".getBytes()));
            assertThat(run("users", "add", area.toString(), "x", "--role", "admin", "--password-stdin").err()).contains("too short");
        } finally {
            System.setIn(old);
        }
        assertThat(run("users", "list", area.toString()).out()).contains("ops1").contains("operational").contains("north, south");
        assertThat(org.jigsaw.govern.Users.load(area).authenticate("ops1", "a-long-enough-password".toCharArray())).isPresent();
        assertThat(Files.readString(area.resolve("users.yaml"))).doesNotContain("a-long-enough-password");
        assertThat(run("users", "remove", area.toString(), "ops1").code()).isZero();
        assertThat(org.jigsaw.govern.Users.load(area).all()).isEmpty();
    }
}
