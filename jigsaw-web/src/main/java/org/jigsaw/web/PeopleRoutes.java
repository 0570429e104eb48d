package org.jigsaw.web;

import static org.jigsaw.web.view.Html.esc;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jigsaw.govern.AuditEvent;
import org.jigsaw.govern.Role;
import org.jigsaw.store.Snapshot;
import org.jigsaw.store.SnapshotSource;
import org.jigsaw.web.access.Access;
import org.jigsaw.web.access.Pseudonymiser;
import org.jigsaw.web.auth.Principal;
import org.jigsaw.web.page.CohortCatalog;
import org.jigsaw.web.page.CohortMembers;
import org.jigsaw.web.view.ErrorSummary;
import org.jigsaw.web.words.CodeLabels;
import org.jigsaw.web.words.Dates;

/**
 * Drill-through from a count to the children behind it (operational, under an agreement that grants
 * individual access): the purpose and reason asked once per session and recorded with the agreement,
 * then a sortable, paged list for triage, each child one click from their view. Every list and
 * every child view is still audited with that purpose.
 */
final class PeopleRoutes {
    static final int PAGE = 50;
    private final SnapshotSource snapshots;
    private final Pseudonymiser pseudonyms;
    private final Function<Role, List<String>> purposes;
    private final Guard guard;
    private final Chrome chrome;
    private final ChildRoutes child;
    private final StatedPurposes stated;

    PeopleRoutes(SnapshotSource snapshots, Pseudonymiser pseudonyms, Function<Role, List<String>> purposes, Guard guard, Chrome chrome,
                 ChildRoutes child, StatedPurposes stated) {
        this.snapshots = snapshots;
        this.pseudonyms = pseudonyms;
        this.purposes = purposes;
        this.guard = guard;
        this.chrome = chrome;
        this.child = child;
        this.stated = stated;
    }

    void register(JavalinConfig cfg) {
        cfg.routes.get("/people/cohort/{cohort}", this::list);
        cfg.routes.get("/people/child/{pseudonym}", this::childView);
        cfg.routes.post("/people/purpose", this::statePurpose);
    }

    private Optional<StatedPurposes.Stated> purpose(Context ctx) {
        return stated.of(Web.session(ctx).id());
    }

    private void list(Context ctx) {
        Principal user = guard.require(ctx, Access.INDIVIDUALS);
        String cohort = ctx.pathParam("cohort");
        Snapshot s = snapshots.current();
        CohortCatalog catalog = CohortCatalog.of(s, snapshots.area());
        if (!org.jigsaw.web.page.CohortsPage.cohorts(s).contains(cohort) && !catalog.titles().containsKey(cohort)) {
            ctx.status(HttpStatus.NOT_FOUND).html(chrome.page(ctx, "Not found", "/child", "<h1 class=\"govuk-heading-l\">No such cohort</h1>"));
            return;
        }
        Optional<StatedPurposes.Stated> p = purpose(ctx);
        if (p.isEmpty()) {
            ctx.html(chrome.page(ctx, "Why you need these children's records", "/child", purposeForm(ctx, user, Map.of())));
            return;
        }
        String purpose = p.get().purpose();
        String agreement = guard.decide(ctx, Access.INDIVIDUALS, purpose, null).decision().agreement();
        Map<String, String> params = PageRoutes.params(ctx);
        List<CohortMembers.Member> members = new ArrayList<>(CohortMembers.of(s, cohort, params, catalog).stream()
                .filter(m -> guard.permits(user, Access.INDIVIDUALS, purpose, m.district())).toList());
        String sort = params.getOrDefault("sort", "").matches("waiting|age|latest|person") ? params.get("sort") : "waiting";
        members.sort(order(sort));
        int pages = Math.max(1, (members.size() + PAGE - 1) / PAGE);
        int page = Math.min(pages, Math.max(1, parse(params.get("page"))));
        List<CohortMembers.Member> shown = members.subList((page - 1) * PAGE, Math.min(members.size(), page * PAGE));
        guard.record(user, purpose, "COHORT_MEMBERS", AuditEvent.PEOPLE + "cohort:" + cohort + " (" + agreement + ") reason: " + p.get().reason(), shown.size());
        ctx.html(chrome.page(ctx, "Children in " + catalog.title(cohort), "/child",
                listHtml(ctx, cohort, catalog, shown, members.size(), page, pages, sort, params, agreement, purpose)));
    }

    private static Comparator<CohortMembers.Member> order(String sort) {
        Comparator<CohortMembers.Member> byPerson = Comparator.comparing(CohortMembers.Member::personId);
        return switch (sort) {
            case "age" -> Comparator.comparing(CohortMembers.Member::age, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(byPerson);
            case "latest" -> Comparator.comparing(CohortMembers.Member::latestDate, Comparator.nullsLast(Comparator.<String>reverseOrder())).thenComparing(byPerson);
            case "person" -> byPerson;
            default -> Comparator.comparing(CohortMembers.Member::daysWaiting, Comparator.nullsLast(Comparator.<Integer>reverseOrder())).thenComparing(byPerson);
        };
    }

    private static int parse(String s) {
        try {
            return s == null ? 1 : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private String listHtml(Context ctx, String cohort, CohortCatalog catalog, List<CohortMembers.Member> shown, int total, int page, int pages,
                            String sort, Map<String, String> params, String agreement, String purpose) {
        String base = "/people/cohort/" + cohort;
        StringBuilder b = new StringBuilder("<span class=\"govuk-caption-l\">For ").append(esc(ChildRoutes.purposeWords(purpose).toLowerCase(java.util.Locale.ROOT)))
                .append(", under agreement ").append(esc(agreement)).append("</span><h1 class=\"govuk-heading-l\">Children in ")
                .append(esc(catalog.title(cohort))).append("</h1><p class=\"govuk-body\">").append(total)
                .append(total == 1 ? " child" : " children").append(" within your remit. Each page you open is recorded in the audit log with your purpose. ")
                .append("Sorted by ").append(esc(sortWords(sort))).append(".</p>");
        b.append("<table class=\"govuk-table\" id=\"members\"><caption class=\"govuk-table__caption govuk-table__caption--s\">Children, page ")
                .append(page).append(" of ").append(pages).append("</caption><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">");
        for (String[] col : new String[][] {{"person", "Person ID"}, {"age", "Age"}, {"", "Other vulnerable cohorts"}, {"latest", "Latest event"}, {"waiting", "Days waiting"}}) {
            b.append("<th scope=\"col\" class=\"govuk-table__header\"").append(col[0].equals(sort) ? " aria-sort=\"" + (sort.equals("age") || sort.equals("person") ? "ascending" : "descending") + "\"" : "").append('>');
            if (col[0].isEmpty()) b.append(esc(col[1]));
            else b.append("<a class=\"govuk-link\" href=\"").append(esc(base + query(params, "sort", col[0], "page", "1"))).append("\">").append(esc(col[1])).append("</a>");
            b.append("</th>");
        }
        b.append("</tr></thead><tbody class=\"govuk-table__body\">");
        if (shown.isEmpty()) b.append("<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\" colspan=\"5\">No children within your remit.</td></tr>");
        for (CohortMembers.Member m : shown) {
            String pseudo = pseudonyms.person(agreement, m.personId());
            List<String> others = m.otherCohorts().stream().map(catalog::title).toList();
            b.append("<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\"><a class=\"govuk-link\" href=\"/people/child/")
                    .append(esc(pseudo)).append("\">").append(esc(pseudo)).append("</a></th><td class=\"govuk-table__cell\">")
                    .append(m.age() == null ? "Unknown" : m.age()).append("</td><td class=\"govuk-table__cell\">")
                    .append(esc(others.isEmpty() ? "None" : String.join("; ", others))).append("</td><td class=\"govuk-table__cell\">")
                    .append(m.latestDate() == null ? "None recorded" : esc(CodeLabels.type(m.latestType()) + ", " + Dates.day(m.latestDate())))
                    .append("</td><td class=\"govuk-table__cell\">")
                    .append(m.daysWaiting() == null ? "Not waiting" : esc(m.daysWaiting() + " days" + (m.waitingFor() == null ? "" : " (" + CodeLabels.service(m.waitingFor()) + ")")))
                    .append("</td></tr>");
        }
        b.append("</tbody></table>");
        if (pages > 1) {
            b.append("<nav class=\"govuk-pagination\" aria-label=\"Pages of children\">");
            if (page > 1) b.append("<div class=\"govuk-pagination__prev\"><a class=\"govuk-link govuk-pagination__link\" href=\"")
                    .append(esc(base + query(params, "sort", sort, "page", Integer.toString(page - 1)))).append("\" rel=\"prev\"><span class=\"govuk-pagination__link-title\">Previous page</span></a></div>");
            if (page < pages) b.append("<div class=\"govuk-pagination__next\"><a class=\"govuk-link govuk-pagination__link\" href=\"")
                    .append(esc(base + query(params, "sort", sort, "page", Integer.toString(page + 1)))).append("\" rel=\"next\"><span class=\"govuk-pagination__link-title\">Next page</span></a></div>");
            b.append("</nav>");
        }
        return b.toString();
    }

    private static String sortWords(String sort) {
        return switch (sort) {
            case "age" -> "age, youngest first";
            case "latest" -> "latest event, most recent first";
            case "person" -> "person ID";
            default -> "days waiting, longest first";
        };
    }

    private static String query(Map<String, String> params, String k1, String v1, String k2, String v2) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : List.of("age", "residence", "icb")) if (params.containsKey(k)) m.put(k, params.get(k));
        m.put(k1, v1);
        m.put(k2, v2);
        return PageRenderer.query(m);
    }

    private void childView(Context ctx) {
        Principal user = guard.require(ctx, Access.INDIVIDUALS);
        Optional<StatedPurposes.Stated> p = purpose(ctx);
        if (p.isEmpty()) {
            ctx.html(chrome.page(ctx, "Why you need this child's records", "/child", purposeForm(ctx, user, Map.of())));
            return;
        }
        String purpose = p.get().purpose();
        Optional<ChildRoutes.Found> found = child.find(ctx, ctx.pathParam("pseudonym"), purpose);
        if (found.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND).html(chrome.page(ctx, "Not found", "/child", "<h1 class=\"govuk-heading-l\">No child with that person ID in the current snapshot</h1>"));
            return;
        }
        ChildRoutes.ChildRecords c = ChildRoutes.ChildRecords.load(snapshots.current(), found.get().personId(), child.shows(user, purpose));
        guard.record(user, purpose, "CHILD_VIEW", AuditEvent.PERSON + found.get().pseudonym() + " (" + found.get().agreement() + ") reason: " + p.get().reason(), c.rows());
        ctx.html(chrome.page(ctx, "Child view", "/child", child.render(found.get().pseudonym(), purpose, c)));
    }

    private String purposeForm(Context ctx, Principal user, Map<String, String> errors) {
        String next = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        String reasonError = errors.get("p-reason");
        return ErrorSummary.render(errors) + "<h1 class=\"govuk-heading-l\">Why you need these records</h1><p class=\"govuk-body\">You are about to see "
                + "individual children's records. Say why once: it is recorded in the audit log with the agreement that allows it, and with "
                + "every list and child you open until you sign out.</p><form method=\"post\" action=\"/people/purpose\" novalidate>"
                + "<input type=\"hidden\" name=\"_csrf\" value=\"" + esc(Web.session(ctx).csrfToken()) + "\"><input type=\"hidden\" name=\"next\" value=\""
                + esc(next.startsWith("/people/") ? next : "/child") + "\">" + child.purposes(user, "p-", null, errors.get("p-purpose-0"))
                + "<div class=\"" + ErrorSummary.group(reasonError) + "\"><label class=\"govuk-label govuk-label--s\" for=\"p-reason\">Reason (case or meeting reference)</label>"
                + ErrorSummary.inline("p-reason", reasonError) + "<input class=\"govuk-input" + (reasonError == null ? "" : " govuk-input--error")
                + "\" id=\"p-reason\" name=\"reason\" type=\"text\" maxlength=\"200\"" + (reasonError == null ? "" : " aria-describedby=\"p-reason-error\"") + "></div>"
                + "<button type=\"submit\" class=\"govuk-button\" data-module=\"govuk-button\">Continue</button></form>";
    }

    private void statePurpose(Context ctx) {
        Principal user = guard.require(ctx, Access.INDIVIDUALS);
        String purpose = trim(ctx.formParam("purpose"));
        String reason = trim(ctx.formParam("reason"));
        String next = trim(ctx.formParam("next"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (!purposes.apply(user.role()).contains(purpose)) errors.put("p-purpose-0", "Choose the purpose");
        if (reason.isEmpty()) errors.put("p-reason", "Give a reason, such as a case or meeting reference");
        if (!errors.isEmpty()) {
            String granted = purposes.apply(user.role()).contains(purpose) ? purpose : null;
            guard.refuse(user, granted, "PURPOSE_STATED", "/people/purpose refused: " + (granted == null ? "no purpose an agreement grants" : errors.values().iterator().next()));
            ctx.status(HttpStatus.BAD_REQUEST).html(chrome.page(ctx, "Error: Why you need these records", "/child", purposeForm(ctx, user, errors)));
            return;
        }
        String agreement = guard.decide(ctx, Access.INDIVIDUALS, purpose, null).decision().agreement();
        stated.state(Web.session(ctx).id(), purpose, reason, agreement);
        guard.record(user, purpose, "PURPOSE_STATED", "purpose for this session (" + agreement + ") reason: " + reason, 0);
        // only back into the drill-through: never an open redirect
        ctx.redirect(next.startsWith("/people/") && !next.startsWith("/people//") ? next : "/child", HttpStatus.SEE_OTHER);
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
