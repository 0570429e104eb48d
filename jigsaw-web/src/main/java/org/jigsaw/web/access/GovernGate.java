package org.jigsaw.web.access;

import java.util.ArrayList;
import java.util.List;
import org.jigsaw.govern.AccessDecision;
import org.jigsaw.govern.Agreement;
import org.jigsaw.govern.Capability;
import org.jigsaw.govern.Granularity;
import org.jigsaw.govern.PolicyGate;
import org.jigsaw.govern.User;
import org.jigsaw.govern.Users;
import org.jigsaw.web.auth.Principal;

/**
 * The web's questions put to the governance {@link PolicyGate}: the role's capability for every
 * page, and for individual children the full decision (agreement in force, purpose covered,
 * role granted individual access, child within the user's remit).
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
        if (!role.allowed() || access != Access.INDIVIDUALS || purpose == null) return role;
        if (team == null) return gate.decide(org.jigsaw.govern.AccessRequest.individual(p.username(), p.role(), purpose, null));
        User user = users.get().find(p.username())
                .orElse(new User(p.username(), p.displayName(), p.role(), List.of(), null));
        return gate.decide(user, purpose, null, null, Granularity.INDIVIDUAL, team);
    }

    /** Purposes under which this user's role may see individual children, from the agreements in force. */
    public List<String> individualPurposes(org.jigsaw.govern.Role role) {
        List<String> out = new ArrayList<>();
        java.time.LocalDate today = java.time.LocalDate.now();
        for (Agreement a : gate.agreements().all()) {
            if (!a.status(today).inForce()) continue;
            for (String purpose : a.purposes().keySet()) {
                if (!out.contains(purpose) && a.access().stream().anyMatch(r -> r.grants(role, Granularity.INDIVIDUAL, purpose))) out.add(purpose);
            }
        }
        return out;
    }
}
