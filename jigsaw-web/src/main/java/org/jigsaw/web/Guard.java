package org.jigsaw.web;

import io.javalin.http.Context;
import org.jigsaw.govern.AccessDecision;
import org.jigsaw.web.access.Access;
import org.jigsaw.web.access.AuditEntry;
import org.jigsaw.web.access.AuditTrail;
import org.jigsaw.web.access.Gate;
import org.jigsaw.web.auth.Principal;

/** Asks the gate about every request and writes the audit entry, allowed or not. */
final class Guard {
    private final Gate gate;
    private final AuditTrail audit;

    Guard(Gate gate, AuditTrail audit) {
        this.gate = gate;
        this.audit = audit;
    }

    boolean offers(Principal p, Access access) {
        return gate.allows(p, access);
    }

    /** The user, when their role may open views of this kind; else audits the refusal and throws {@link Forbidden}. */
    Principal require(Context ctx, Access access) {
        return decide(ctx, access, null, null).principal;
    }

    record Allowed(Principal principal, AccessDecision decision) {
    }

    /** The full decision (agreement, purpose, remit); a refusal is audited and throws {@link Forbidden}. */
    Allowed decide(Context ctx, Access access, String purpose, String team) {
        Principal p = Web.session(ctx).principal();
        AccessDecision d = gate.decide(p, access, purpose, team);
        if (!d.allowed()) {
            audit.record(new AuditEntry(p.username(), p.role().key(), purpose, "FORBIDDEN", ctx.method() + " " + ctx.path(), -1, "DENIED"));
            throw new Forbidden("Access refused: " + d.reason() + ".");
        }
        return new Allowed(p, d);
    }

    /** The gate's answer without auditing it (for filtering a list to the user's remit). */
    boolean permits(Principal p, Access access, String purpose, String team) {
        return gate.decide(p, access, purpose, team).allowed();
    }

    void record(Principal p, String purpose, String action, String what, long rows) {
        audit.record(new AuditEntry(p.username(), p.role().key(), purpose, action, what, rows, "ALLOWED"));
    }

    AuditTrail audit() {
        return audit;
    }
}
