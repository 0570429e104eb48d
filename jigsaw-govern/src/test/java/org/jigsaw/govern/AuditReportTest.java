package org.jigsaw.govern;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Individual records are counted from what every writer records, and refusals are listed one by one. */
class AuditReportTest {
    @TempDir
    Path area;

    @Test
    void countsOneRecordPerPersonAccessAndTheRowsOfEachBulkReadAndListsRefusals() throws Exception {
        AuditLog log = AuditLog.open(area, Clock.systemUTC(), null);
        // the web: one child's record; the command line: a cohort's member list and an export of the record table
        log.append(AuditEvent.allowed("ops", Role.OPERATIONAL, "direct_care", "child_view", AuditEvent.PERSON + "PABCD", 12));
        log.append(AuditEvent.allowed("cli:op", Role.ADMIN, "direct_care", "cohort --members", AuditEvent.PEOPLE + "cohort ehc_plan", 40));
        log.append(AuditEvent.allowed("cli:op", Role.ADMIN, "direct_care", "export", AuditEvent.PEOPLE + "table record", 250));
        log.append(AuditEvent.allowed("cli:op", Role.ADMIN, "direct_care", "export", "table kpi_value", 900));
        log.append(AuditEvent.denied("cli:op", Role.ADMIN, "send_planning", "export", AuditEvent.PEOPLE + "table record"));
        // the web's clerical review shows two linked records; its member list names the people it listed
        log.append(AuditEvent.allowed("analyst", Role.ANALYST, "linkage_review", "REVIEW_VIEW",
                AuditEvent.RECORD + "PAAAA " + AuditEvent.RECORD + "PBBBB pair:RCCCC (review)", 2));
        log.append(AuditEvent.allowed("ops", Role.OPERATIONAL, "direct_care", "COHORT_MEMBERS", AuditEvent.PEOPLE + "cohort:ehc_plan (dsa) reason: x", 30));

        AuditReport r = AuditReport.of(log.entries());
        AuditReport.Line cli = r.lines().stream().filter(l -> l.user().equals("cli:op") && l.purpose().equals("direct_care"))
                .findFirst().orElseThrow();
        assertThat(cli.individual()).isEqualTo(290);
        assertThat(r.lines().stream().filter(l -> l.user().equals("ops")).findFirst().orElseThrow().individual()).isEqualTo(31);
        assertThat(r.lines().stream().filter(l -> l.user().equals("analyst")).findFirst().orElseThrow().individual()).isEqualTo(2);
        assertThat(r.refusals()).singleElement().extracting(AuditEntry::seq).isEqualTo(5L);
        assertThat(r.toMarkdown()).contains("## Refused attempts")
                .contains("| 5 | ").contains("| cli:op | admin | send_planning | export | people:table record |");
    }
}
