package org.jigsaw.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jigsaw.area.Area;
import org.jigsaw.store.Refresh;
import org.jigsaw.store.RefreshSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "refresh", mixinStandardHelpOptions = true,
        description = "Ingest, link and publish a new snapshot with cohorts and KPIs; the previous one serves until it is done.")
final class RefreshCommand implements Callable<Integer> {
    /**
     * Exit status of a run skipped because another refresh held the lock: sysexits' EX_TEMPFAIL, so
     * a cron or systemd wrapper can tell "try again later, nothing changed" from a failure (1).
     */
    static final int SKIPPED = 75;

    @Parameters(index = "0", paramLabel = "AREA", description = "the area folder")
    Path area;

    @Option(names = "--keep", defaultValue = "" + Refresh.DEFAULT_KEEP, description = "snapshots to keep for trends (default ${DEFAULT-VALUE})")
    int keep;

    @picocli.CommandLine.Mixin
    EngineOptions engine = new EngineOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        org.jigsaw.link.LinkStage link = Stages.link(engine);
        Area a = Area.open(area);
        // audited before a single extract is opened; the refresh publishes its snapshot itself, so the
        // second entry (rows and run) comes after it
        CliAudit audit = CliAudit.open(area, "refresh");
        audit.read(CliAudit.PROCESSING, audit.extractsRead(a.dir()), 0);
        // recorded in snapshots/refresh-log.jsonl like scheduled runs, for the dashboard and /health
        RefreshSummary summary;
        try {
            summary = org.jigsaw.schedule.RefreshRecorder.record(org.jigsaw.schedule.RefreshLog.of(area), "manual",
                    java.time.Clock.systemUTC(), held -> new Refresh(Stages.ingest(), link, keep, java.time.Clock.systemUTC())
                            .run(a, new ConsoleProgress(System.err), held), RefreshSummary::runId);
        } catch (org.jigsaw.store.RefreshLockedException busy) {
            spec.commandLine().getErr().println("skipped: " + busy.getMessage() + "; nothing changed, the current snapshot is still served");
            return SKIPPED;
        }
        audit.read(CliAudit.PROCESSING, org.jigsaw.govern.AuditEvent.PEOPLE + "snapshot " + summary.runId() + " published",
                summary.records());
        System.out.print(summary.report());
        return 0;
    }
}
