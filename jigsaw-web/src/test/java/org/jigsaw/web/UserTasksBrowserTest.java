package org.jigsaw.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.jigsaw.govern.AccessRequest;
import org.jigsaw.govern.AgreementSet;
import org.jigsaw.govern.AuditEntry;
import org.jigsaw.govern.PolicyGate;
import org.jigsaw.govern.Role;
import org.jigsaw.keys.KeyFile;
import org.jigsaw.privacy.Pseudonyms;
import org.jigsaw.web.fixture.SnapshotEdits;
import org.jigsaw.web.fixture.SnapshotFixture;
import org.jigsaw.web.review.DecisionFile;
import org.jigsaw.web.support.AuditTail;
import org.jigsaw.web.support.Browser;
import org.jigsaw.web.support.TestArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Each user's task done in a real browser, end to end, as the acceptance states it: the
 * board finds the KPI that is off target and reads its trend; the operational manager reaches a
 * child in the Aurora cohort in three clicks, stating the purpose once, and the log holds both;
 * the analyst cannot accept a twin pair without the warning in view and a tick that they read it.
 * The area is this class's own: a target the area set and misses, an Aurora child within the
 * operational agreement, a twin pair in review (the generated fixture has these only by chance).
 */
class UserTasksBrowserTest {
    private static final String TIMELINESS = "% of EHC plans issued within 20 weeks of the request (last 12 months)";
    private static SnapshotFixture.Made made;
    private static String auroraPerson;
    private TestArea area;
    private Browser browser;

    @BeforeAll
    static void makeArea() throws Exception {
        Path root = Files.createTempDirectory("jigsaw-tasks");
        made = SnapshotFixture.make(root.resolve("area"), root.resolve("keys/keys.yaml"), 3000, 42);
        Path current = made.snapshots().get(made.snapshots().size() - 1);
        auroraPerson = SnapshotEdits.auroraChild(current, made.referenceDate());
        SnapshotEdits.twinPairInReview(current);
        SnapshotEdits.demandingTimelinessTarget(made.area());
    }

    /** Each task on a server of its own over its own copy of the area, in a fresh browser: the analyst's decision is in no other task's queue. */
    @BeforeEach
    void start() throws Exception {
        area = TestArea.copyOf(made);
        browser = Browser.start(area.base());
    }

    @AfterEach
    void stop() {
        if (browser != null) browser.close();
        area.close();
    }

    private List<WebElement> all(By by) {
        return browser.driver.findElements(by);
    }

    @Test
    void theBoardFindsTheKpiThatIsOffTargetAndReadsItsTrend() throws Exception {
        browser.signIn("board");
        List<WebElement> off = all(By.cssSelector(".jigsaw-card")).stream()
                .filter(card -> card.findElement(By.cssSelector(".govuk-tag")).getText().equals("Off target")).toList();
        assertThat(off).as("cards whose tag says Off target").extracting(c -> c.findElement(By.tagName("h3")).getText()).contains(TIMELINESS);
        WebElement card = off.stream().filter(c -> c.findElement(By.tagName("h3")).getText().equals(TIMELINESS)).findFirst().orElseThrow();
        assertThat(card.getText()).contains("Target: 90% or more");
        assertThat(card.findElement(By.cssSelector(".jigsaw-card__meaning")).getText()).startsWith("Misses the target of 90% or more");
        // the trend: a line drawn from every snapshot, and the same figures in words
        assertThat(card.findElements(By.cssSelector("svg.jigsaw-sparkline polyline"))).hasSize(1);
        assertThat(card.findElement(By.cssSelector("svg.jigsaw-sparkline polyline")).getAttribute("points").split(" ")).hasSize(3);
        String trend = card.findElement(By.cssSelector(".jigsaw-card__trend")).getText();
        assertThat(trend).startsWith("Trend: ");
        // the words say what the "KPIs by snapshot" table says, snapshot by snapshot
        WebElement row = all(By.cssSelector("#kpi-trends tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("th")).getText().equals(TIMELINESS)).findFirst().orElseThrow();
        List<String> figures = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertThat(figures).hasSize(3).allSatisfy(f -> assertThat(f).isNotBlank());
        String[] parts = trend.substring("Trend: ".length()).split(", ");
        assertThat(parts).hasSize(3);
        for (int i = 0; i < 3; i++) assertThat(parts[i]).endsWith(" " + figures.get(i));
        assertThat(browser.clicks()).as("found on the Overview without a click").isZero();
        browser.axe("board overview");
        browser.shot("task-board-off-target");
        browser.signOut();
    }

    @Test
    void theOperationalManagerReachesAnAuroraChildInThreeClicksStatingThePurposeOnce() throws Exception {
        Path areaDir = area.made.area();
        String agreement = new PolicyGate(AgreementSet.load(areaDir), Clock.systemDefaultZone())
                .decide(AccessRequest.individual("operational", Role.OPERATIONAL, "direct_care", null)).agreement();
        String pseudonym = Pseudonyms.forAgreement(KeyFile.load(area.made.keyFile()), agreement).of(auroraPerson);
        browser.signIn("operational");
        AuditTail tail = AuditTail.from(areaDir);

        // click 1: the Aurora card on the Overview leads to its children
        browser.follow(By.cssSelector(".jigsaw-card a[href='/people/cohort/" + SnapshotEdits.AURORA + "']"));
        assertThat(browser.h1()).isEqualTo("Why you need these records");
        browser.axe("purpose, asked once");
        // click 2: the purpose and reason, once
        browser.driver.findElement(By.cssSelector("input[name='purpose'][value='direct_care']")).click();
        browser.driver.findElement(By.id("p-reason")).sendKeys("Aurora panel 7");
        browser.submit(By.cssSelector("form[action='/people/purpose'] button"));
        assertThat(browser.driver.getCurrentUrl()).endsWith("/people/cohort/" + SnapshotEdits.AURORA);
        assertThat(browser.h1()).isEqualTo("Children in EHC plan + child protection plan + at risk of exploitation");
        browser.axe("Aurora children");
        browser.shot("task-operational-aurora-list");
        // click 3: the child
        browser.follow(By.cssSelector("#members a[href='/people/child/" + pseudonym + "']"));
        assertThat(browser.h1()).isEqualTo(pseudonym);
        assertThat(browser.driver.findElement(By.cssSelector(".jigsaw-timeline")).getText()).contains("Child protection plan");
        assertThat(browser.driver.getPageSource()).doesNotContain(auroraPerson).doesNotContain("Why you need these records");
        assertThat(browser.clicks()).as("link clicks and form submits from the Overview to the child").isLessThanOrEqualTo(3);
        browser.axe("Aurora child view");
        browser.shot("task-operational-aurora-child");

        List<AuditEntry> purpose = tail.of("operational", "purpose_stated");
        assertThat(purpose).singleElement().satisfies(e -> {
            assertThat(e.allowed()).isTrue();
            assertThat(e.purpose()).isEqualTo("direct_care");
            assertThat(e.what()).contains("(" + agreement + ")").contains("reason: Aurora panel 7");
        });
        assertThat(tail.of("operational", "cohort_members")).singleElement()
                .satisfies(e -> assertThat(e.what()).startsWith("people:cohort:" + SnapshotEdits.AURORA + " (" + agreement + ")"));
        assertThat(tail.of("operational", "child_view")).singleElement().satisfies(e -> {
            assertThat(e.what()).startsWith("person:" + pseudonym).doesNotContain(auroraPerson);
            assertThat(e.purpose()).isEqualTo("direct_care");
        });
        browser.signOut();
    }

    @Test
    void theAnalystCannotAcceptATwinPairWithoutSeeingTheWarningAndTickingIt() throws Exception {
        Path file = area.made.area().resolve(DecisionFile.RELATIVE);
        browser.signIn("analyst");
        AuditTail tail = AuditTail.from(area.made.area());
        browser.follow(By.cssSelector(".govuk-service-navigation__link[href='/review']"));
        WebElement warning = browser.driver.findElement(By.id("twin-warning"));
        assertThat(warning.isDisplayed()).isTrue();
        assertThat(warning.getText()).contains("Possible twins");
        assertThat(browser.driver.findElement(By.id("pair")).getText()).contains("ISLA").contains("MIA").contains("NOWAK");
        // the warning sits above the decision, so it is read before deciding
        assertThat(warning.getLocation().getY()).isLessThan(browser.driver.findElement(By.id("decision-match")).getLocation().getY());
        browser.axe("review, twin pair first");
        browser.shot("task-analyst-twin-warning");

        browser.driver.findElement(By.id("decision-match")).click();
        assertThat(browser.driver.findElement(By.id("confirm-twin")).isSelected()).isFalse();
        browser.submit(By.cssSelector("form[action='/review'] button"));
        assertThat(browser.driver.getTitle()).startsWith("Error:");
        WebElement summary = browser.driver.findElement(By.cssSelector(".govuk-error-summary"));
        assertThat(summary.findElement(By.cssSelector("a[href='#confirm-twin']")).getText()).contains("Confirm that another identifier shows");
        assertThat(browser.driver.findElement(By.id("confirm-twin-error")).isDisplayed()).isTrue();
        assertThat(Files.exists(file) ? Files.readAllLines(file) : List.<String>of()).as("refused: no decision saved").isEmpty();
        assertThat(tail.of("analyst", "review_decision")).singleElement()
                .satisfies(e -> assertThat(e.allowed()).isFalse());
        browser.axe("review, twin refused without the tick");
        browser.shot("task-analyst-twin-refused");

        browser.driver.findElement(By.id("decision-match")).click();
        browser.driver.findElement(By.cssSelector("label[for='confirm-twin']")).click();
        browser.submit(By.cssSelector("form[action='/review'] button"));
        assertThat(browser.driver.findElement(By.cssSelector(".govuk-notification-banner--success")).isDisplayed()).isTrue();
        assertThat(Files.readAllLines(file)).singleElement().satisfies(l -> assertThat(l).contains("\"left_key\":\"school_census:TWIN-A\"")
                .contains("\"right_key\":\"cin:TWIN-B\"").contains("\"decision\":\"CLERICAL_MATCH\"").contains("\"reviewer\":\"analyst\""));
        assertThat(tail.of("analyst", "review_decision")).filteredOn(AuditEntry::allowed).hasSize(1);
        browser.axe("review, twin accepted with the tick");
        browser.signOut();
    }
}
