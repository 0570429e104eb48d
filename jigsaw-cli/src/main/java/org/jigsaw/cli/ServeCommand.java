package org.jigsaw.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jigsaw.keys.KeyFile;
import org.jigsaw.web.DashboardServer;
import org.jigsaw.web.Dashboards;
import org.jigsaw.web.WebSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jigsaw serve AREA}: the dashboard and API over the area's current snapshot. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the dashboard and JSON API over the area's current snapshot (new snapshots are picked up without a restart).")
public final class ServeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "AREA", description = "the area folder")
    Path area;

    @Option(names = "--port", defaultValue = "7070", description = "port to listen on (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}); anything but loopback needs a TLS proxy in front, as session cookies are then Secure")
    String bind;

    @Option(names = "--keys", description = "the key file with the agreements' pseudonym keys (default: $JIGSAW_KEYS or ~/.jigsaw/keys.yaml)")
    Path keys;

    @Option(names = "--refresh", paramLabel = "CRON",
            description = "refresh on this schedule while serving, five-field cron in UK time, e.g. \"0 6 * * *\" (default: area.yaml refresh, if any)")
    String refreshCron;

    @Option(names = "--metrics-token", paramLabel = "TOKEN", defaultValue = "${env:JIGSAW_METRICS_TOKEN}",
            description = "bearer token /metrics demands (default: $JIGSAW_METRICS_TOKEN; none: open, like /health)")
    String metricsToken;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(area.resolve("area.yaml"))) throw new IllegalArgumentException("not an area folder (no area.yaml): " + area);
        if (!Files.isRegularFile(area.resolve("users.yaml"))) {
            throw new IllegalArgumentException("no users.yaml in " + area + ": add accounts before serving (jigsaw demo writes demo ones)");
        }
        Path keyFile = keys != null ? keys : KeyFile.defaultLocation();
        org.jigsaw.area.Area a = org.jigsaw.area.Area.open(area);
        String cron = refreshCron != null ? refreshCron : a.config().refresh();
        org.jigsaw.schedule.RefreshScheduler scheduler = cron == null || cron.isBlank() ? null
                : ScheduledRefresh.scheduler(area, org.jigsaw.schedule.CronSchedule.parse(cron));
        org.jigsaw.ops.OpsStatusReader ops = new org.jigsaw.ops.OpsStatusReader(area, a.config().name(),
                org.jigsaw.ops.OpsStatusReader.Tolerance.standard(),
                scheduler == null ? null : new org.jigsaw.ops.OpsStatusReader.ScheduleView(scheduler::nextRun, scheduler.schedule().describe()),
                java.time.Clock.systemUTC());
        DashboardServer server = Dashboards.create(WebSettings.of(area, bind, port), keyFile, null)
                .extend(new org.jigsaw.web.ops.OpsRoutes(ops, metricsToken, org.jigsaw.govern.AgreementSet.load(area).suppression())::register)
                .banner(() -> new org.jigsaw.web.ops.RefreshBanner(org.jigsaw.schedule.CronSchedule.UK).html(ops.read()))
                .start();
        if (scheduler != null) {
            java.time.Instant first = scheduler.start();
            System.out.printf("[jigsaw] refreshing %s; next at %s%n", scheduler.schedule().describe(),
                    first.atZone(scheduler.schedule().zone()).toLocalDateTime());
        }
        System.out.printf("[jigsaw] dashboard at http://%s:%d (Ctrl-C to stop)%n", bind.contains(":") ? "[" + bind + "]" : bind, server.port());
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (scheduler != null) scheduler.close();
            server.close();
            stop.countDown();
        }));
        stop.await();
        return 0;
    }
}
