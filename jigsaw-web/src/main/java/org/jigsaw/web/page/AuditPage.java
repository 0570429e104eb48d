package org.jigsaw.web.page;

import static org.jigsaw.web.view.Html.esc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jigsaw.web.access.Access;
import org.jigsaw.web.access.AuditTrail;
import org.jigsaw.web.view.Cell;
import org.jigsaw.web.view.Column;
import org.jigsaw.web.view.DataTable;
import org.jigsaw.web.view.ErrorSummary;
import org.jigsaw.web.words.Dates;

/** The audit entries, newest first, filtered by user, action, outcome and date; and whether the hash chain verifies. */
public final class AuditPage implements Page {
    private static final String[][] COLUMNS = {{"seq", "Entry"}, {"time", "Time (UK)"}, {"user", "User"}, {"role", "Role"}, {"purpose", "Purpose"},
            {"action", "Action"}, {"what", "What"}, {"rows", "Rows"}, {"allowed", "Outcome"}};
    static final int LIMIT = 200;
    private final AuditTrail audit;

    public AuditPage(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public String path() {
        return "/audit";
    }

    @Override
    public String navLabel() {
        return "Audit";
    }

    @Override
    public Access access() {
        return Access.AUDIT;
    }

    @Override
    public boolean cacheable() {
        return false;
    }

    /** The filters as asked for; a date that is not a date is an error on its field, and filters nothing. */
    private record Query(String user, String action, String outcome, LocalDate from, LocalDate to, Map<String, String> errors, Map<String, String> typed) {
        static Query of(PageRequest req) {
            Map<String, String> errors = new LinkedHashMap<>();
            LocalDate from = date(req.param("from", ""), "f-from", "The ‘from’ date", errors);
            LocalDate to = date(req.param("to", ""), "f-to", "The ‘to’ date", errors);
            if (from != null && to != null && to.isBefore(from)) errors.put("f-to", "The ‘to’ date must be the same as or after the ‘from’ date");
            return new Query(req.param("user", ""), req.param("action", ""), req.choice("outcome", List.of("all", "allowed", "refused"), "all"),
                    errors.containsKey("f-from") ? null : from, errors.containsKey("f-to") ? null : to, errors,
                    Map.of("from", req.param("from", ""), "to", req.param("to", "")));
        }

        private static LocalDate date(String text, String field, String name, Map<String, String> errors) {
            if (text.isEmpty()) return null;
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                try {
                    return Dates.parseDay(text);
                } catch (DateTimeParseException e2) {
                    errors.put(field, name + " must be a real date, for example 27 November 2026");
                    return null;
                }
            }
        }

        boolean keeps(Map<String, Object> e) {
            if (!user.isEmpty() && !user.equalsIgnoreCase(String.valueOf(e.get("user")))) return false;
            if (!action.isEmpty() && !action.equals(String.valueOf(e.get("action")))) return false;
            if (outcome.equals("allowed") && !"yes".equals(e.get("allowed"))) return false;
            if (outcome.equals("refused") && "yes".equals(e.get("allowed"))) return false;
            if (from == null && to == null) return true;
            LocalDate day = Instant.parse(String.valueOf(e.get("time"))).atZone(Dates.UK).toLocalDate();
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }

        String describe() {
            List<String> parts = new ArrayList<>();
            if (!user.isEmpty()) parts.add("by " + user);
            if (!action.isEmpty()) parts.add("action " + action);
            if (!outcome.equals("all")) parts.add(outcome);
            if (from != null) parts.add("from " + Dates.day(from));
            if (to != null) parts.add("to " + Dates.day(to));
            return parts.isEmpty() ? "" : ", " + String.join(", ", parts);
        }
    }

    @Override
    public PageData build(PageRequest req) {
        String broken = audit.verify();
        String status = broken == null
                ? "<div class=\"govuk-inset-text\">The audit log's hash chain verifies: no entry has been edited, removed or reordered.</div>"
                : "<div class=\"govuk-warning-text\"><span class=\"govuk-warning-text__icon\" aria-hidden=\"true\">!</span><strong class=\"govuk-warning-text__text\">"
                + "<span class=\"govuk-visually-hidden\">Warning</span>The audit log does not verify: " + esc(broken) + "</strong></div>";
        Query q = Query.of(req);
        TreeSet<String> users = new TreeSet<>();
        TreeSet<String> actions = new TreeSet<>();
        Predicate<Map<String, Object>> keep = e -> {
            users.add(String.valueOf(e.get("user")));
            actions.add(String.valueOf(e.get("action")));
            return q.keeps(e);
        };
        // one pass over the whole log: the choices offered are every user and action in it, not just the latest
        List<Map<String, Object>> entries = audit.recent(Integer.MAX_VALUE, keep);
        DataTable.Builder t = DataTable.builder("audit", "Latest " + Math.min(LIMIT, entries.size()) + " of " + entries.size()
                + " entries, newest first" + q.describe());
        for (String[] c : COLUMNS) t.column(c[0].equals("seq") || c[0].equals("rows") ? Column.number(c[0], c[1]) : Column.text(c[0], c[1]));
        for (Map<String, Object> e : entries.subList(0, Math.min(LIMIT, entries.size()))) {
            List<Cell> row = new ArrayList<>();
            for (String[] c : COLUMNS) {
                String v = String.valueOf(e.getOrDefault(c[0], ""));
                row.add(switch (c[0]) {
                    case "time" -> Cell.text(Dates.time(v));
                    case "allowed" -> Cell.text("yes".equals(v) ? "Allowed" : "Refused");
                    case "purpose" -> Cell.text(v.replace('_', ' '));
                    default -> Cell.text(v);
                });
            }
            t.row(row);
        }
        return new PageData("Audit log", "Every access to data through the dashboard, the API and the command line.", form(q, users, actions),
                List.of(Section.of("Integrity", status), Section.of("Entries", "", t.build())));
    }

    private String form(Query q, TreeSet<String> users, TreeSet<String> actions) {
        StringBuilder b = new StringBuilder(ErrorSummary.render(q.errors()))
                .append("<form method=\"get\" action=\"").append(path()).append("\" class=\"jigsaw-filters\" novalidate><fieldset class=\"govuk-fieldset\">")
                .append("<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">Filter the entries</legend><div class=\"jigsaw-filter-row\">");
        Map<String, String> u = new LinkedHashMap<>();
        u.put("", "Anyone");
        users.forEach(x -> u.put(x, x));
        b.append(new Filters.Select("User", u, q.user()).render("user"));
        Map<String, String> a = new LinkedHashMap<>();
        a.put("", "Any action");
        actions.forEach(x -> a.put(x, x));
        b.append(new Filters.Select("Action", a, q.action()).render("action"));
        Map<String, String> o = new LinkedHashMap<>();
        o.put("all", "Allowed or refused");
        o.put("allowed", "Allowed");
        o.put("refused", "Refused");
        b.append(new Filters.Select("Outcome", o, q.outcome()).render("outcome"));
        b.append(dateField("from", "From", q, q.from()));
        b.append(dateField("to", "To", q, q.to()));
        return b.append("</div><button type=\"submit\" class=\"govuk-button govuk-button--secondary\" data-module=\"govuk-button\">Apply filters</button>")
                .append("</fieldset></form>").toString();
    }

    /** A date filter; after an error it shows what was typed, so the user can correct it. */
    private static String dateField(String name, String label, Query q, LocalDate value) {
        String id = "f-" + name;
        String error = q.errors().get(id);
        String shown = error != null ? q.typed().get(name) : value == null ? "" : Dates.day(value);
        return "<div class=\"" + ErrorSummary.group(error) + " jigsaw-filter\"><label class=\"govuk-label\" for=\"" + id + "\">" + label + "</label>"
                + "<div class=\"govuk-hint\" id=\"" + id + "-hint\">For example, 27 November 2026</div>" + ErrorSummary.inline(id, error)
                + "<input class=\"govuk-input govuk-input--width-10" + (error == null ? "" : " govuk-input--error") + "\" id=\"" + id + "\" name=\"" + name
                + "\" type=\"text\" aria-describedby=\"" + id + "-hint" + (error == null ? "" : " " + id + "-error") + "\" value=\""
                + esc(shown) + "\"></div>";
    }
}
