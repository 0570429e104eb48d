package org.jigsaw.govern;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The one place that answers "may this user, in this role, for this purpose, see this
 * dataset/field at this granularity?". Every read path — CLI, web pages, API, exports — asks it.
 *
 * <p>Two layers, both must say yes: the <b>role</b> (board sees suppressed aggregates only;
 * analyst adds data quality, linkage quality and review; operational adds individual children
 * for a stated purpose within their remit; admin adds agreements and audit), and the in-force
 * <b>agreements</b> (the dataset is covered, the purpose is one of the agreement's purposes, an
 * access rule grants the role that granularity, and the field is one the dataset shares).
 * Denials name the rule that refused, never data.
 *
 * <p>Clerical review of uncertain linkage pairs is its own purpose, {@link #LINKAGE_REVIEW}: it
 * shows two records side by side (names, dates of birth, identifiers), so an agreement must list
 * the purpose and grant a role individual access for it, and each field shown must be one the
 * agreement shares for the record's dataset ({@link #review}). The purpose opens the review
 * queue only: it never lets anyone open a child's records or an aggregate page.
 */
public final class PolicyGate {
    /** The purpose an agreement lists to allow clerical review of linkage pairs. */
    public static final String LINKAGE_REVIEW = "linkage_review";

    private final AgreementSet agreements;
    private final Supplier<LocalDate> today;

    public PolicyGate(AgreementSet agreements, Clock clock) {
        this(agreements, () -> LocalDate.now(clock));
    }

    public PolicyGate(AgreementSet agreements, Supplier<LocalDate> today) {
        this.agreements = Objects.requireNonNull(agreements, "agreements");
        this.today = Objects.requireNonNull(today, "today");
    }

    public AgreementSet agreements() {
        return agreements;
    }

    /** May {@code role} open a view of this kind at all (before any dataset is involved)? */
    public AccessDecision may(Role role, Capability capability) {
        if (role == null) return AccessDecision.deny("no role: sign in first");
        if (role.compareTo(capability.leastRole()) >= 0) {
            return AccessDecision.allow("role " + role.key() + " may open " + label(capability), null);
        }
        return AccessDecision.deny("role " + role.key() + " may not open " + label(capability)
                + " (needs " + capability.leastRole().key() + " or above)");
    }

    /** The full decision for a data read. */
    public AccessDecision decide(AccessRequest req) {
        if (req.role() == null) return AccessDecision.deny("no role: sign in first");
        if (req.granularity() == null) return AccessDecision.deny("granularity missing");
        if (req.purpose() == null || req.purpose().isBlank()) {
            return AccessDecision.deny("state a purpose: every access to data is recorded with its purpose");
        }
        if (LINKAGE_REVIEW.equals(req.purpose().trim().toLowerCase(Locale.ROOT))) {
            return AccessDecision.deny("the purpose '" + LINKAGE_REVIEW + "' covers the clerical review queue only");
        }
        if (req.granularity() == Granularity.INDIVIDUAL && req.role().compareTo(Role.OPERATIONAL) < 0) {
            return AccessDecision.deny("role " + req.role().key()
                    + " sees aggregate figures only; individual children need the operational role and a purpose");
        }
        return underAgreements(req);
    }

    /**
     * May {@code role} see, in the clerical review queue, records of {@code dataset} (or its
     * {@code field})? The role must have the {@link Capability#REVIEW} capability and an in-force
     * agreement must list {@link #LINKAGE_REVIEW}, grant the role individual access for it, cover
     * the dataset and share the field.
     *
     * @param dataset null to ask whether any agreement allows review at all
     * @param field   a canonical field key; null for the dataset as a whole
     */
    public AccessDecision review(Role role, String dataset, String field) {
        AccessDecision capability = may(role, Capability.REVIEW);
        if (!capability.allowed()) return capability;
        AccessDecision d = underAgreements(new AccessRequest(null, role, LINKAGE_REVIEW, dataset, field, Granularity.INDIVIDUAL));
        if (d.allowed() || dataset != null) return d;
        return AccessDecision.deny("clerical review shows individual records, so it needs a data-sharing agreement in force that lists the purpose '"
                + LINKAGE_REVIEW + "', grants role " + role.key() + " (or a role below it) individual access for it, and shares the fields to compare ("
                + d.reason() + ")");
    }

    /**
     * Purposes, in the order the in-force agreements list them, for which some agreement grants
     * {@code role} access at {@code granularity}; never {@link #LINKAGE_REVIEW}, which only
     * {@link #review} grants.
     */
    public List<String> purposes(Role role, Granularity granularity) {
        List<String> out = new ArrayList<>();
        LocalDate date = today.get();
        for (Agreement a : agreements.all()) {
            if (!a.status(date).inForce()) continue;
            for (String purpose : a.purposes().keySet()) {
                if (!out.contains(purpose) && !LINKAGE_REVIEW.equals(purpose)
                        && a.access().stream().anyMatch(r -> r.grants(role, granularity, purpose))) out.add(purpose);
            }
        }
        return out;
    }

    /** The agreements layer of {@link #decide}: an in-force agreement covers the dataset, purpose, role, granularity and field. */
    private AccessDecision underAgreements(AccessRequest req) {
        LocalDate date = today.get();
        List<Agreement> candidates = req.dataset() == null
                ? agreements.all().stream().filter(a -> a.status(date).inForce()).toList()
                : agreements.covering(req.dataset(), date);
        if (candidates.isEmpty()) {
            return AccessDecision.deny(req.dataset() == null
                    ? "no data-sharing agreement is in force on " + date
                    : "no data-sharing agreement in force on " + date + " covers dataset '" + req.dataset() + "'");
        }
        String purpose = req.purpose().trim().toLowerCase(Locale.ROOT);
        List<String> refusals = new ArrayList<>();
        for (Agreement a : candidates) {
            if (!a.purposes().containsKey(purpose)) {
                refusals.add(a.id() + " does not cover purpose '" + purpose + "'");
                continue;
            }
            boolean granted = a.access().stream().anyMatch(r -> r.grants(req.role(), req.granularity(), purpose));
            if (!granted) {
                refusals.add(a.id() + " does not let role " + req.role().key() + " see "
                        + req.granularity().name().toLowerCase(Locale.ROOT) + " data for '" + purpose + "'");
                continue;
            }
            if (req.field() != null && req.dataset() != null) {
                Agreement.DatasetShare share = a.dataset(req.dataset()).orElseThrow();
                String f = req.field().trim().toLowerCase(Locale.ROOT);
                if (!share.fields().contains(f) && !share.facts().contains(f)) {
                    refusals.add(a.id() + " does not share field '" + f + "' of " + req.dataset());
                    continue;
                }
            }
            return AccessDecision.allow("agreement " + a.id() + " lets role " + req.role().key() + " see "
                    + req.granularity().name().toLowerCase(Locale.ROOT) + " data"
                    + (req.dataset() == null ? "" : " from " + req.dataset()) + " for '" + purpose + "'", a.id());
        }
        return AccessDecision.deny("refused: " + String.join("; ", refusals));
    }

    /**
     * {@link #decide} for a signed-in user, adding the remit check for individual children: an
     * operational user sees only children of the teams or localities in their remit.
     *
     * @param team the team or locality the child belongs to (null for aggregates)
     */
    public AccessDecision decide(User user, String purpose, String dataset, String field, Granularity granularity, String team) {
        AccessDecision d = decide(new AccessRequest(user.username(), user.role(), purpose, dataset, field, granularity));
        if (!d.allowed() || granularity != Granularity.INDIVIDUAL || user.role() == Role.ADMIN) return d;
        if (!user.covers(team)) {
            return AccessDecision.deny("this child is outside " + user.username() + "'s remit ("
                    + String.join(", ", user.remit()) + ")");
        }
        return d;
    }

    /** The rule protecting aggregates drawn from {@code datasets}. */
    public Suppression suppressionFor(java.util.Collection<String> datasets) {
        return agreements.suppressionFor(datasets, today.get());
    }

    private static String label(Capability c) {
        return c.key().replace('_', ' ');
    }
}
