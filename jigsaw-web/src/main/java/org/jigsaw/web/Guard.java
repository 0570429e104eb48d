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

    /** @param purpose the purpose the access is allowed and to be audited under (null for governance views) */
    record Allowed(Principal principal, AccessDecision decision, String purpose) {
    }

    /**
     * The full decision (agreement, purpose, remit); a refusal is audited and throws {@link Forbidden}.
     *
     * @param purpose the purpose the user stated, or null for the one the agreements grant this view ({@link Gate#purposeOf})
     */
    Allowed decide(Context ctx, Access access, String purpose, String team) {
        Principal p = Web.session(ctx).principal();
        String used = purpose != null ? purpose : gate.purposeOf(p, access);
        AccessDecision d = gate.decide(p, access, used, team);
        if (!d.allowed()) {
            audit.record(new AuditEntry(p.username(), p.role().key(), used, "FORBIDDEN", ctx.method() + " " + ctx.path(), -1, "DENIED"));
            throw new Forbidden("Access refused: " + d.reason() + ".");
        }
        return new Allowed(p, d, used);
    }

    /**
     * Audits a request refused before the gate was asked (no purpose, a purpose the agreements do
     * not grant, no reason given). The purpose is recorded only when it is one the agreements grant:
     * anything else is free text and could hold anything, so {@code what} says it was refused.
     */
    void refuse(Principal p, String purpose, String action, String what) {
        audit.record(new AuditEntry(p.username(), p.role().key(), purpose, action, what, -1, "DENIED"));
    }

    /** May this view show the field of a record from the dataset to the user, for the purpose? */
    boolean shows(Principal p, Access access, String purpose, String dataset, String field) {
        return gate.shows(p, access, purpose, dataset, field);
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
