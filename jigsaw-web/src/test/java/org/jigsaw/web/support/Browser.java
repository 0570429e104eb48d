package org.jigsaw.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium (Debian's, through Debian's ChromeDriver; nothing downloaded) driven the
 * way a user drives it. Every link click and form submit goes through {@link #follow} or
 * {@link #submit}, which count them, so a test can hold a task to a number of clicks.
 */
public final class Browser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SHOTS = Path.of("target/screenshots");

    public final ChromeDriver driver;
    private final String base;
    private final Path profile;
    private int clicks;

    private Browser(ChromeDriver driver, String base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    /** A fresh browser (its own profile) for the dashboard at {@code base}; skips the test when Chromium is not installed. */
    public static Browser start(String base) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "browser tests skipped: /usr/bin/chromium is absent (./run-tests installs Debian chromium and chromium-driver)");
        Path profile = Files.createTempDirectory("jigsaw-chromium");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, o);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SHOTS);
        return new Browser(driver, base, profile);
    }

    @Override
    public void close() {
        driver.quit();
        Trees.delete(profile);
    }

    public String base() {
        return base;
    }

    /** Opens a path by typing its address (not a click). */
    public void open(String path) {
        driver.get(base + path);
    }

    /** Link clicks and form submits so far. */
    public int clicks() {
        return clicks;
    }

    /** Clicks a submit button and waits for the next page to replace this one. */
    public void submit(By button) {
        clickAndWait(button);
    }

    /** Clicks a link and waits for the page it leads to. */
    public void follow(By link) {
        clickAndWait(link);
    }

    private void clickAndWait(By target) {
        WebElement html = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        clicks++;
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
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) return true;
            throw e;
        }
    }

    /** Signs in with the demo password and lands on the Overview; the clicks count starts again from there. */
    public void signIn(String user) {
        driver.manage().deleteAllCookies();
        open("/sign-in");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user + "-demo");
        submit(By.cssSelector("form[action='/sign-in'] button"));
        assertThat(driver.getCurrentUrl()).as(user + " signed in: " + driver.findElements(By.cssSelector(".govuk-error-summary, h1")).stream()
                .map(WebElement::getText).toList()).endsWith("/overview");
        clicks = 0;
    }

    public void signOut() {
        submit(By.cssSelector("form[action='/sign-out'] button"));
        assertThat(driver.getCurrentUrl()).contains("/sign-in");
    }

    public String h1() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** axe-core on the page as it is: no serious or critical violation. */
    public void axe(String label) {
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
    public List<String> clippedChartLabels() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
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
    public long navigationRows() {
        Object n = ((JavascriptExecutor) driver).executeScript("""
                if (window.innerWidth < 1024) return 1;
                return new Set([...document.querySelectorAll('.govuk-service-navigation__item')].map(e => e.getBoundingClientRect().top)).size;""");
        return ((Number) n).longValue();
    }

    public void shot(String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }
}
