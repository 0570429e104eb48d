package org.jigsaw.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jigsaw.web.fixture.SnapshotEdits;
import org.jigsaw.web.review.DecisionFile;
import org.jigsaw.web.support.AuditTail;
import org.jigsaw.web.support.OwnServer;
import org.jigsaw.web.support.TestArea;
import org.jigsaw.web.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Human words on the pages, a refresh picking up cohorts.yaml, and the review queue's guard
 * against merging twins — on an area of its own (the test adds a snapshot with a twin pair).
 */
class WordsAndReviewTest {
    private static final Pattern PAIR = Pattern.compile("name=\"pair\" value=\"(R[A-Z2-7]{16})\"");
    /** Each test its own server over its own copy of the area: a refresh one test makes is not another's starting point. */
    @RegisterExtension
    static final OwnServer SERVER = OwnServer.ofArea(400);

    private static WebClient as(TestArea area, String role) throws Exception {
        WebClient c = new WebClient(area.base());
        assertThat(c.signIn(role, role + "-demo").statusCode()).isEqualTo(303);
        return c;
    }

    @Test
    void pagesSpeakInWordsNotCodes(TestArea area) throws Exception {
        WebClient admin = as(area, "admin");
        String agreements = admin.get("/agreements").body();
        assertThat(agreements).doesNotContain("LawfulBasis[").doesNotContain("P26Y").contains("26 years").contains("govuk-summary-card")
                .contains("Art. 6(1)(e) public task");
        String dq = admin.get("/data-quality").body();
        assertThat(dq).doesNotContain(">UNPARSEABLE_DOB<").doesNotContain(">COLUMN_COUNT<").contains("The date of birth cannot be read")
                .contains("Wrong number of columns").doesNotContain(">COMPLETENESS<");
        String audit = admin.get("/audit").body();
        assertThat(audit).as("times as people write them").containsPattern("\\d{1,2} [A-Z][a-z]+ \\d{4} at \\d{1,2}:\\d{2}[ap]m")
                .doesNotContainPattern(">\\d{4}-\\d{2}-\\d{2}T");
        WebClient board = as(area, "board");
        String cohorts = board.get("/cohorts?cohort=ehc_plan").body();
        assertThat(cohorts).as("primary needs by their DfE names").contains("Autistic spectrum disorder (ASD)");
    }

    @Test
    void theAuditLogFiltersByUserOutcomeAndDateAndSaysWhatIsWrongWithADate(TestArea area) throws Exception {
        as(area, "board").get("/child");    // a refusal by board, audited
        WebClient admin = as(area, "admin");
        String refused = admin.get("/audit?user=board&outcome=refused").body();
        String table = refused.substring(refused.indexOf("id=\"audit\""));
        assertThat(table).contains(">board<").contains("Refused").doesNotContain(">admin<").doesNotContain(">Allowed<");
        String bad = admin.get("/audit?from=31-02-2026").body();
        assertThat(bad).contains("govuk-error-summary").contains("href=\"#f-from\"").contains("id=\"f-from-error\"")
                .contains("value=\"31-02-2026\"");
        String future = admin.get("/audit?from=2100-01-01").body();
        assertThat(future.substring(future.indexOf("id=\"audit\""))).contains("No rows.");
    }

    @Test
    void childFormErrorsLinkToTheFieldTheyAreAbout(TestArea area) throws Exception {
        WebClient op = as(area, "operational");
        HttpResponse<String> r = op.submit("/child", "/child", Map.of("id", "", "reason", ""));
        assertThat(r.statusCode()).isEqualTo(400);
        String b = r.body();
        assertThat(b).contains("govuk-error-summary").contains("href=\"#child-id\">Enter the person ID").contains("href=\"#purpose-0\">Choose the purpose")
                .contains("href=\"#reason\">Give a reason").contains("id=\"child-id-error\"").contains("id=\"reason-error\"")
                .contains("id=\"purpose-0\"").contains("id=\"child-id\"").doesNotContain("P-7K3QH2M9XD4F");
        HttpResponse<String> m = op.submit("/child", "/child/members", Map.of("cohort", "ehc_plan", "reason", "panel 3"));
        assertThat(m.body()).contains("href=\"#m-purpose-0\">Choose the purpose").contains("id=\"m-purpose-0\"");
        String options = op.get("/child").body();
        assertThat(options).as("cohorts by title").doesNotContain(">send known to social care or yj<");
    }

    /** A new snapshot with a twin pair in review, and a cohorts.yaml retitling a cohort; then CURRENT switched, as a refresh does. */
    private static String refreshWithTwinsAndNewTitle(TestArea area) throws Exception {
        Path area0 = area.made.area();
        Files.writeString(area0.resolve("cohorts.yaml"), """
                cohorts:
                  - name: ehcp_slt
                    title: Plans that name speech and language therapy
                    group: Health
                    description: Children whose EHC plan specifies speech and language therapy.
                    where:
                      all:
                        - {cohort: ehc_plan}
                """);
        Path last = area.made.snapshots().get(area.made.snapshots().size() - 1);
        String name = last.getFileName().toString().replace("T06-00", "T07-00");
        Path next = last.resolveSibling(name);
        Files.copy(last, next, StandardCopyOption.REPLACE_EXISTING);
        SnapshotEdits.twinPairInReview(next);
        Files.writeString(area0.resolve("snapshots/CURRENT"), name + "\n");
        return name;
    }

    @Test
    void aRefreshPicksUpCohortsYamlWithoutARestart(TestArea area) throws Exception {
        WebClient board = as(area, "board");
        assertThat(board.get("/cohorts").body()).doesNotContain("Plans that name speech and language therapy");
        refreshWithTwinsAndNewTitle(area);
        String after = board.get("/cohorts?cohort=ehcp_slt").body();
        assertThat(after).contains("Plans that name speech and language therapy")
                .contains("Children whose EHC plan specifies speech and language therapy.");
    }

    @Test
    void aTwinPairComesFirstWithAWarningAndCannotBeAcceptedWithoutConfirmingIt(TestArea area) throws Exception {
        refreshWithTwinsAndNewTitle(area);
        WebClient analyst = as(area, "analyst");
        String page = analyst.get("/review").body();
        assertThat(page).contains("id=\"twin-warning\"").contains("Possible twins").contains("ISLA").contains("MIA")
                .contains("<strong>Differ:</strong> Given name").contains("Family name").contains("4 March 2015")
                .doesNotContain("-14.794567128300049").doesNotContain("E-4").doesNotContain(">null<")
                .contains("-14.79").contains("0.02%").contains("No level recorded").doesNotContain("1.000");
        Matcher m = PAIR.matcher(page);
        assertThat(m.find()).isTrue();
        String pair = m.group(1);
        Path file = area.made.area().resolve(DecisionFile.RELATIVE);

        HttpResponse<String> refused = analyst.submit("/review", "/review", Map.of("pair", pair, "decision", "match"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("govuk-error-summary").contains("href=\"#confirm-twin\"").contains("id=\"confirm-twin-error\"");
        assertThat(Files.exists(file) ? Files.readAllLines(file) : List.<String>of()).as("nothing saved").isEmpty();

        AuditTail tail = AuditTail.from(area.made.area());
        assertThat(analyst.submit("/review", "/review", Map.of("pair", pair, "decision", "non-match")).statusCode()).isEqualTo(303);
        String changeForm = analyst.get("/review?pair=" + pair).body();
        assertThat(changeForm).contains("Change decision").contains("Different children (kept apart)");
        assertThat(analyst.submit("/review?pair=" + pair, "/review", Map.of("pair", pair, "decision", "match", "confirm_twin", "yes")).statusCode())
                .isEqualTo(303);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("CLERICAL_MATCH");
        assertThat(tail.of("analyst", "review_decision_change")).singleElement()
                .satisfies(e -> assertThat(e.what()).startsWith("record:").contains("CLERICAL_NON_MATCH to CLERICAL_MATCH").doesNotContain("TWIN"));
    }
}
