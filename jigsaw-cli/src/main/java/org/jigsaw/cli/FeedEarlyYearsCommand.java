package org.jigsaw.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.jigsaw.area.Area;
import org.jigsaw.feed.EarlyYearsExport;
import org.jigsaw.feed.FeedKind;
import org.jigsaw.feed.FeedPermit;
import org.jigsaw.govern.Governance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "early-years", mixinStandardHelpOptions = true,
        description = "Pre-school children with a disability identified in health and unknown to the SEND service, for planning.")
final class FeedEarlyYearsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "AREA", description = "the area folder")
    Path area;

    @Option(names = "--as-at", paramLabel = "DATE", description = "date ages and status are taken at (default: the snapshot's reference date)")
    LocalDate asAt;

    @Option(names = "--out", paramLabel = "DIR", description = "where to write (default: AREA/feeds)")
    Path out;

    @Option(names = "--agreement", paramLabel = "ID", description = "the agreement to feed under (default: the one that permits it)")
    String agreement;

    @Option(names = "--recipient", paramLabel = "PARTY", description = "the receiving party, as named in the agreement")
    String recipient;

    @Option(names = "--snapshot", paramLabel = "RUN", description = "a kept snapshot's run ID (default: the current one)")
    String runId;

    @Override
    public Integer call() throws Exception {
        Area.open(area);
        Governance g = FeedSupport.governance(area);
        FeedPermit permit = FeedSupport.permit(g, FeedKind.EARLY_YEARS, LocalDate.now(), agreement, recipient);
        FeedSupport.Source src = FeedSupport.snapshot(area, runId);
        LocalDate at = asAt != null ? asAt : src.referenceDate() != null ? src.referenceDate() : LocalDate.now();
        EarlyYearsExport.Report r = new EarlyYearsExport().export(src.snapshot(), at, permit,
                out != null ? out : area.resolve("feeds"), Instant.now());
        FeedSupport.audit(g, permit, "early-years list as at " + at, r.children().size());
        System.out.printf("Early-years list as at %s from snapshot %s, under agreement %s for %s%n", at, src.runId(),
                permit.agreementId(), permit.recipient());
        System.out.printf("  %d pre-school children known to health with a disability and not to the SEND service"
                + " (%d without a valid NHS number)%n", r.children().size(), r.withoutNhsNumber());
        System.out.printf("  wrote %s%n        %s%n", r.csv(), r.summary());
        return 0;
    }
}
