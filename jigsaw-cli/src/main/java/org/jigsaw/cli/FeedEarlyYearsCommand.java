package org.jigsaw.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.jigsaw.area.Area;
import org.jigsaw.feed.EarlyYearsExport;
import org.jigsaw.feed.FeedKind;
import org.jigsaw.feed.FeedPermit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "early-years", mixinStandardHelpOptions = true,
        description = "Pre-school children with a disability identified in health and unknown to the SEND service, for planning.")
final class FeedEarlyYearsCommand implements Callable<Integer> {
    @Mixin
    FeedOptions feed;

    @Option(names = "--as-at", paramLabel = "DATE", description = "date ages and status are taken at (default: the snapshot's reference date)")
    LocalDate asAt;

    @Override
    public Integer call() throws Exception {
        Area.open(feed.area);
        CliAudit audit = CliAudit.open(feed.area, "feed");
        FeedPermit permit = FeedSupport.permit(audit, FeedKind.EARLY_YEARS, LocalDate.now(), feed.agreement, feed.recipient);
        FeedSupport.Source src = FeedSupport.snapshot(feed.area, feed.runId);
        LocalDate at = asAt != null ? asAt : src.requiredReferenceDate();
        EarlyYearsExport.Report r;
        try (StagedOutput staged = StagedOutput.in(feed.outDir())) {
            r = new EarlyYearsExport().export(src.snapshot(), at, permit, staged.dir(), Instant.now());
            FeedSupport.publish(audit, permit, "early-years list as at " + at, r.children().size(), staged);
            r = new EarlyYearsExport.Report(r.children(), staged.destination(r.csv()), staged.destination(r.summary()),
                    r.withoutNhsNumber());
        }
        System.out.printf("Early-years list as at %s from snapshot %s, under agreement %s for %s%n", at, src.runId(),
                permit.agreementId(), permit.recipient());
        System.out.printf("  %d pre-school children known to health with a disability and not to the SEND service"
                + " (%d without a valid NHS number)%n", r.children().size(), r.withoutNhsNumber());
        System.out.printf("  wrote %s%n        %s%n", r.csv(), r.summary());
        return 0;
    }
}
