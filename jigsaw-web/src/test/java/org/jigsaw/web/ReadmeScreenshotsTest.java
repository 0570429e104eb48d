package org.jigsaw.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import org.jigsaw.area.Area;
import org.jigsaw.govern.DemoGovernance;
import org.jigsaw.govern.GovernedIngest;
import org.jigsaw.ingest.AreaIngest;
import org.jigsaw.link.incremental.IncrementalLinkStage;
import org.jigsaw.progress.Progress;
import org.jigsaw.store.Refresh;
import org.jigsaw.synth.SynthOptions;
import org.jigsaw.synth.Synthesizer;
import org.jigsaw.web.support.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The README's screenshots, taken of what {@code jigsaw demo} serves rather than of the web tests'
 * fixture: a synthetic area (org.jigsaw.synth), the demo agreements and logins, and the real
 * pipeline (governed ingest, incremental linkage, refresh) — two terms, so the cards have a trend.
 * A smaller area than the demo's default, so the test stays quick; the pages must pass axe on it.
 */
class ReadmeScreenshotsTest {
    private static final int CHILDREN = 3000;
    private static final long SEED = 7;

    @Test
    void theOverviewAndVulnerablePagesOfASyntheticDemoArea(@TempDir Path root) throws Exception {
        Path dir = root.resolve("demo-area");
        Path keys = root.resolve("keys/keys.yaml");
        for (int term = 0; term < 2; term++) {
            Synthesizer.generate(new SynthOptions(CHILDREN, SEED, term), dir, Progress.NONE);
            DemoGovernance.write(dir, keys);
            new Refresh(new GovernedIngest(new AreaIngest(), Clock.systemDefaultZone()), new IncrementalLinkStage()).run(Area.open(dir), Progress.NONE);
        }
        String snapshotOf = "Snapshot of " + Area.open(dir).config().requiredReferenceDate() + " (2 snapshots so far)";
        try (DashboardServer server = Dashboards.create(WebSettings.of(dir, "127.0.0.1", 0), keys, null).start();
             Browser browser = Browser.start("http://127.0.0.1:" + server.port())) {
            browser.signIn("analyst");
            Path docs = Path.of("../docs/img");
            for (String page : new String[] {"overview", "vulnerable"}) {
                browser.open("/" + page);
                assertThat(browser.h1()).as(page).isNotBlank();
                browser.axe("demo area " + page);
                browser.shot("readme-" + page);
                // the README's copies are refreshed only on request, so a test run leaves the work tree clean
                if (Boolean.getBoolean("jigsaw.docs.screenshots") && Files.isDirectory(docs.getParent())) {
                    Files.createDirectories(docs);
                    Files.copy(Browser.SHOTS.resolve("readme-" + page + ".png"), docs.resolve("dashboard-" + page + ".png"),
                            StandardCopyOption.REPLACE_EXISTING);
                }
            }
            browser.open("/overview");
            assertThat(browser.driver.findElement(By.tagName("main")).getText()).as("the synthetic area's second term").contains(snapshotOf);
            assertThat(browser.driver.findElements(By.cssSelector(".jigsaw-card svg.jigsaw-sparkline"))).as("two snapshots give the cards a trend").isNotEmpty();
            browser.signOut();
        }
    }
}
