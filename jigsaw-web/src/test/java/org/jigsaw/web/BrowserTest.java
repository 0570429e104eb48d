package org.jigsaw.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jigsaw.govern.AccessRequest;
import org.jigsaw.govern.AgreementSet;
import org.jigsaw.govern.AuditLog;
import org.jigsaw.govern.PolicyGate;
import org.jigsaw.govern.Role;
import org.jigsaw.privacy.KeyFile;
import org.jigsaw.privacy.Pseudonyms;
import org.jigsaw.web.review.DecisionFile;
import org.jigsaw.web.snapshot.Snapshot;
import org.jigsaw.web.support.TestArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium (Debian's, through Debian's ChromeDriver; nothing downloaded) against a
 * real server: every role signs in and opens every page it is offered, axe-core checks each page,
 * and the key journeys — filter, CSV export, review decision, child view, refusal — are driven.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target/screenshots");
    private static ChromeDriver driver;
    private static TestArea area;
    private static Path profile;

    @BeforeAll
    static void startBrowser() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "browser tests skipped: /usr/bin/chromium is absent (./run-tests installs Debian chromium and chromium-driver)");
        area = TestArea.shared();
        profile = Files.createTempDirectory("jigsaw-chromium");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) driver.quit();
    }

    /** Clicks a submit button and waits for the next page to replace this one. */
    private static void submit(By button) {
        WebElement html = driver.findElement(By.tagName("html"));
        driver.findElement(button).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> replaced(html));
    }

    /**
     * Whether the page holding {@code html} has gone. Mid-navigation chromedriver sometimes answers
     * "Node with given id does not belong to the document" instead of a stale-element error: the
     * same fact, said differently.
     */
    private static boolean replaced(WebElement html) {
        try {
            html.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) return true;
            throw e;
        }
    }

    private static void signIn(String user) {
        driver.manage().deleteAllCookies();
        driver.get(area.base() + "/sign-in");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user + "-demo");
        submit(By.cssSelector("form[action='/sign-in'] button"));
        assertThat(driver.getCurrentUrl()).as(user + " signed in: " + driver.findElements(By.cssSelector(".govuk-error-summary, h1")).stream()
                .map(WebElement::getText).toList()).endsWith("/overview");
    }

    private static void signOut() {
        submit(By.cssSelector("form[action='/sign-out'] button"));
        assertThat(driver.getCurrentUrl()).contains("/sign-in");
    }

    private static List<String> navLinks() {
        return driver.findElements(By.cssSelector(".govuk-service-navigation__link")).stream().map(e -> e.getAttribute("href")).toList();
    }

    private static void axe(String label) {
        Results r = new AxeBuilder().analyze(driver);
        List<Rule> bad = r.getViolations().stream().filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertThat(bad).as(label + ": serious/critical accessibility violations: "
                + bad.stream().map(v -> v.getId() + " (" + v.getNodes().size() + " nodes: " + v.getNodes().get(0).getTarget() + ")")
                .collect(Collectors.joining(", "))).isEmpty();
    }

    /**
     * Every text of every chart measured by the browser (its box in the SVG's own coordinates)
     * against the chart's viewBox: a label partly outside it is cut off on screen.
     */
    @SuppressWarnings("unchecked")
    private static List<String> clippedChartLabels() {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                const out = [];
                document.querySelectorAll('figure.jigsaw-chart svg').forEach(svg => {
                  const vb = svg.viewBox.baseVal;
                  svg.querySelectorAll('text').forEach(t => {
                    const b = t.getBBox();
                    if (b.width === 0) return;
                    if (b.x < vb.x - 0.5 || b.y < vb.y - 0.5 || b.x + b.width > vb.x + vb.width + 0.5 || b.y + b.height > vb.y + vb.height + 0.5)
                      out.push(svg.id + ': "' + t.textContent + '" at ' + [b.x, b.y, b.width, b.height].map(Math.round).join(','));
                  });
                });
                return out;""");
    }

    /** How many rows the service navigation takes (0 without one); only measured on a desktop-wide window. */
    private static long navigationRows() {
        Object n = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                if (window.innerWidth < 1024) return 1;
                return new Set([...document.querySelectorAll('.govuk-service-navigation__item')].map(e => e.getBoundingClientRect().top)).size;""");
        return ((Number) n).longValue();
    }

    private static void shot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name + ".png"), png);
    }

    @Test
    @Order(1)
    void everyRoleOpensEveryPageItIsOfferedAndEachPassesAxe() throws Exception {
        for (Role role : Role.values()) {
            signIn(role.key());
            List<String> links = navLinks();
            assertThat(links).isNotEmpty();
            for (String href : links) {
                driver.get(href);
                String path = URI.create(href).getPath();
                assertThat(driver.findElement(By.tagName("h1")).getText()).as(path).isNotBlank();
                assertThat(driver.getPageSource()).as(path).doesNotContain("You do not have access");
                // axe once per page, as the role that sees most of it; the others only open it
                if (role == Role.ADMIN || path.equals("/child")) {
                    axe(role.key() + " " + path);
                    assertThat(clippedChartLabels()).as(path + ": chart labels drawn outside their chart (cut off)").isEmpty();
                    assertThat(navigationRows()).as(path + ": the navigation stays on one line on a desktop").isLessThanOrEqualTo(1);
                    shot(role.key() + path.replace('/', '-'));
                }
            }
            boolean quality = role != Role.BOARD;
            assertThat(links.stream().anyMatch(h -> h.endsWith("/data-quality"))).as(role + " offered data quality").isEqualTo(quality);
            assertThat(links.stream().anyMatch(h -> h.endsWith("/child"))).as(role + " offered child view")
                    .isEqualTo(role == Role.OPERATIONAL || role == Role.ADMIN);
            assertThat(links.stream().anyMatch(h -> h.endsWith("/audit"))).as(role + " offered audit").isEqualTo(role == Role.ADMIN);
            signOut();
        }
        driver.get(area.base() + "/sign-in");
        axe("sign-in");
    }

    @Test
    @Order(2)
    void boardFiltersCohortsAndExportsTheSameSuppressedTable() throws Exception {
        signIn("board");
        driver.get(area.base() + "/cohorts");
        new Select(driver.findElement(By.id("f-age"))).selectByVisibleText("11 to 15");
        submit(By.cssSelector("form.jigsaw-filters button"));
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
        shot("board-cohorts-filtered");
        signOut();
    }

    @Test
    @Order(3)
    void analystAcceptsAReviewPairAndTheDecisionIsStoredForTheNextRefresh() throws Exception {
        signIn("analyst");
        driver.get(area.base() + "/review");
        String pair = driver.findElement(By.cssSelector("input[name='pair']")).getAttribute("value");
        assertThat(driver.findElement(By.id("pair")).getText()).contains("Record A").contains("Record B");
        driver.findElement(By.id("decision-match")).click();
        submit(By.cssSelector("form[action='/review'] button"));
        assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText()).contains(pair);
        axe("analyst review after decision");
        List<String> lines = Files.readAllLines(area.made.area().resolve(DecisionFile.RELATIVE));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"decision\":\"CLERICAL_MATCH\"").contains("\"reviewer\":\"analyst\""));
        if (driver.findElements(By.cssSelector("input[name='pair']")).size() > 0) {
            assertThat(driver.findElement(By.cssSelector("input[name='pair']")).getAttribute("value")).isNotEqualTo(pair);
        }
        shot("analyst-review-saved");
        signOut();
    }

    @Test
    @Order(4)
    void operationalOpensAChildViewWithAPurposeAndTheLookIsAudited() throws Exception {
        Path areaDir = area.made.area();
        String agreement = new PolicyGate(AgreementSet.load(areaDir), Clock.systemDefaultZone())
                .decide(AccessRequest.individual("operational", Role.OPERATIONAL, "direct_care", null)).agreement();
        String personId;
        try (Snapshot s = Snapshot.open(area.made.snapshots().get(area.made.snapshots().size() - 1))) {
            personId = s.query("SELECT person_id FROM person WHERE records >= 3 ORDER BY person_id LIMIT 1", rs -> rs.getString(1)).get(0);
        }
        String pseudonym = Pseudonyms.forAgreement(KeyFile.load(area.made.keyFile()), agreement).of(personId);
        signIn("operational");
        driver.get(area.base() + "/child");
        driver.findElement(By.id("child-id")).sendKeys(pseudonym);
        driver.findElement(By.cssSelector("input[name='purpose'][value='direct_care']")).click();
        driver.findElement(By.id("reason")).sendKeys("Team around the child meeting 14");
        submit(By.cssSelector("form[action='/child'] button"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(pseudonym);
        assertThat(driver.getPageSource()).doesNotContain(personId);
        assertThat(driver.findElements(By.cssSelector("#records tbody tr"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(driver.findElements(By.cssSelector(".jigsaw-timeline li"))).isNotEmpty();
        axe("operational child view");
        shot("operational-child-view");
        assertThat(AuditLog.open(areaDir).entries()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("child_view");
            assertThat(e.purpose()).isEqualTo("direct_care");
            assertThat(e.what()).contains(pseudonym).doesNotContain(personId);
        });
        signOut();
    }

    @Test
    @Order(5)
    void boardIsRefusedTheChildViewAndTheRefusalIsAudited() throws Exception {
        signIn("board");
        driver.get(area.base() + "/child");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("You do not have access to this page");
        assertThat(driver.findElements(By.id("child-id"))).isEmpty();
        axe("board refused");
        shot("board-child-refused");
        assertThat(AuditLog.open(area.made.area()).entries()).anySatisfy(e -> {
            assertThat(e.user()).isEqualTo("board");
            assertThat(e.allowed()).isFalse();
            assertThat(e.what()).contains("/child");
        });
        signOut();
    }

    @Test
    @Order(6)
    void readmeScreenshotsOfOverviewAndVulnerable() throws Exception {
        signIn("analyst");
        Path docs = Path.of("../docs/img");
        for (String page : new String[] {"overview", "vulnerable"}) {
            driver.get(area.base() + "/" + page);
            shot("readme-" + page);
            // the README's copies are refreshed only on request, so a test run leaves the work tree clean
            if (Boolean.getBoolean("jigsaw.docs.screenshots") && Files.isDirectory(docs.getParent())) {
                Files.createDirectories(docs);
                Files.copy(SHOTS.resolve("readme-" + page + ".png"), docs.resolve("dashboard-" + page + ".png"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        signOut();
    }
}
