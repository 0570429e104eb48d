package org.jigsaw.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jigsaw.govern.AccessRequest;
import org.jigsaw.govern.AgreementSet;
import org.jigsaw.govern.AuditEntry;
import org.jigsaw.govern.AuditLog;
import org.jigsaw.govern.AuditReport;
import org.jigsaw.govern.PolicyGate;
import org.jigsaw.govern.Role;
import org.jigsaw.keys.KeyFile;
import org.jigsaw.privacy.Pseudonyms;
import org.jigsaw.web.fixture.SnapshotFixture;
import org.jigsaw.store.Snapshot;
import org.jigsaw.web.support.AuditTail;
import org.jigsaw.web.support.OwnServer;
import org.jigsaw.web.support.TestArea;
import org.jigsaw.web.support.WebClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the audit log says of web reads, as the DPO's report reads it: a child's records counted as
 * an individual record, and every page of figures under the purpose its agreement grants.
 */
@ExtendWith(OwnServer.class)
class ChildAuditTest {
    private static PolicyGate gate;
    private static String pseudonym;

    @BeforeAll
    static void setUp() throws Exception {
        SnapshotFixture.Made standard = TestArea.standardArea();
        gate = new PolicyGate(AgreementSet.load(standard.area()), Clock.systemDefaultZone());
        pseudonym = firstPseudonym(standard);
    }

    /** The pseudonym, under the agreement granting direct care, of the snapshot's first person. */
    static String firstPseudonym(SnapshotFixture.Made area) throws Exception {
        String agreement = new PolicyGate(AgreementSet.load(area.area()), Clock.systemDefaultZone())
                .decide(AccessRequest.individual("operational", Role.OPERATIONAL, "direct_care", null)).agreement();
        try (Snapshot s = Snapshot.open(area.snapshots().get(area.snapshots().size() - 1))) {
            String personId = s.query("SELECT person_id FROM person ORDER BY person_id LIMIT 1", rs -> rs.getString(1)).get(0);
            return Pseudonyms.forAgreement(KeyFile.load(area.keyFile()), agreement).of(personId);
        }
    }

    @Test
    void aChildViewCountsAsAnIndividualRecordInTheDposReport(TestArea area) throws Exception {
        WebClient c = new WebClient(area.base());
        c.signIn("operational", "operational-demo");
        AuditTail tail = AuditTail.from(area.made.area());
        assertThat(c.submit("/child", "/child", Map.of("id", pseudonym, "purpose", "direct_care", "reason", "case 7")).statusCode()).isEqualTo(200);
        assertThat(c.get("/api/child/" + pseudonym + "?purpose=direct_care").statusCode()).isEqualTo(200);
        List<AuditEntry> views = tail.entries().stream().filter(e -> e.action().endsWith("child_view")).toList();
        assertThat(views).hasSize(2).allSatisfy(e -> assertThat(e.what()).startsWith("person:" + pseudonym));

        AuditReport.Line line = AuditReport.of(tail.entries()).lines().stream()
                .filter(l -> l.user().equals("operational") && "direct_care".equals(l.purpose())).findFirst().orElseThrow();
        assertThat(line.individual()).isEqualTo(2);
    }

    @Test
    void pagesOfFiguresAreAuditedUnderThePurposeTheAgreementsGrantTheRole(TestArea area) throws Exception {
        WebClient board = new WebClient(area.base());
        board.signIn("board", "board-demo");
        WebClient analyst = new WebClient(area.base());
        analyst.signIn("analyst", "analyst-demo");
        WebClient admin = new WebClient(area.base());
        admin.signIn("admin", "admin-demo");
        AuditTail tail = AuditTail.from(area.made.area());
        assertThat(board.get("/overview").statusCode()).isEqualTo(200);
        assertThat(board.get("/api/cohorts").statusCode()).isEqualTo(200);
        assertThat(analyst.get("/data-quality").statusCode()).isEqualTo(200);
        assertThat(admin.get("/agreements").statusCode()).isEqualTo(200);

        List<AuditEntry> boardViews = tail.entries().stream().filter(e -> e.user().equals("board") && e.allowed()
                && (e.action().equals("view") || e.action().equals("api"))).toList();
        assertThat(boardViews).hasSize(2).allSatisfy(e -> {
            assertThat(e.purpose()).isEqualTo("send_planning");
            assertThat(gate.decide(AccessRequest.aggregate("board", Role.BOARD, e.purpose(), null)).allowed()).isTrue();
        });
        assertThat(tail.of("analyst", "view")).singleElement().satisfies(e -> assertThat(e.purpose()).isEqualTo("data_quality"));
        assertThat(gate.decide(AccessRequest.aggregate("analyst", Role.ANALYST, "data_quality", null)).allowed()).isTrue();
        // the agreements page reads no shared dataset: no agreement purpose applies
        assertThat(tail.of("admin", "view")).singleElement().satisfies(e -> assertThat(e.purpose()).isNull());
    }

    /** The server's own reads, refusals and sign-ins, then the chain checked end to end (no other test writes to this log). */
    @Test
    void theAuditLogOfTheWebStaysIntact(TestArea area) throws Exception {
        AuditTail tail = AuditTail.from(area.made.area());
        WebClient board = new WebClient(area.base());
        board.signIn("board", "board-demo");
        assertThat(board.get("/overview").statusCode()).isEqualTo(200);
        assertThat(board.get("/child").statusCode()).isEqualTo(403);
        assertThat(new WebClient(area.base()).signIn("analyst", "wrong").statusCode()).isEqualTo(401);
        assertThat(tail.entries()).as("what this test wrote").hasSizeGreaterThanOrEqualTo(3);
        assertThat(AuditLog.open(area.made.area()).verify().intact()).isTrue();
    }
}
