package org.jigsaw.cli;

import ca.uhn.fhir.context.FhirContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.jigsaw.area.Area;
import org.jigsaw.feed.EhcpChangeKind;
import org.jigsaw.feed.EhcpFeedExport;
import org.jigsaw.feed.EhcpFeedReport;
import org.jigsaw.feed.FeedKind;
import org.jigsaw.feed.FeedPermit;
import org.jigsaw.feed.FhirBundleValidator;
import org.jigsaw.feed.FhirNaming;
import org.jigsaw.govern.KeyFilePersonIdPseudonymiser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "ehcp", mixinStandardHelpOptions = true,
        description = "EHC plans started, changed primary need or ceased since a date, keyed by NHS number: CSV and a validated FHIR R4 Bundle of Flags.")
final class FeedEhcpCommand implements Callable<Integer> {
    @Mixin
    FeedOptions feed;

    @Option(names = "--since", required = true, paramLabel = "DATE", description = "first day of the window (yyyy-MM-dd)")
    LocalDate since;

    @Option(names = "--as-at", paramLabel = "DATE", description = "last day of the window (default: the snapshot's reference date)")
    LocalDate asAt;

    @Option(names = "--fhir-base", paramLabel = "URI", defaultValue = FhirNaming.DEFAULT_BASE,
            description = "base URI for the area's FHIR code systems and identifiers (default ${DEFAULT-VALUE})")
    String fhirBase;

    @Override
    public Integer call() throws Exception {
        Area a = Area.open(feed.area);
        CliAudit audit = CliAudit.open(feed.area, "feed");
        FeedPermit permit = FeedSupport.permit(audit, FeedKind.EHCP, LocalDate.now(), feed.agreement, feed.recipient);
        FeedSupport.Source src = FeedSupport.snapshot(feed.area, feed.runId);
        LocalDate to = asAt != null ? asAt : src.requiredReferenceDate();
        String laCode = a.config().laCode() == null ? "000" : a.config().laCode();

        System.err.println("[feed] loading the FHIR R4 definitions for validation ...");
        EhcpFeedExport export = new EhcpFeedExport(new FhirBundleValidator(FhirContext.forR4()),
                new FhirNaming(fhirBase, laCode), a.config().name() + " SEND service",
                KeyFilePersonIdPseudonymiser.forArea(feed.area));
        EhcpFeedReport r;
        try (StagedOutput staged = StagedOutput.in(feed.outDir())) {
            r = export.export(src.snapshot(), since, to, permit, staged.dir(), Instant.now());
            FeedSupport.publish(audit, permit, "ehcp feed " + since + ".." + to, r.content().changes().size(), staged);
            r = new EhcpFeedReport(r.content(), r.permit(), staged.destination(r.csv()), staged.destination(r.bundle()),
                    staged.destination(r.summary()), r.flags(), r.validationIssues());
        }

        var counts = r.content().countsByKind();
        System.out.printf("EHC plan feed %s .. %s from snapshot %s, under agreement %s for %s%n", since, to, src.runId(),
                permit.agreementId(), permit.recipient());
        System.out.printf("  started %d, primary need changed %d, ceased %d (%d children, %d flags)%n",
                counts.get(EhcpChangeKind.STARTED), counts.get(EhcpChangeKind.NEED_CHANGED),
                counts.get(EhcpChangeKind.CEASED), r.content().childrenFed(), r.flags());
        System.out.printf("  not fed: %d without a valid NHS number, %d with conflicting NHS numbers%n",
                r.content().withoutValidNhsNumber(), r.content().withConflictingNhsNumbers());
        if (!r.content().contradictoryPlans().isEmpty()) {
            System.out.printf("  left out: %d EHC plan records ending before they start (pseudonyms in the summary; see 'jigsaw quality')%n",
                    r.content().contradictoryPlans().size());
        }
        System.out.printf("  FHIR validation against base R4: 0 errors, %d warnings%n", r.warnings());
        System.out.printf("  wrote %s%n        %s%n        %s%n", r.csv(), r.bundle(), r.summary());
        return 0;
    }
}
