package org.jigsaw.govern;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * An area's governance in one object, for the read paths (web, API, exports, CLI): the policy
 * gate and the audit log together, so a read is checked and recorded in one call and a refusal is
 * audited as well as an access.
 *
 * <pre>
 * Governance g = Governance.open(areaDir);
 * AccessDecision d = g.check(user, "send_planning", "school_census", Granularity.AGGREGATE, "view", "kpi:ehcp");
 * if (d.allowed()) { ... compute ...; g.record(user, "send_planning", "view", "kpi:ehcp", rows); }
 * </pre>
 */
public final class Governance {
    private final Path area;
    private final AgreementSet agreements;
    private final PolicyGate gate;
    private final AuditLog audit;
    private final Users users;

    public Governance(Path area, AgreementSet agreements, PolicyGate gate, AuditLog audit, Users users) {
        this.area = area;
        this.agreements = Objects.requireNonNull(agreements);
        this.gate = Objects.requireNonNull(gate);
        this.audit = Objects.requireNonNull(audit);
        this.users = users;
    }

    /** Loads agreements and (when present) {@code users.yaml} of {@code areaDir}; today from the system clock. */
    public static Governance open(Path areaDir) throws IOException {
        return open(areaDir, Clock.systemDefaultZone());
    }

    public static Governance open(Path areaDir, Clock clock) throws IOException {
        AgreementSet set = AgreementSet.load(areaDir);
        Users users = Files.exists(areaDir.resolve(Users.FILE)) ? Users.load(areaDir) : null;
        return new Governance(areaDir, set, new PolicyGate(set, clock), AuditLog.open(areaDir, clock), users);
    }

    public Path area() {
        return area;
    }

    public AgreementSet agreements() {
        return agreements;
    }

    public PolicyGate gate() {
        return gate;
    }

    public AuditLog audit() {
        return audit;
    }

    /** The area's accounts; empty when it has no {@code users.yaml}. */
    public Optional<Users> users() {
        return Optional.ofNullable(users);
    }

    /**
     * Asks the gate (with the remit check when {@code team} is given) and, when refused, writes the
     * refusal to the audit log. A successful read is recorded with {@link #record} once its row
     * count is known.
     */
    public AccessDecision check(User user, String purpose, String dataset, Granularity granularity, String action, String what) {
        return check(user, purpose, dataset, null, granularity, null, action, what);
    }

    public AccessDecision check(User user, String purpose, String dataset, String field, Granularity granularity, String team,
                                String action, String what) {
        AccessDecision d = gate.decide(user, purpose, dataset, field, granularity, team);
        if (!d.allowed()) audit.append(AuditEvent.denied(user.username(), user.role(), purpose, action, what));
        return d;
    }

    /** Records an allowed access with the rows it returned. */
    public AuditEntry record(User user, String purpose, String action, String what, long rows) {
        return audit.append(AuditEvent.allowed(user.username(), user.role(), purpose, action, what, rows));
    }
}
