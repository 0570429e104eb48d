package org.jigsaw.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jigsaw.feed.FeedKind;
import org.jigsaw.feed.FeedPermit;
import org.jigsaw.feed.FeedPolicy;
import org.jigsaw.feed.FeedRefusedException;
import org.jigsaw.govern.AuditEvent;
import org.jigsaw.govern.Governance;
import org.jigsaw.govern.Role;
import org.jigsaw.store.SnapshotReader;
import org.jigsaw.store.Snapshots;

/** What both feed commands do around the feed itself: pick the snapshot, get the permit, audit. */
final class FeedSupport {

    record Source(Path snapshot, String runId, LocalDate referenceDate) {
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
    static FeedPermit permit(Governance g, FeedKind kind, LocalDate today, String agreement, String recipient) {
        try {
            FeedPermit p = new FeedPolicy(g.agreements()).permit(kind, today, agreement, recipient);
            g.agreements().find(p.agreementId()).ifPresent(a ->
                    a.warnings(today, 30).forEach(w -> System.err.println("warning: " + w)));
            return p;
        } catch (FeedRefusedException e) {
            g.audit().append(AuditEvent.denied(operator(), Role.ADMIN, kind.purpose(), "feed", kind.key()));
            throw e;
        }
    }

    static void audit(Governance g, FeedPermit p, String what, long rows) {
        g.audit().append(AuditEvent.allowed(operator(), Role.ADMIN, p.purpose(), "feed",
                what + " to " + p.recipient() + " under " + p.agreementId(), rows));
    }

    static Governance governance(Path area) throws IOException {
        return Governance.open(area);
    }

    private static String operator() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }
}
