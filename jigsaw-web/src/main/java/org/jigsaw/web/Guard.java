package org.jigsaw.web;

import io.javalin.http.Context;
import org.jigsaw.web.access.Access;
import org.jigsaw.web.access.AuditEntry;
import org.jigsaw.web.access.AuditTrail;
import org.jigsaw.web.access.Gate;
import org.jigsaw.web.auth.Principal;
import org.jigsaw.web.auth.Session;

/** Asks the gate about every request and writes the audit entry, allowed or not. */
final class Guard {
    private final Gate gate;
    private final AuditTrail audit;

    Guard(Gate gate, AuditTrail audit) {
        this.gate = gate;
        this.audit = audit;
    }

    boolean offers(Principal p, Access access) {
        return gate.allows(p, access, null, null);
    }

    /** Returns the user when allowed; else audits the refusal and throws {@link Forbidden}. */
    Principal require(Context ctx, Access access, String dataset, String purpose) {
        Session s = Web.session(ctx);
        Principal p = s.principal();
        if (!gate.allows(p, access, dataset, purpose)) {
            audit.record(new AuditEntry(p.username(), p.role().key(), purpose, "FORBIDDEN", ctx.method() + " " + ctx.path(), -1, "DENIED"));
            throw new Forbidden("Your role (" + p.role().key() + ") does not give access to this page.");
        }
        return p;
    }

    void record(Principal p, String purpose, String action, String what, long rows) {
        audit.record(new AuditEntry(p.username(), p.role().key(), purpose, action, what, rows, "ALLOWED"));
    }

    AuditTrail audit() {
        return audit;
    }
}
