package org.jigsaw.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jigsaw.area.Area;
import org.jigsaw.govern.DemoGovernance;
import org.jigsaw.keys.KeyFile;
import org.jigsaw.store.Refresh;
import org.jigsaw.store.RefreshSummary;
import org.jigsaw.store.SnapshotReader;
import org.jigsaw.store.Snapshots;
import org.jigsaw.synth.SynthOptions;
import org.jigsaw.synth.Synthesizer;
import org.jigsaw.web.DashboardServer;
import org.jigsaw.web.Dashboards;
import org.jigsaw.web.WebSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jigsaw demo}: the whole job on a synthetic area — make it (once), run the pipeline,
 * score linkage against the ground truth, then serve the dashboard.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Make a synthetic area, run ingest → link → cohorts → snapshot, print a summary, serve the dashboard.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--seed", defaultValue = "7", description = "seed of the synthetic area (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--children", defaultValue = "60000", description = "residents aged 0-25 (default: ${DEFAULT-VALUE})")
    int children;

    @Option(names = "--out", defaultValue = "demo-area", description = "area folder; made if absent, reused if present (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--keys", description = "key file for pseudonyms, outside the area (default: $JIGSAW_KEYS or ~/.jigsaw/keys.yaml)")
    Path keys;

    @Option(names = "--port", defaultValue = "7070", description = "dashboard port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--no-serve", description = "exit after the summary instead of serving the dashboard")
    boolean noServe;

    @picocli.CommandLine.Mixin
    EngineOptions engine = new EngineOptions();

    @Override
    public Integer call() throws Exception {
        org.jigsaw.link.LinkStage link = Stages.link(engine);
        ConsoleProgress progress = new ConsoleProgress(System.err);
        Path keyFile = keys != null ? keys : KeyFile.defaultLocation();
        if (!Files.isRegularFile(out.resolve("area.yaml"))) {
            Synthesizer.generate(new SynthOptions(children, seed, 0), out, progress);
            System.out.printf("Made synthetic area %s (seed %d, %,d children)%n", out, seed, children);
        } else {
            System.out.printf("Using the existing area %s (delete it to make a new one)%n", out);
        }
        DemoGovernance.Result governance = DemoGovernance.write(out, keyFile);

        RefreshSummary summary = new Refresh(Stages.ingest(), link).run(Area.open(out), progress);
        System.out.print(summary.report());
        if (TruthCheck.available(out)) {
            try (SnapshotReader snapshot = Snapshots.of(out).openCurrent()) {
                System.out.println(TruthCheck.of(out, snapshot).line());
            }
        }
        if (noServe) return 0;

        DashboardServer server = Dashboards.create(WebSettings.of(out, "127.0.0.1", port), keyFile, null).start();
        System.out.printf("%nDashboard: http://127.0.0.1:%d  (Ctrl-C to stop)%nDemo logins (synthetic data only):%n", server.port());
        for (DemoGovernance.DemoLogin l : governance.logins())
            System.out.printf("  %-12s password %-18s role %s%n", l.username(), l.password(), l.role().key());
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stop.countDown();
        }));
        stop.await();
        return 0;
    }
}
