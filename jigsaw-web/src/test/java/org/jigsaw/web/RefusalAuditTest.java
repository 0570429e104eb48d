package org.jigsaw.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jigsaw.govern.AuditEntry;
import org.jigsaw.web.support.AuditTail;
import org.jigsaw.web.support.OwnServer;
import org.jigsaw.web.support.TestArea;
import org.jigsaw.web.support.WebClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every refused request leaves a refused entry in the area's audit log: wrong or missing purpose, no reason, a forged form. */
@ExtendWith(OwnServer.class)
class RefusalAuditTest {
    private static String pseudonym;

    @BeforeAll
    static void setUp() throws Exception {
        pseudonym = ChildAuditTest.firstPseudonym(TestArea.standardArea());
    }

    private static WebClient operational(TestArea area) throws Exception {
        WebClient c = new WebClient(area.base());
        c.signIn("operational", "operational-demo");
        return c;
    }

    private static AuditEntry onlyRefusal(AuditTail tail, String user, String action) throws Exception {
        List<AuditEntry> e = tail.of(user, action);
        assertThat(e).as(user + " " + action).hasSize(1);
        assertThat(e.get(0).allowed()).isFalse();
        return e.get(0);
    }

    @Test
    void aChildViewForAPurposeNoAgreementGrantsIsAuditedWithoutTheTypedText(TestArea area) throws Exception {
        WebClient c = operational(area);
        AuditTail tail = AuditTail.from(area.made.area());
        HttpResponse<String> r = c.submit("/child", "/child", Map.of("id", pseudonym, "purpose", "marketing", "reason", "case 12"));
        assertThat(r.statusCode()).isEqualTo(400);
        AuditEntry e = onlyRefusal(tail, "operational", "child_view");
        assertThat(e.purpose()).as("a purpose no agreement lists is not copied into the log").isNull();
        assertThat(e.what()).contains("/child").contains("refused").doesNotContain("marketing").doesNotContain(pseudonym);
    }

    @Test
    void aChildViewWithoutPurposeOrReasonIsAudited(TestArea area) throws Exception {
        WebClient c = operational(area);
        AuditTail tail = AuditTail.from(area.made.area());
        assertThat(c.submit("/child", "/child", Map.of("id", pseudonym, "reason", "case 12")).statusCode()).isEqualTo(400);
        assertThat(onlyRefusal(tail, "operational", "child_view").what()).contains("no purpose stated");

        AuditTail again = AuditTail.from(area.made.area());
        assertThat(c.submit("/child", "/child", Map.of("id", pseudonym, "purpose", "direct_care", "reason", " ")).statusCode()).isEqualTo(400);
        AuditEntry e = onlyRefusal(again, "operational", "child_view");
        assertThat(e.purpose()).isEqualTo("direct_care");
        assertThat(e.what()).contains("Give a reason");
    }

    @Test
    void theChildApiWithAWrongPurposeIsAudited(TestArea area) throws Exception {
        WebClient c = operational(area);
        AuditTail tail = AuditTail.from(area.made.area());
        assertThat(c.get("/api/child/" + pseudonym + "?purpose=marketing").statusCode()).isEqualTo(400);
        assertThat(onlyRefusal(tail, "operational", "api_child_view").what()).contains("/api/child").doesNotContain("marketing");
    }

    @Test
    void cohortMembersWithAWrongPurposeAreAudited(TestArea area) throws Exception {
        WebClient c = operational(area);
        AuditTail tail = AuditTail.from(area.made.area());
        HttpResponse<String> r = c.submit("/child", "/child/members", Map.of("cohort", "ehc_plan", "purpose", "send_planning", "reason", "panel"));
        assertThat(r.statusCode()).isEqualTo(400);
        AuditEntry e = onlyRefusal(tail, "operational", "cohort_members");
        assertThat(e.purpose()).as("send_planning is not granted for individual children").isNull();
        assertThat(e.what()).contains("/child/members");
    }

    @Test
    void formsWithAForgedCsrfTokenAreAudited(TestArea area) throws Exception {
        WebClient c = new WebClient(area.base());
        c.signIn("analyst", "analyst-demo");
        AuditTail tail = AuditTail.from(area.made.area());
        assertThat(c.post("/review", Map.of("_csrf", "forged", "pair", "RX", "decision", "match")).statusCode()).isEqualTo(403);
        AuditEntry e = onlyRefusal(tail, "analyst", "csrf_refused");
        assertThat(e.role()).isEqualTo("analyst");
        assertThat(e.what()).isEqualTo("POST /review");

        WebClient fresh = new WebClient(area.base());
        fresh.get("/sign-in");
        AuditTail signIn = AuditTail.from(area.made.area());
        assertThat(fresh.post("/sign-in", Map.of("username", "board", "password", "board-demo", "_csrf", "forged")).statusCode()).isEqualTo(403);
        assertThat(onlyRefusal(signIn, "board", "csrf_refused").what()).isEqualTo("/sign-in");
    }
}
