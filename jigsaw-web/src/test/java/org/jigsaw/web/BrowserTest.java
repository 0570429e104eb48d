package org.jigsaw.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jigsaw.govern.AccessRequest;
import org.jigsaw.govern.AgreementSet;
import org.jigsaw.govern.AuditLog;
import org.jigsaw.govern.PolicyGate;
import org.jigsaw.govern.Role;
import org.jigsaw.keys.KeyFile;
import org.jigsaw.privacy.Pseudonyms;
import org.jigsaw.store.Snapshot;
import org.jigsaw.web.review.DecisionFile;
import org.jigsaw.web.support.Browser;
import org.jigsaw.web.support.TestArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Real headless Chromium (Debian's, through Debian's ChromeDriver; nothing downloaded) against a
 * real server: every role signs in and opens every page it is offered, axe-core checks each page,
 * and the key journeys — filter, CSV export, review decision, child view, refusal — are driven.
 */
class BrowserTest {
    private TestArea area;
    private Browser browser;
    private ChromeDriver driver;

    /** Each test its own server over its own copy of the standard area, and a fresh browser (no cookies, no history). */
    @BeforeEach
    void start() throws Exception {
        area = TestArea.standard();
        browser = Browser.start(area.base());
        driver = browser.driver;
    }

    @AfterEach
    void stop() {
        if (browser != null) browser.close();
        area.close();
    }

    private List<String> navLinks() {
        return driver.findElements(By.cssSelector(".govuk-service-navigation__link")).stream().map(e -> e.getAttribute("href")).toList();
    }

    @Test
    void everyRoleOpensEveryPageItIsOfferedAndEachPassesAxe() throws Exception {
        for (Role role : Role.values()) {
            browser.signIn(role.key());
            List<String> links = navLinks();
            assertThat(links).isNotEmpty();
            for (String href : links) {
                driver.get(href);
                String path = URI.create(href).getPath();
                assertThat(driver.findElement(By.tagName("h1")).getText()).as(path).isNotBlank();
                assertThat(driver.getPageSource()).as(path).doesNotContain("You do not have access");
                // axe once per page, as the role that sees most of it; the others only open it
                if (role == Role.ADMIN || path.equals("/child")) {
                    browser.axe(role.key() + " " + path);
                    assertThat(browser.clippedChartLabels()).as(path + ": chart labels drawn outside their chart (cut off)").isEmpty();
                    assertThat(browser.navigationRows()).as(path + ": the navigation stays on one line on a desktop").isLessThanOrEqualTo(1);
                    browser.shot(role.key() + path.replace('/', '-'));
                }
            }
            boolean quality = role != Role.BOARD;
            assertThat(links.stream().anyMatch(h -> h.endsWith("/data-quality"))).as(role + " offered data quality").isEqualTo(quality);
            assertThat(links.stream().anyMatch(h -> h.endsWith("/child"))).as(role + " offered child view")
                    .isEqualTo(role == Role.OPERATIONAL || role == Role.ADMIN);
            assertThat(links.stream().anyMatch(h -> h.endsWith("/audit"))).as(role + " offered audit").isEqualTo(role == Role.ADMIN);
            browser.signOut();
        }
        driver.get(area.base() + "/sign-in");
        browser.axe("sign-in");
    }

    @Test
    void boardFiltersCohortsAndExportsTheSameSuppressedTable() throws Exception {
        browser.signIn("board");
        driver.get(area.base() + "/cohorts");
        new Select(driver.findElement(By.id("f-age"))).selectByVisibleText("11 to 15");
        browser.submit(By.cssSelector("form.jigsaw-filters button"));
        assertThat(driver.getCurrentUrl()).contains("age=11+to+15");
        assertThat(driver.findElement(By.cssSelector("#cohorts caption")).getText()).contains("aged 11 to 15");
        List<String> screen = new ArrayList<>();
        for (WebElement row : driver.findElements(By.cssSelector("#cohorts tbody tr"))) {
            screen.add(row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).collect(Collectors.joining("|")));
        }
        for (String line : screen) {
            String count = line.substring(line.lastIndexOf('|') + 1).replace(",", "");
            assertThat(count.equals("*") || Long.parseLong(count) % 5 == 0).as("disclosed count " + count).isTrue();
        }
        String href = driver.findElement(By.cssSelector("a[href^='/export/cohorts/cohorts.csv']")).getAttribute("href");
        String cookie = driver.manage().getCookieNamed("jigsaw_session").getValue();
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "jigsaw_session=" + cookie).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        List<List<String>> records = new ArrayList<>();
        try (var reader = de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(csv.body())) {
            reader.forEach(rec -> records.add(rec.getFields()));
        }
        assertThat(records.get(0)).containsExactly("cohort", "group", "count");
        List<String> fromCsv = records.subList(1, records.size()).stream().map(r -> String.join("|", r)).toList();
        assertThat(fromCsv).isEqualTo(screen);
        browser.shot("board-cohorts-filtered");
        browser.signOut();
    }

    @Test
    void analystAcceptsAReviewPairAndTheDecisionIsStoredForTheNextRefresh() throws Exception {
        browser.signIn("analyst");
        driver.get(area.base() + "/review");
        String pair = driver.findElement(By.cssSelector("input[name='pair']")).getAttribute("value");
        assertThat(driver.findElement(By.id("pair")).getText()).contains("Record A").contains("Record B");
        driver.findElement(By.id("decision-match")).click();
        browser.submit(By.cssSelector("form[action='/review'] button"));
        assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText()).contains(pair);
        browser.axe("analyst review after decision");
        List<String> lines = Files.readAllLines(area.made.area().resolve(DecisionFile.RELATIVE));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"decision\":\"CLERICAL_MATCH\"").contains("\"reviewer\":\"analyst\""));
        if (driver.findElements(By.cssSelector("input[name='pair']")).size() > 0) {
            assertThat(driver.findElement(By.cssSelector("input[name='pair']")).getAttribute("value")).isNotEqualTo(pair);
        }
        browser.shot("analyst-review-saved");
        browser.signOut();
    }

    @Test
    void operationalOpensAChildViewWithAPurposeAndTheLookIsAudited() throws Exception {
        Path areaDir = area.made.area();
        String agreement = new PolicyGate(AgreementSet.load(areaDir), Clock.systemDefaultZone())
                .decide(AccessRequest.individual("operational", Role.OPERATIONAL, "direct_care", null)).agreement();
        String personId;
        try (Snapshot s = Snapshot.open(area.made.snapshots().get(area.made.snapshots().size() - 1))) {
            personId = s.query("SELECT person_id FROM person WHERE records >= 3 ORDER BY person_id LIMIT 1", rs -> rs.getString(1)).get(0);
        }
        String pseudonym = Pseudonyms.forAgreement(KeyFile.load(area.made.keyFile()), agreement).of(personId);
        browser.signIn("operational");
        driver.get(area.base() + "/child");
        driver.findElement(By.id("child-id")).sendKeys(pseudonym);
        driver.findElement(By.cssSelector("input[name='purpose'][value='direct_care']")).click();
        driver.findElement(By.id("reason")).sendKeys("Team around the child meeting 14");
        browser.submit(By.cssSelector("form[action='/child'] button"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(pseudonym);
        assertThat(driver.getPageSource()).doesNotContain(personId);
        assertThat(driver.findElements(By.cssSelector("#records tbody tr"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(driver.findElements(By.cssSelector(".jigsaw-timeline li"))).isNotEmpty();
        browser.axe("operational child view");
        browser.shot("operational-child-view");
        assertThat(AuditLog.open(areaDir).entries()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("child_view");
            assertThat(e.purpose()).isEqualTo("direct_care");
            assertThat(e.what()).contains(pseudonym).doesNotContain(personId);
        });
        browser.signOut();
    }

    @Test
    void boardIsRefusedTheChildViewAndTheRefusalIsAudited() throws Exception {
        browser.signIn("board");
        driver.get(area.base() + "/child");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("You do not have access to this page");
        assertThat(driver.findElements(By.id("child-id"))).isEmpty();
        browser.axe("board refused");
        browser.shot("board-child-refused");
        assertThat(AuditLog.open(area.made.area()).entries()).anySatisfy(e -> {
            assertThat(e.user()).isEqualTo("board");
            assertThat(e.allowed()).isFalse();
            assertThat(e.what()).contains("/child");
        });
        browser.signOut();
    }
}
