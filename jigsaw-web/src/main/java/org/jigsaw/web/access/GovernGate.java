package org.jigsaw.web.access;

import java.util.List;
import org.jigsaw.govern.AccessDecision;
import org.jigsaw.govern.AccessRequest;
import org.jigsaw.govern.Capability;
import org.jigsaw.govern.Granularity;
import org.jigsaw.govern.PolicyGate;
import org.jigsaw.govern.Role;
import org.jigsaw.govern.User;
import org.jigsaw.govern.Users;
import org.jigsaw.web.auth.Principal;

/**
 * The web's questions put to the governance {@link PolicyGate}: the role's capability for every
 * page; for aggregate pages an agreement granting the role aggregate figures for the page's
 * purpose; for the review queue an agreement granting clerical review; and for individual
 * children the full decision (agreement in force, purpose covered, role granted individual
 * access, child within the user's remit).
 */
public final class GovernGate implements Gate {
    private final PolicyGate gate;
    private final java.util.function.Supplier<Users> users;

    public GovernGate(PolicyGate gate, java.util.function.Supplier<Users> users) {
        this.gate = gate;
        this.users = users;
    }

    public static Capability capability(Access a) {
        return Capability.valueOf(a.name());
    }

    @Override
    public AccessDecision decide(Principal p, Access access, String purpose, String team) {
        AccessDecision role = gate.may(p.role(), capability(access));
        if (!role.allowed() || !access.readsSharedData()) return role;
        if (access == Access.REVIEW) return gate.review(p.role(), null, null);
        if (access == Access.INDIVIDUALS) {
            if (purpose == null) return role;
            if (team == null) return gate.decide(AccessRequest.individual(p.username(), p.role(), purpose, null));
            User user = users.get().find(p.username()).orElse(new User(p.username(), p.displayName(), p.role(), List.of(), null));
            return gate.decide(user, purpose, null, null, Granularity.INDIVIDUAL, team);
        }
        String stated = purpose != null ? purpose : purposeOf(p, access);
        if (stated == null) {
            return AccessDecision.deny("no data-sharing agreement in force grants role " + p.role().key() + " aggregate figures for any purpose");
        }
        return gate.decide(AccessRequest.aggregate(p.username(), p.role(), stated, null));
    }

    /**
     * The review purpose for the review queue; for aggregate pages the page's own purpose when the
     * agreements grant it to the role at aggregate level, else the first purpose they grant.
     */
    @Override
    public String purposeOf(Principal p, Access access) {
        if (access == Access.REVIEW) return PolicyGate.LINKAGE_REVIEW;
        if (access == Access.INDIVIDUALS || !access.readsSharedData()) return null;
        List<String> granted = gate.purposes(p.role(), Granularity.AGGREGATE);
        if (granted.contains(access.preferredPurpose())) return access.preferredPurpose();
        return granted.isEmpty() ? null : granted.get(0);
    }

    @Override
    public boolean shows(Principal p, Access access, String purpose, String dataset, String field) {
        if (access == Access.REVIEW) return gate.review(p.role(), dataset, field).allowed();
        return gate.decide(new AccessRequest(p.username(), p.role(), purpose, dataset, field, access.granularity())).allowed();
    }

    /** Purposes under which this user's role may see individual children, from the agreements in force. */
    public List<String> individualPurposes(Role role) {
        return gate.purposes(role, Granularity.INDIVIDUAL);
    }
}
