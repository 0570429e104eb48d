package org.jigsaw.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jigsaw.govern.AuditEntry;
import org.jigsaw.web.support.AuditTail;
import org.jigsaw.web.support.OwnServer;
import org.jigsaw.web.support.TestArea;
import org.jigsaw.web.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** From a count to the children behind it, and one click on to a child: operational only, purpose asked once, every look audited. */
@ExtendWith(OwnServer.class)
class DrillThroughTest {
    private static final Pattern CHILD_LINK = Pattern.compile("href=\"(/people/child/P[A-Z2-7]{16})\"");

    @Test
    void operationalGoesFromTheOverviewToAChildInThreeStepsWithThePurposeAskedOnceAndEveryLookAudited(TestArea area) throws Exception {
        WebClient c = new WebClient(area.base());
        c.signIn("operational", "operational-demo");
        AuditTail tail = AuditTail.from(area.made.area());

        // 1: the count on the Overview links to the children
        String overview = c.get("/overview").body();
        String list = "/people/cohort/vulnerable_ehcp_cpp_exploitation";
        assertThat(overview).contains("href=\"" + list + "\"");
        // 2: the first time, the purpose and reason; then straight back to the list
        String form = c.get(list).body();
        assertThat(form).contains("Why you need these records").contains("name=\"next\" value=\"" + list + "\"");
        HttpResponse<String> stated = c.post("/people/purpose", Map.of("_csrf", WebClient.csrf(form), "purpose", "direct_care",
                "reason", "panel 12", "next", list));
        assertThat(stated.statusCode()).isEqualTo(303);
        assertThat(stated.headers().firstValue("Location")).hasValue(list);
        String members = c.get("/people/cohort/send_known_to_social_care_or_yj?sort=age").body();
        assertThat(members).contains("Children in SEND known to social care or youth justice").contains("Days waiting").contains("Latest event")
                .doesNotContain("Why you need these records");
        // 3: a child, without being asked again
        Matcher m = CHILD_LINK.matcher(members);
        assertThat(m.find()).isTrue();
        String child = c.get(m.group(1)).body();
        assertThat(child).contains("Timeline").doesNotContain("Why you need these records");

        List<AuditEntry> purpose = tail.of("operational", "purpose_stated");
        assertThat(purpose).hasSize(1);
        assertThat(purpose.get(0).what()).contains("reason: panel 12").contains("(");
        List<AuditEntry> lists = tail.of("operational", "cohort_members");
        assertThat(lists).hasSize(1);
        assertThat(lists.get(0).what()).startsWith("people:cohort:send_known_to_social_care_or_yj (").endsWith("reason: panel 12");
        assertThat(lists.get(0).rows()).isPositive();
        List<AuditEntry> views = tail.of("operational", "child_view");
        assertThat(views).hasSize(1);
        assertThat(views.get(0).what()).startsWith("person:" + m.group(1).substring("/people/child/".length()));
    }

    @Test
    void theBoardSeesNoLinkToIndividualsAndIsRefusedTheList(TestArea area) throws Exception {
        WebClient c = new WebClient(area.base());
        c.signIn("board", "board-demo");
        for (String page : new String[] {"/overview", "/vulnerable", "/cohorts"}) assertThat(c.get(page).body()).doesNotContain("/people/");
        AuditTail tail = AuditTail.from(area.made.area());
        assertThat(c.get("/people/cohort/vulnerable_ehcp_cpp_exploitation").statusCode()).isEqualTo(403);
        assertThat(tail.of("board", "forbidden")).hasSize(1);
    }

    @Test
    void aPurposeNoAgreementGrantsIsRefusedAndNotRecordedAsTyped(TestArea area) throws Exception {
        WebClient c = new WebClient(area.base());
        c.signIn("operational", "operational-demo");
        String form = c.get("/people/cohort/ehc_plan").body();
        AuditTail tail = AuditTail.from(area.made.area());
        HttpResponse<String> r = c.post("/people/purpose", Map.of("_csrf", WebClient.csrf(form), "purpose", "curiosity", "reason", "x",
                "next", "https://evil.example/"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("govuk-error-summary").contains("href=\"#p-purpose-0\"");
        assertThat(tail.of("operational", "purpose_stated")).singleElement().satisfies(e -> {
            assertThat(e.allowed()).isFalse();
            assertThat(e.what()).doesNotContain("curiosity");
        });
    }
}
