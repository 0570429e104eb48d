package org.jigsaw.web;

import static org.jigsaw.web.view.Html.esc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jigsaw.govern.Role;
import org.jigsaw.store.Snapshot;
import org.jigsaw.store.SnapshotSource;
import org.jigsaw.web.access.Access;
import org.jigsaw.web.access.Pseudonymiser;
import org.jigsaw.web.auth.Principal;
import org.jigsaw.web.auth.Session;
import org.jigsaw.web.page.CohortCatalog;
import org.jigsaw.web.view.Cell;
import org.jigsaw.web.view.Column;
import org.jigsaw.web.view.DataTable;
import org.jigsaw.web.view.ErrorSummary;
import org.jigsaw.web.view.TableView;
import org.jigsaw.web.words.CodeLabels;
import org.jigsaw.web.words.Dates;
import org.jigsaw.web.words.IcbNames;

/**
 * One child's linked records across agencies, on a timeline: operational role only, a purpose
 * from the agreements required for every look, every look audited with the pseudonym and purpose.
 */
final class ChildRoutes {
    private final SnapshotSource snapshots;
    private final Pseudonymiser pseudonyms;
    private final Function<Role, List<String>> purposes;
    private final Guard guard;
    private final Chrome chrome;
    private final ObjectMapper json = new ObjectMapper();

    ChildRoutes(SnapshotSource snapshots, Pseudonymiser pseudonyms, Function<Role, List<String>> purposes, Guard guard, Chrome chrome) {
        this.snapshots = snapshots;
        this.pseudonyms = pseudonyms;
        this.purposes = purposes;
        this.guard = guard;
        this.chrome = chrome;
    }

    void register(JavalinConfig cfg) {
        cfg.routes.get("/child", this::form);
        cfg.routes.post("/child", this::view);
        cfg.routes.post("/child/members", this::members);
        cfg.routes.get("/api/child/{pseudonym}", this::api);
    }

    private void form(Context ctx) {
        Principal user = guard.require(ctx, Access.INDIVIDUALS);
        guard.record(user, null, "CHILD_FORM", "/child", 0);
        ctx.html(chrome.page(ctx, "Child view", "/child", formHtml(Web.session(ctx), user, ctx.queryParam("id"), null, null, Map.of())));
    }

    /** @param errors field id → message (the GOV.UK error summary links each to its field; the field shows it inline) */
    private String formHtml(Session s, Principal user, String id, String purpose, String reason, Map<String, String> errors) {
        StringBuilder b = new StringBuilder(ErrorSummary.render(errors));
        String idError = errors.get("child-id");
        String purposeError = errors.get("purpose-0");
        String reasonError = errors.get("reason");
        b.append("<h1 class=\"govuk-heading-l\">Child view</h1><p class=\"govuk-body\">See one child's linked records across agencies. ")
                .append("You must give the purpose; your look is recorded in the audit log with it.</p>")
                .append("<form method=\"post\" action=\"/child\" novalidate><input type=\"hidden\" name=\"_csrf\" value=\"").append(esc(s.csrfToken())).append("\">")
                .append("<div class=\"").append(ErrorSummary.group(idError)).append("\"><label class=\"govuk-label govuk-label--s\" for=\"child-id\">Person ID (pseudonym)</label>")
                .append("<div class=\"govuk-hint\" id=\"child-id-hint\">A P followed by 16 letters and digits, for example PA3KQ7XM2D5RT4W6B</div>")
                .append(ErrorSummary.inline("child-id", idError))
                .append("<input class=\"govuk-input govuk-input--width-20").append(idError == null ? "" : " govuk-input--error")
                .append("\" id=\"child-id\" name=\"id\" type=\"text\" spellcheck=\"false\" aria-describedby=\"child-id-hint").append(idError == null ? "" : " child-id-error")
                .append("\" value=\"").append(esc(id)).append("\"></div>");
        b.append(purposes(user, "", purpose, purposeError));
        b.append("<div class=\"").append(ErrorSummary.group(reasonError)).append("\"><label class=\"govuk-label govuk-label--s\" for=\"reason\">Reason (case or meeting reference)</label>")
                .append(ErrorSummary.inline("reason", reasonError))
                .append("<input class=\"govuk-input").append(reasonError == null ? "" : " govuk-input--error").append("\" id=\"reason\" name=\"reason\" type=\"text\" maxlength=\"200\"")
                .append(reasonError == null ? "" : " aria-describedby=\"reason-error\"").append(" value=\"").append(esc(reason)).append("\"></div>")
                .append("<button type=\"submit\" class=\"govuk-button\" data-module=\"govuk-button\">Show records</button></form>");
        b.append(membersForm(s, user, errors));
        return b.toString();
    }

    /** The purpose radios; the first radio's id ({@code prefix}purpose-0) is where an error about the purpose links to. */
    String purposes(Principal user, String prefix, String chosen, String error) {
        StringBuilder b = new StringBuilder("<div class=\"").append(ErrorSummary.group(error)).append("\"><fieldset class=\"govuk-fieldset\"")
                .append(error == null ? "" : " aria-describedby=\"" + prefix + "purpose-error\"")
                .append("><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">Purpose</legend>")
                .append(ErrorSummary.inline(prefix + "purpose", error)).append("<div class=\"govuk-radios\" data-module=\"govuk-radios\">");
        int i = 0;
        for (String p : purposes.apply(user.role())) {
            String rid = prefix + "purpose-" + i;
            b.append("<div class=\"govuk-radios__item\"><input class=\"govuk-radios__input\" id=\"").append(rid).append("\" name=\"purpose\" type=\"radio\" value=\"")
                    .append(esc(p)).append('"').append(p.equals(chosen) ? " checked" : "").append("><label class=\"govuk-label govuk-radios__label\" for=\"")
                    .append(rid).append("\">").append(esc(purposeWords(p))).append("</label></div>");
            i++;
        }
        return b.append("</div></fieldset></div>").toString();
    }

    static String purposeWords(String p) {
        String w = p.replace('_', ' ');
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private String membersForm(Session s, Principal user, Map<String, String> errors) {
        String cohortError = errors.get("m-cohort");
        String reasonError = errors.get("m-reason");
        Snapshot snap = snapshots.current();
        CohortCatalog catalog = CohortCatalog.of(snap, snapshots.area());
        StringBuilder b = new StringBuilder("<h2 class=\"govuk-heading-m\">Find children in a cohort</h2>")
                .append("<p class=\"govuk-body\">Lists the person IDs of a cohort's members within your remit; the list is audited like a child view.</p>")
                .append("<form method=\"post\" action=\"/child/members\" novalidate><input type=\"hidden\" name=\"_csrf\" value=\"").append(esc(s.csrfToken())).append("\">")
                .append("<div class=\"").append(ErrorSummary.group(cohortError)).append("\"><label class=\"govuk-label govuk-label--s\" for=\"m-cohort\">Cohort</label>")
                .append(ErrorSummary.inline("m-cohort", cohortError))
                .append("<select class=\"govuk-select\" id=\"m-cohort\" name=\"cohort\"").append(cohortError == null ? "" : " aria-describedby=\"m-cohort-error\"").append('>');
        for (String c : org.jigsaw.web.page.CohortsPage.cohorts(snap)) {
            b.append("<option value=\"").append(esc(c)).append("\">").append(esc(catalog.title(c))).append("</option>");
        }
        b.append("</select></div>").append(purposes(user, "m-", null, errors.get("m-purpose-0")))
                .append("<div class=\"").append(ErrorSummary.group(reasonError)).append("\"><label class=\"govuk-label govuk-label--s\" for=\"m-reason\">Reason</label>")
                .append(ErrorSummary.inline("m-reason", reasonError))
                .append("<input class=\"govuk-input").append(reasonError == null ? "" : " govuk-input--error").append("\" id=\"m-reason\" name=\"reason\" type=\"text\" maxlength=\"200\"")
                .append(reasonError == null ? "" : " aria-describedby=\"m-reason-error\"").append("></div>")
                .append("<button type=\"submit\" class=\"govuk-button govuk-button--secondary\" data-module=\"govuk-button\">List members</button></form>");
        return b.toString();
    }

    private void members(Context ctx) {
        Principal user = guard.require(ctx, Access.INDIVIDUALS);
        String cohort = trim(ctx.formParam("cohort"));
        String purpose = trim(ctx.formParam("purpose"));
        String reason = trim(ctx.formParam("reason"));
        Snapshot s = snapshots.current();
        Map<String, String> errors = new LinkedHashMap<>();
        if (!org.jigsaw.web.page.CohortsPage.cohorts(s).contains(cohort)) errors.put("m-cohort", "Choose a cohort");
        if (!purposes.apply(user.role()).contains(purpose)) errors.put("m-purpose-0", "Choose the purpose");
        if (reason.isEmpty()) errors.put("m-reason", "Give a reason, such as a case or meeting reference");
        if (!errors.isEmpty()) {
            guard.refuse(user, granted(user, purpose), "COHORT_MEMBERS", refusal("/child/members", user, purpose, errors.values().iterator().next()));
            ctx.status(HttpStatus.BAD_REQUEST).html(chrome.page(ctx, "Error: Child view", "/child", formHtml(Web.session(ctx), user, "", null, "", errors)));
            return;
        }
        CohortCatalog catalog = CohortCatalog.of(s, snapshots.area());
        String agreement = guard.decide(ctx, Access.INDIVIDUALS, purpose, null).decision().agreement();
        DataTable.Builder t = DataTable.builder("members", "Members of " + catalog.title(cohort) + " within your remit")
                .column(Column.text("person", "Person ID")).column(Column.text("age", "Age")).column(Column.text("district", "Postcode district"));
        int[] shown = {0};
        s.query("SELECT cm.person_id, date_diff('year', p.dob, (SELECT coalesce(max(reference_date), current_date) FROM run)) AS age, "
                + "coalesce(split_part(p.postcode, ' ', 1), '') FROM cohort_member cm JOIN person p USING (person_id) WHERE cm.cohort = ? "
                + "ORDER BY cm.person_id LIMIT 2000", rs -> {
                    String district = rs.getString(3);
                    if (guard.permits(user, Access.INDIVIDUALS, purpose, district)) {
                        String pseudo = pseudonyms.person(agreement, rs.getString(1));
                        t.row(Cell.link(pseudo, "/child?id=" + pseudo), Cell.text(rs.getObject(2) == null ? "" : Integer.toString(rs.getInt(2))), Cell.text(district));
                        shown[0]++;
                    }
                    return null;
                }, cohort);
        guard.record(user, purpose, "COHORT_MEMBERS", org.jigsaw.govern.AuditEvent.PEOPLE + "cohort:" + cohort + " (" + agreement + ") reason: " + reason, shown[0]);
        ctx.html(chrome.page(ctx, "Child view", "/child", "<span class=\"govuk-caption-l\">For " + esc(purposeWords(purpose).toLowerCase(Locale.ROOT)) + "</span>"
                + "<h1 class=\"govuk-heading-l\">Members of " + esc(catalog.title(cohort)) + "</h1><p class=\"govuk-body\">" + shown[0]
                + " children. Choose a person ID to open their records (you will be asked for the purpose again).</p>" + TableView.render(t.build(), null)));
    }

    private void view(Context ctx) {
        Principal user = guard.require(ctx, Access.INDIVIDUALS);
        String id = trim(ctx.formParam("id"));
        String purpose = trim(ctx.formParam("purpose"));
        String reason = trim(ctx.formParam("reason"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (id.isEmpty()) errors.put("child-id", "Enter the person ID");
        if (!purposes.apply(user.role()).contains(purpose)) errors.put("purpose-0", "Choose the purpose");
        if (reason.isEmpty()) errors.put("reason", "Give a reason, such as a case or meeting reference");
        if (!errors.isEmpty()) {
            guard.refuse(user, granted(user, purpose), "CHILD_VIEW", refusal("/child", user, purpose, errors.values().iterator().next()));
            ctx.status(HttpStatus.BAD_REQUEST).html(chrome.page(ctx, "Error: Child view", "/child", formHtml(Web.session(ctx), user, id, purpose, reason, errors)));
            return;
        }
        Optional<Found> found = find(ctx, id, purpose);
        if (found.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND).html(chrome.page(ctx, "Error: Child view", "/child", formHtml(Web.session(ctx), user, id, purpose, reason,
                    Map.of("child-id", "No child with that person ID in the current snapshot"))));
            return;
        }
        ChildRecords c = ChildRecords.load(snapshots.current(), found.get().personId(), shows(user, purpose));
        guard.record(user, purpose, "CHILD_VIEW", "person:" + found.get().pseudonym() + " (" + found.get().agreement() + ") reason: " + reason, c.rows());
        ctx.html(chrome.page(ctx, "Child view", "/child", render(found.get().pseudonym(), purpose, c)));
    }

    record Found(String personId, String pseudonym, String agreement) {
    }

    /**
     * Finds the child under the agreement the gate names for this purpose, then asks the gate
     * again with the child's locality for the user's remit; refusals throw and are audited.
     */
    Optional<Found> find(Context ctx, String pseudonym, String purpose) {
        Guard.Allowed first = guard.decide(ctx, Access.INDIVIDUALS, purpose, null);
        String agreement = first.decision().agreement();
        Snapshot s = snapshots.current();
        Optional<String> personId = pseudonyms.personIdFor(s, agreement, pseudonym);
        if (personId.isEmpty()) {
            guard.record(first.principal(), purpose, "CHILD_LOOKUP_MISS", "/child", 0);
            return Optional.empty();
        }
        List<String> district = s.query("SELECT coalesce(split_part(postcode, ' ', 1), '') FROM person WHERE person_id = ?", rs -> rs.getString(1), personId.get());
        guard.decide(ctx, Access.INDIVIDUALS, purpose, district.isEmpty() ? "" : district.get(0));
        return Optional.of(new Found(personId.get(), pseudonyms.person(agreement, personId.get()), agreement));
    }

    /** The purpose as the audit may record it: only one the agreements grant this role for individuals. */
    private String granted(Principal user, String purpose) {
        return purposes.apply(user.role()).contains(purpose) ? purpose : null;
    }

    /** What a refused look records: the route and why, never the typed ID, nor a purpose no agreement grants. */
    private String refusal(String route, Principal user, String purpose, String error) {
        String why = purpose.isEmpty() ? "no purpose stated"
                : granted(user, purpose) == null ? "a purpose no agreement grants role " + user.role().key() + " for individual children" : error;
        return route + " refused: " + why;
    }

    /** The fields of a child's records the agreements share for the purpose, by dataset. */
    java.util.function.BiPredicate<String, String> shows(Principal user, String purpose) {
        return (dataset, field) -> guard.shows(user, Access.INDIVIDUALS, purpose, dataset, field);
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    String render(String pseudonym, String purpose, ChildRecords c) {
        StringBuilder b = new StringBuilder("<span class=\"govuk-caption-l\">Child view for ").append(esc(purpose.replace('_', ' '))).append("</span>")
                .append("<h1 class=\"govuk-heading-l\">").append(esc(pseudonym)).append("</h1>")
                .append("<dl class=\"govuk-summary-list\">");
        c.summary().forEach((k, v) -> b.append("<div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">").append(esc(k))
                .append("</dt><dd class=\"govuk-summary-list__value\">").append(esc(v)).append("</dd></div>"));
        b.append("</dl><h2 class=\"govuk-heading-m\">Timeline</h2>");
        if (c.timeline().rows().isEmpty()) {
            b.append("<p class=\"govuk-body\">No dated events.</p>");
        } else {
            b.append("<ol class=\"jigsaw-timeline\">");
            for (List<Cell> r : c.timeline().rows()) {
                b.append("<li><p class=\"govuk-body-s govuk-!-margin-bottom-0\"><strong>").append(esc(r.get(0).text())).append("</strong>")
                        .append(r.get(1).text().isEmpty() ? "" : " to " + esc(r.get(1).text())).append("</p><p class=\"govuk-body govuk-!-margin-bottom-0\">")
                        .append(esc(r.get(2).text())).append(r.get(3).text().isEmpty() ? "" : ": " + esc(r.get(3).text())).append("</p><p class=\"govuk-body-s\">From ")
                        .append(esc(r.get(4).text())).append("</p></li>");
            }
            b.append("</ol>");
        }
        b.append("<h2 class=\"govuk-heading-m\">Timeline as a table</h2>").append(TableView.render(c.timeline(), null));
        b.append("<h2 class=\"govuk-heading-m\">Records linked to this child</h2>").append(TableView.render(c.records(), null));
        return b.toString();
    }

    private void api(Context ctx) {
        Principal user = guard.require(ctx, Access.INDIVIDUALS);
        String purpose = trim(ctx.queryParam("purpose"));
        if (!purposes.apply(user.role()).contains(purpose)) {
            guard.refuse(user, null, "API_CHILD_VIEW", refusal("/api/child", user, purpose, "Choose the purpose"));
            ctx.status(HttpStatus.BAD_REQUEST).json(java.util.Map.of("error", "purpose is required: one of " + purposes.apply(user.role())));
            return;
        }
        Optional<Found> found = find(ctx, ctx.pathParam("pseudonym"), purpose);
        if (found.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND).json(java.util.Map.of("error", "no such person in the current snapshot"));
            return;
        }
        ChildRecords c = ChildRecords.load(snapshots.current(), found.get().personId(), shows(user, purpose));
        guard.record(user, purpose, "API_CHILD_VIEW", "person:" + found.get().pseudonym() + " (" + found.get().agreement() + ")", c.rows());
        ObjectNode root = json.createObjectNode();
        root.put("person", found.get().pseudonym());
        root.put("purpose", purpose);
        root.put("agreement", found.get().agreement());
        ObjectNode summary = root.putObject("summary");
        c.summary().forEach(summary::put);
        root.set("tables", PageRoutes.tablesJson(json, List.of(c.timeline(), c.records())));
        ctx.contentType("application/json").result(root.toString());
    }

    /** What the snapshot holds about one person: summary, dated facts and the linked records. */
    record ChildRecords(java.util.Map<String, String> summary, DataTable timeline, DataTable records) {
        /** The code lists, read once: they come from the specifications bundled with the code, not from the data. */
        private static final CodeLabels CODES = CodeLabels.load();

        long rows() {
            return timeline.rows().size() + records.rows().size();
        }

        /** @param shows (dataset, field) → may the view show that field of a record */
        static ChildRecords load(Snapshot s, String personId, java.util.function.BiPredicate<String, String> shows) {
            java.util.Map<String, String> summary = new java.util.LinkedHashMap<>();
            s.query("SELECT CAST(dob AS VARCHAR), coalesce(sex, ''), coalesce(postcode, ''), in_area, coalesce(gp_icb, ''), records FROM person WHERE person_id = ?",
                    rs -> {
                        summary.put("Date of birth", rs.getString(1) == null ? "Unknown" : Dates.day(rs.getString(1)));
                        summary.put("Sex", rs.getString(2));
                        summary.put("Postcode", rs.getString(3));
                        summary.put("Resident in the area", rs.getObject(4) == null ? "Unknown" : rs.getBoolean(4) ? "Yes" : "No");
                        summary.put("GP-registered ICB", rs.getString(5).isEmpty() ? "Not registered with a GP in the linked records" : IcbNames.label(rs.getString(5)));
                        summary.put("Linked records", Integer.toString(rs.getInt(6)));
                        return null;
                    }, personId);
            DataTable.Builder t = DataTable.builder("timeline", "Events and statuses, oldest first").column(Column.text("start", "From"))
                    .column(Column.text("end", "To")).column(Column.text("what", "What")).column(Column.text("code", "Detail"))
                    .column(Column.text("source", "Source"));
            // the same event from two sources (an EHC plan in SEN2 and the School Census) is one line naming both
            s.query("SELECT CAST(start_date AS VARCHAR), coalesce(CAST(end_date AS VARCHAR), ''), type, coalesce(code, ''), "
                    + "string_agg(DISTINCT coalesce(source, ''), ', ' ORDER BY coalesce(source, '')) FROM fact WHERE person_id = ? "
                    + "GROUP BY ALL ORDER BY 1 NULLS LAST, 3, 4", rs -> t.row(Cell.text(rs.getString(1) == null ? "Undated" : Dates.day(rs.getString(1))),
                    Cell.text(rs.getString(2).equals(rs.getString(1)) ? "" : Dates.day(rs.getString(2))), Cell.text(CodeLabels.type(rs.getString(3))),
                    Cell.text(CODES.code(rs.getString(3), rs.getString(4))), Cell.text(rs.getString(5))), personId);
            DataTable.Builder r = DataTable.builder("records", "Records by source");
            for (String[] f : RecordFields.FIELDS) r.column(Column.text(f[0], f[1]));
            List<String> keys = s.query("SELECT pr.record_key FROM person_record pr JOIN record USING (record_key) WHERE pr.person_id = ? ORDER BY record.source",
                    rs -> rs.getString(1), personId);
            for (String k : keys) {
                java.util.Map<String, String> rec = RecordFields.read(s, k, shows);
                r.row(java.util.Arrays.stream(RecordFields.FIELDS).map(f -> Cell.text(rec.getOrDefault(f[0], ""))).toList());
            }
            return new ChildRecords(summary, t.build(), r.build());
        }

    }
}
