package org.jigsaw.feed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jigsaw.govern.Agreement;
import org.jigsaw.govern.AgreementSet;
import org.jigsaw.govern.AgreementStatus;
import org.jigsaw.govern.Granularity;
import org.jigsaw.govern.Role;

/**
 * Finds the data-sharing agreement that permits a feed. A feed discloses data about individual
 * children to another organisation, so the agreement must, on the day:
 * <ol>
 *   <li>be in force (started and not ended; an agreement overdue for review is still in force,
 *       as the governance rules say, and the command prints the warning);</li>
 *   <li>declare the feed's purpose ({@code ehcp_feed} or {@code early_years_feed});</li>
 *   <li>grant individual-level access for that purpose to some role;</li>
 *   <li>cover the facts the feed discloses through one of its datasets;</li>
 *   <li>name the recipient as a party, when a recipient is given.</li>
 * </ol>
 * When none does, the refusal lists each agreement and the first condition it fails.
 */
public final class FeedPolicy {

    private final AgreementSet agreements;

    public FeedPolicy(AgreementSet agreements) {
        this.agreements = agreements;
    }

    /**
     * @param agreementId use this agreement only (null: any that permits the feed)
     * @param recipient   the receiving party (null: the agreement's parties other than the first)
     * @throws FeedRefusedException when no agreement permits it
     */
    public FeedPermit permit(FeedKind kind, LocalDate on, String agreementId, String recipient) {
        List<String> reasons = new ArrayList<>();
        for (Agreement a : agreements.all()) {
            if (agreementId != null && !a.id().equals(agreementId)) {
                continue;
            }
            String why = refusal(a, kind, on, recipient);
            if (why == null) {
                return new FeedPermit(kind, a.id(), kind.purpose(), recipient != null ? recipient : recipients(a));
            }
            reasons.add(a.id() + ": " + why);
        }
        if (agreementId != null && reasons.isEmpty()) {
            throw new FeedRefusedException("no agreement with id '" + agreementId + "' in agreements/");
        }
        if (reasons.isEmpty()) {
            throw new FeedRefusedException("the area has no data-sharing agreements (agreements/*.yaml); the "
                    + kind.key() + " feed needs one that declares the purpose '" + kind.purpose() + "'");
        }
        throw new FeedRefusedException("no data-sharing agreement permits the " + kind.key() + " feed on " + on + ": "
                + String.join("; ", reasons));
    }

    private static String refusal(Agreement a, FeedKind kind, LocalDate on, String recipient) {
        AgreementStatus status = a.status(on);
        if (status != AgreementStatus.ACTIVE && status != AgreementStatus.REVIEW_OVERDUE) {
            return "not in force (" + status.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
        }
        if (!a.purposes().containsKey(kind.purpose())) {
            return "does not declare the purpose '" + kind.purpose() + "'";
        }
        boolean individual = a.access().stream()
                .anyMatch(r -> r.grants(Role.ADMIN, Granularity.INDIVIDUAL, kind.purpose()));
        if (!individual) {
            return "grants no individual-level access for '" + kind.purpose() + "'";
        }
        List<String> facts = a.datasets().stream().flatMap(d -> d.facts().stream()).toList();
        if (!kind.coveredBy(facts)) {
            return "none of its datasets contributes " + String.join(" or ", kind == FeedKind.EHCP
                    ? List.of("ehc_plan") : kind.facts());
        }
        if (recipient != null && a.parties().stream().noneMatch(p -> p.name().equalsIgnoreCase(recipient))) {
            return "'" + recipient + "' is not a party to it";
        }
        return null;
    }

    private static String recipients(Agreement a) {
        List<String> names = a.parties().stream().map(Agreement.Party::name).toList();
        return String.join("; ", names.size() > 1 ? names.subList(1, names.size()) : names);
    }
}
