package org.jigsaw.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.jigsaw.feed.FeedKind;
import org.jigsaw.feed.FeedPermit;
import org.jigsaw.feed.FeedPolicy;
import org.jigsaw.feed.FeedRefusedException;
import org.jigsaw.govern.AuditEvent;
import org.jigsaw.store.SnapshotReader;
import org.jigsaw.store.Snapshots;

/** What both feed commands do around the feed itself: pick the snapshot, get the permit, audit. */
final class FeedSupport {

    record Source(Path snapshot, String runId, LocalDate referenceDate) {
        /** The as-at date a feed defaults to: the snapshot's, never today's. */
        LocalDate requiredReferenceDate() {
            if (referenceDate == null) {
                throw new IllegalArgumentException("snapshot " + runId + " has no reference date: give the feed's date with --as-at");
            }
            return referenceDate;
        }
    }

    private FeedSupport() {
    }

    static Source snapshot(Path area, String runId) {
        Snapshots s = Snapshots.of(area);
        try (SnapshotReader r = runId == null ? s.openCurrent() : s.open(runId)) {
            return new Source(r.file(), r.runId(), r.run().referenceDate());
        }
    }

    /** The permit, or an audited refusal. The operator running the command is the audited user. */
    static FeedPermit permit(CliAudit audit, FeedKind kind, LocalDate today, String agreement, String recipient) {
        try {
            FeedPermit p = new FeedPolicy(audit.governance().agreements()).permit(kind, today, agreement, recipient);
            audit.governance().agreements().find(p.agreementId()).ifPresent(a ->
                    a.warnings(today, 30).forEach(w -> System.err.println("warning: " + w)));
            return p;
        } catch (FeedRefusedException e) {
            audit.refused(kind.purpose(), AuditEvent.PEOPLE + kind.key() + " feed");
            throw e;
        }
    }

    /**
     * Audits the feed staged in {@code staged}, then moves its files into place: a feed whose
     * entry cannot be written never reaches the partner's folder.
     */
    static void publish(CliAudit audit, FeedPermit p, String what, long rows, StagedOutput staged) throws java.io.IOException {
        audit.read(p.purpose(), AuditEvent.PEOPLE + what + " to " + p.recipient() + " under " + p.agreementId(), rows);
        staged.publish();
    }
}
