package org.jigsaw.web;

import static org.jigsaw.web.view.Html.esc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jigsaw.govern.AuditEvent;
import org.jigsaw.govern.PolicyGate;
import org.jigsaw.link.Decision;
import org.jigsaw.link.ReviewDecision;
import org.jigsaw.store.Snapshot;
import org.jigsaw.store.SnapshotSource;
import org.jigsaw.web.access.Access;
import org.jigsaw.web.access.Pseudonymiser;
import org.jigsaw.web.auth.Principal;
import org.jigsaw.web.auth.Session;
import org.jigsaw.web.review.DecisionFile;
import org.jigsaw.web.review.ReviewQueue;
import org.jigsaw.web.view.Cell;
import org.jigsaw.web.view.Column;
import org.jigsaw.web.view.DataTable;
import org.jigsaw.web.view.ErrorSummary;
import org.jigsaw.web.view.TableView;
import org.jigsaw.web.words.Dates;

/**
 * The clerical review queue: both records side by side, the weight explanation, accept or reject;
 * open only where an agreement grants the reviewer's role clerical review ({@code linkage_review}),
 * showing only the fields it shares, every look audited with the records' stable pseudonyms.
 */
final class ReviewRoutes {
    private final SnapshotSource snapshots;
    private final ReviewQueue queue;
    private final Pseudonymiser pseudonyms;
    private final DecisionFile decisions;
    private final Guard guard;
    private final Chrome chrome;
    private final ObjectMapper json = new ObjectMapper();
    /**
     * Rendered pair views by snapshot and pair: a snapshot never changes, and reviewers (and the
     * queue's first pair, shown to everyone) come back to the same pairs. Bounded crudely.
     */
    private final Map<String, String> pairViews = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_PAIR_VIEWS = 5_000;

    ReviewRoutes(SnapshotSource snapshots, ReviewQueue queue, Pseudonymiser pseudonyms, DecisionFile decisions, Guard guard, Chrome chrome) {
        this.snapshots = snapshots;
        this.queue = queue;
        this.pseudonyms = pseudonyms;
        this.decisions = decisions;
        this.guard = guard;
        this.chrome = chrome;
    }

    void register(JavalinConfig cfg) {
        cfg.routes.get("/review", this::page);
        cfg.routes.post("/review", this::decide);
        cfg.routes.get("/api/review", this::api);
    }

    /** The review queue as the agreements allow it: refused (and audited) without an agreement granting clerical review. */
    private record Review(Principal user, String agreement, String purpose) {
    }

    private Review allowed(Context ctx) {
        Guard.Allowed a = guard.decide(ctx, Access.REVIEW, null, null);
        return new Review(a.principal(), a.decision().agreement(), a.purpose());
    }

    /** How the audit names a pair: both records by their pseudonyms under the review agreement, and the agreement. */
    private String audited(Review r, ReviewQueue.Pending p) {
        return AuditEvent.RECORD + pseudonyms.record(r.agreement(), p.leftKey()) + " " + AuditEvent.RECORD + pseudonyms.record(r.agreement(), p.rightKey())
                + " pair:" + p.token() + " (" + r.agreement() + ")";
    }

    /**
     * Whether the pair shows the twin pattern — family name, date of birth and postcode agree, given
     * names differ — judged only on fields the agreement shares with this role for both records'
     * datasets, so the warning (and the queue's order) says nothing about a field the reviewer may not see.
     */
    private boolean twin(Principal user, ReviewQueue.Pending p) {
        if (!p.same().twinPattern()) return false;
        for (String field : List.of("family_name", "dob", "postcode", "given_name")) {
            if (!guard.shows(user, Access.REVIEW, PolicyGate.LINKAGE_REVIEW, p.leftDataset(), field)
                    || !guard.shows(user, Access.REVIEW, PolicyGate.LINKAGE_REVIEW, p.rightDataset(), field)) return false;
        }
        return true;
    }

    /**
     * The queue in the order a decision matters most: twin suspects first (accepting one merges two
     * children), then pairs whose decision joins or keeps apart the most records, then the heavier.
     */
    private List<ReviewQueue.Pending> ordered(Principal user, List<ReviewQueue.Pending> pending) {
        Map<String, Boolean> twins = new java.util.HashMap<>();
        pending.forEach(p -> twins.put(p.token(), twin(user, p)));
        return pending.stream().sorted(java.util.Comparator.<ReviewQueue.Pending>comparingInt(p -> twins.get(p.token()) ? 0 : 1)
                .thenComparing(java.util.Comparator.comparingInt(ReviewQueue.Pending::records).reversed())
                .thenComparing(java.util.Comparator.comparingDouble(ReviewQueue.Pending::weight).reversed())).toList();
    }

    private void page(Context ctx) {
        Review r = allowed(ctx);
        Snapshot s = snapshots.current();
        List<ReviewQueue.Pending> pending = ordered(r.user(), queue.pending(s, r.agreement()));
        String wanted = ctx.queryParam("pair");
        Optional<ReviewQueue.Pending> shown = wanted == null ? pending.stream().findFirst()
                : queue.find(s, r.agreement(), wanted).or(() -> pending.stream().findFirst());
        render(ctx, r, s, pending, shown, ctx.queryParam("saved"), Map.of(), HttpStatus.OK);
    }

    private void render(Context ctx, Review r, Snapshot s, List<ReviewQueue.Pending> pending, Optional<ReviewQueue.Pending> shown, String saved,
                        Map<String, String> errors, HttpStatus status) {
        StringBuilder b = new StringBuilder(ErrorSummary.render(errors)).append("<span class=\"govuk-caption-l\">For ").append(esc(r.purpose().replace('_', ' ')))
                .append(" under ").append(esc(r.agreement())).append("</span><h1 class=\"govuk-heading-l\">Review queue</h1>");
        if (saved != null) {
            b.append("<div class=\"govuk-notification-banner govuk-notification-banner--success\" role=\"alert\" aria-labelledby=\"saved-title\" ")
                    .append("data-module=\"govuk-notification-banner\"><div class=\"govuk-notification-banner__header\"><h2 class=\"govuk-notification-banner__title\" id=\"saved-title\">Success</h2></div>")
                    .append("<div class=\"govuk-notification-banner__content\"><p class=\"govuk-notification-banner__heading\">Decision saved for pair ")
                    .append(esc(saved)).append(". It takes effect at the next refresh; you can change it from the list of decisions.</p></div></div>");
        }
        b.append("<p class=\"govuk-body-l\">").append(pending.size()).append(" pair").append(pending.size() == 1 ? "" : "s")
                .append(" waiting. Decide whether the two records belong to the same child. Decisions are kept and honoured on every later refresh.</p>")
                .append("<p class=\"govuk-body\">The linker puts a pair here when its score falls between the thresholds for linking and for keeping apart. ")
                .append("Possible twins come first, then the pairs whose decision joins or separates the most records. ")
                .append("Fields the agreement does not share for clerical review are not shown.</p>");
        long rows = 0;
        if (shown.isPresent()) {
            ReviewQueue.Pending p = shown.get();
            Optional<ReviewQueue.Decided> current = queue.decision(s, r.agreement(), p.token());
            boolean twin = twin(r.user(), p);
            b.append("<h2 class=\"govuk-heading-m\">Pair ").append(esc(p.token()));
            current.ifPresent(d -> b.append(" <strong class=\"govuk-tag govuk-tag--grey\">Decided: ").append(esc(decisionWords(d.decision()))).append("</strong>"));
            b.append("</h2>");
            if (twin) {
                b.append("<div class=\"govuk-warning-text jigsaw-twin\" id=\"twin-warning\"><span class=\"govuk-warning-text__icon\" aria-hidden=\"true\">!</span>")
                        .append("<strong class=\"govuk-warning-text__text\"><span class=\"govuk-visually-hidden\">Warning</span>Possible twins: ")
                        .append("the family name, date of birth and postcode agree but the given names differ. ")
                        .append("Twins look like this. Link them only if another identifier shows they are the same child.</strong></div>");
            }
            b.append("<dl class=\"govuk-summary-list\">")
                    .append(summaryRow("Match weight", weight(p.weight()) + " (" + weightWords(p.weight()) + ")"))
                    .append(summaryRow("Match probability", probability(p.probability())))
                    .append(summaryRow("Records a decision joins or keeps apart", Integer.toString(p.records())));
            current.ifPresent(d -> b.append(summaryRow("Current decision", decisionWords(d.decision()) + (d.reviewer().isEmpty() ? "" : " by " + d.reviewer())
                    + (d.at() == null ? "" : ", " + Dates.time(d.at())) + (d.sinceRefresh() ? " (takes effect at the next refresh)" : " (in this snapshot)"))));
            b.append("</dl>");
            // the fields shown depend on the role's grants, so the role is part of the key
            b.append(pairViews.computeIfAbsent(s.name() + "|" + r.user().role().key() + "|" + p.token(), k -> pairView(s, r.user(), p)));
            if (pairViews.size() > MAX_PAIR_VIEWS) pairViews.clear();
            b.append(decisionForm(Web.session(ctx), p.token(), twin, current.map(ReviewQueue.Decided::decision).orElse(null), errors));
            rows = 2;
        } else {
            b.append("<p class=\"govuk-body\">Nothing to review in this snapshot.</p>");
        }
        if (pending.size() > 1) {
            DataTable.Builder list = DataTable.builder("queue", "Next pairs in the queue").column(Column.text("pair", "Pair"))
                    .column(Column.number("weight", "Match weight")).column(Column.number("probability", "Match probability"))
                    .column(Column.number("records", "Records a decision joins or keeps apart")).column(Column.text("warning", "Warning"));
            pending.stream().limit(25).forEach(p -> list.row(Cell.link(p.token(), "/review?pair=" + p.token()),
                    Cell.number(weight(p.weight()), round(p.weight())), Cell.number(probability(p.probability()), p.probability()),
                    Cell.number(Integer.toString(p.records()), (double) p.records()), Cell.text(twin(r.user(), p) ? "Possible twins" : "")));
            b.append("<h2 class=\"govuk-heading-m\">Queue</h2>").append(TableView.render(list.build(), null));
        }
        List<ReviewQueue.Decided> decided = queue.decided(s, r.agreement());
        if (!decided.isEmpty()) {
            DataTable.Builder done = DataTable.builder("decided", "Decisions made, latest first: choose a pair to change its decision")
                    .column(Column.text("pair", "Pair")).column(Column.text("decision", "Decision")).column(Column.text("reviewer", "Reviewer"))
                    .column(Column.text("when", "When")).column(Column.text("state", "Takes effect"));
            decided.stream().limit(50).forEach(d -> done.row(Cell.link(d.pair().token(), "/review?pair=" + d.pair().token()),
                    Cell.text(decisionWords(d.decision())), Cell.text(d.reviewer()), Cell.text(d.at() == null ? "" : Dates.time(d.at())),
                    Cell.text(d.sinceRefresh() ? "At the next refresh" : "In this snapshot")));
            b.append("<h2 class=\"govuk-heading-m\">Decisions</h2>").append(TableView.render(done.build(), null));
        }
        guard.record(r.user(), r.purpose(), "REVIEW_VIEW", shown.map(p -> audited(r, p)).orElse("/review"), rows);
        ctx.status(status).html(chrome.page(ctx, (errors.isEmpty() ? "" : "Error: ") + "Review queue", "/review", b.toString()));
    }

    private static String summaryRow(String key, String value) {
        return "<div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">" + esc(key) + "</dt><dd class=\"govuk-summary-list__value\">"
                + esc(value) + "</dd></div>";
    }

    static String decisionWords(Decision d) {
        return d == Decision.CLERICAL_MATCH ? "Same child (linked)" : d == Decision.CLERICAL_NON_MATCH ? "Different children (kept apart)" : d.name();
    }

    /** Two decimals, as a reviewer compares weights; infinite weights (a rule decided) in words. */
    static String weight(double w) {
        if (Double.isNaN(w)) return "Not scored";
        if (Double.isInfinite(w)) return w > 0 ? "Certain match" : "Certain non-match";
        return String.format(Locale.ROOT, "%+.2f", w);
    }

    private static Double round(double w) {
        return Double.isFinite(w) ? Math.round(w * 100) / 100.0 : null;
    }

    private static String weightWords(double w) {
        if (!Double.isFinite(w)) return "decided by a rule";
        double ratio = Math.pow(2, Math.abs(w));
        String times = ratio >= 1e6 ? "over a million" : String.format(Locale.ROOT, "%,.0f", ratio);
        return w >= 0 ? "the evidence is " + times + " times likelier for the same child" : "the evidence is " + times + " times likelier for different children";
    }

    /** A probability to three decimals, never "1.000" for one that is not certain. */
    static String probability(double p) {
        if (Double.isNaN(p)) return "Not scored";
        if (p >= 0.9995 && p < 1) return "over 0.999";
        if (p > 0 && p < 0.0005) return "under 0.001";
        return String.format(Locale.ROOT, "%.3f", p);
    }

    /** Both records side by side, why the pair is in review, and the weight explanation: fixed for a pair within a snapshot. */
    private String pairView(Snapshot s, Principal user, ReviewQueue.Pending p) {
        DataTable compare = compare(s, user, p);
        StringBuilder b = new StringBuilder("<h3 class=\"govuk-heading-s\">Why this pair needs a person</h3>").append(why(compare))
                .append(TableView.render(compare, null));
        java.util.function.Predicate<String> shared = field -> guard.shows(user, Access.REVIEW, PolicyGate.LINKAGE_REVIEW, p.leftDataset(), field)
                && guard.shows(user, Access.REVIEW, PolicyGate.LINKAGE_REVIEW, p.rightDataset(), field);
        DataTable expl = explanation(p.explanation(), shared);
        if (!expl.rows().isEmpty()) b.append("<h3 class=\"govuk-heading-s\">How the linker scored it</h3>").append(TableView.render(expl, null));
        return b.toString();
    }

    /** Which shared fields agree, differ or are missing, in words, from the comparison table. */
    private static String why(DataTable compare) {
        Map<String, List<String>> by = new LinkedHashMap<>();
        for (String k : List.of("No", "Yes", "Missing")) by.put(k, new ArrayList<>());
        for (List<Cell> row : compare.rows()) {
            List<String> l = by.get(row.get(3).text());
            if (l != null) l.add(row.get(0).text());
        }
        StringBuilder b = new StringBuilder("<ul class=\"govuk-list govuk-list--bullet\" id=\"why\">");
        if (!by.get("No").isEmpty()) b.append("<li><strong>Differ:</strong> ").append(esc(String.join(", ", by.get("No")))).append("</li>");
        if (!by.get("Yes").isEmpty()) b.append("<li><strong>Agree:</strong> ").append(esc(String.join(", ", by.get("Yes")))).append("</li>");
        if (!by.get("Missing").isEmpty()) b.append("<li><strong>Missing on one record:</strong> ").append(esc(String.join(", ", by.get("Missing")))).append("</li>");
        if (by.values().stream().allMatch(List::isEmpty)) b.append("<li>No field the agreement shares can be compared.</li>");
        return b.append("</ul>").toString();
    }

    private DataTable compare(Snapshot s, Principal user, ReviewQueue.Pending p) {
        java.util.function.BiPredicate<String, String> shows = (dataset, field) -> guard.shows(user, Access.REVIEW, PolicyGate.LINKAGE_REVIEW, dataset, field);
        Map<String, String> a = RecordFields.read(s, p.leftKey(), shows);
        Map<String, String> c = RecordFields.read(s, p.rightKey(), shows);
        DataTable.Builder t = DataTable.builder("pair", "The two records").column(Column.text("field", "Field"))
                .column(Column.text("a", "Record A")).column(Column.text("b", "Record B")).column(Column.text("agree", "Same?"));
        for (String[] f : RecordFields.FIELDS) {
            String va = a.getOrDefault(f[0], "");
            String vb = c.getOrDefault(f[0], "");
            boolean withheld = RecordFields.WITHHELD.equals(va) || RecordFields.WITHHELD.equals(vb);
            if (va.isEmpty() && vb.isEmpty() || RecordFields.WITHHELD.equals(va) && RecordFields.WITHHELD.equals(vb)) continue;
            String agree = f[0].equals("source") || withheld ? "" : va.isEmpty() || vb.isEmpty() ? "Missing" : va.equalsIgnoreCase(vb) ? "Yes" : "No";
            t.row(Cell.text(f[1]), Cell.text(shown(f[0], va)), Cell.text(shown(f[0], vb)), Cell.text(agree));
        }
        return t.build();
    }

    private static String shown(String field, String v) {
        return field.equals("dob") && !RecordFields.WITHHELD.equals(v) ? Dates.day(v) : v;
    }

    /**
     * The linker's explanation ({@code {terms:[{comparison, level, m, u, weight}]}}, or an array of
     * terms) in words: what was compared, at which level, how often that level occurs for the same
     * child and for different children, and the weight it added — two decimals, never {@code null}.
     */
    DataTable explanation(String text, java.util.function.Predicate<String> shared) {
        DataTable.Builder t = DataTable.builder("explanation", "Weight by comparison").column(Column.text("comparison", "Compared"))
                .column(Column.text("level", "Result")).column(Column.text("m", "How often for the same child"))
                .column(Column.text("u", "How often for different children")).column(Column.number("weight", "Weight added"));
        if (text == null || text.isBlank()) return t.build();
        try {
            JsonNode n = json.readTree(text);
            JsonNode arr = n.isArray() ? n : n.path("terms");
            for (Iterator<JsonNode> it = n.elements(); !arr.isArray() && it.hasNext(); ) arr = it.next();
            if (!arr.isArray()) return t.build();
            double withheld = 0;
            int withheldTerms = 0;
            for (JsonNode o : arr) {
                String comparison = o.path("comparison").asText("");
                double w = o.path("weight").asDouble(Double.NaN);
                // a comparison of a field the agreement does not share says nothing of it: not its name, nor how it agreed
                // (their weights are added up in one row: the total weight is shown anyway)
                if (COMPARISONS.containsKey(comparison) && !comparison.equals("prior") && !shared.test(comparison)) {
                    withheld += Double.isFinite(w) ? w : 0;
                    withheldTerms++;
                    continue;
                }
                t.row(Cell.text(comparisonWords(comparison)), Cell.text(levelWords(comparison, o.path("level"))), Cell.text(share(o.path("m"))),
                        Cell.text(share(o.path("u"))), Cell.number(weight(w), round(w)));
            }
            if (withheldTerms > 0) {
                t.row(Cell.text("Fields not shared for this purpose"), Cell.text(""), Cell.text(""), Cell.text(""), Cell.number(weight(withheld), round(withheld)));
            }
            return t.build();
        } catch (java.io.IOException e) {
            return t.build();
        }
    }

    private static final Map<String, String> COMPARISONS = Map.of("prior", "Starting point (how rare a match is)", "dob", "Date of birth",
            "family_name", "Family name", "given_name", "Given name", "postcode", "Postcode", "nhs_number", "NHS number", "upn", "UPN", "sex", "Sex",
            "address", "Address", "middle_names", "Middle names");

    private static String comparisonWords(String c) {
        String w = COMPARISONS.get(c);
        if (w != null) return w;
        String s = c.replace('_', ' ');
        return s.isEmpty() ? "Comparison" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A comparison level as words: "exact" → "Exact match", "jaro_winkler>=0.92" → "Similar (Jaro-Winkler 0.92 or more)". */
    static String levelWords(String comparison, JsonNode level) {
        String l = level == null || level.isNull() || level.isMissingNode() ? "" : level.asText("").strip();
        if (l.isEmpty() || l.equals("null")) return comparison.equals("prior") ? "Before any field is compared" : "No level recorded";
        String low = l.toLowerCase(Locale.ROOT);
        if (low.equals("exact")) return "Exact match";
        if (low.equals("else") || low.equals("different") || low.equals("other")) return "Different";
        if (low.equals("missing")) return "Missing on one record";
        java.util.regex.Matcher jw = java.util.regex.Pattern.compile("jaro_?winkler\\s*>=\\s*([0-9.]+)").matcher(low);
        if (jw.find()) return "Similar (Jaro-Winkler " + jw.group(1) + " or more)";
        String s = l.replace('_', ' ').replace(">=", " at least ");
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A probability as a percentage with two decimals; tiny ones as "under 0.01%", never in E notation. */
    private static String share(JsonNode p) {
        if (p == null || !p.isNumber()) return "";
        double v = p.asDouble() * 100;
        if (v > 0 && v < 0.005) return "under 0.01%";
        return String.format(Locale.ROOT, "%.2f%%", v);
    }

    private static String decisionForm(Session s, String token, boolean twin, Decision current, Map<String, String> errors) {
        String decisionError = errors.get("decision-match");
        String twinError = errors.get("confirm-twin");
        StringBuilder b = new StringBuilder("<form method=\"post\" action=\"/review\" novalidate><input type=\"hidden\" name=\"_csrf\" value=\"")
                .append(esc(s.csrfToken())).append("\"><input type=\"hidden\" name=\"pair\" value=\"").append(esc(token)).append("\">")
                .append("<div class=\"").append(ErrorSummary.group(decisionError)).append("\"><fieldset class=\"govuk-fieldset\"")
                .append(decisionError == null ? "" : " aria-describedby=\"decision-error\"")
                .append("><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\">")
                .append(current == null ? "Are these records the same child?" : "Change the decision: are these records the same child?").append("</legend>")
                .append(ErrorSummary.inline("decision", decisionError)).append("<div class=\"govuk-radios\" data-module=\"govuk-radios\">")
                .append("<div class=\"govuk-radios__item\"><input class=\"govuk-radios__input\" id=\"decision-match\" name=\"decision\" type=\"radio\" value=\"match\"")
                .append(current == Decision.CLERICAL_MATCH ? " checked" : "").append(">")
                .append("<label class=\"govuk-label govuk-radios__label\" for=\"decision-match\">Yes, the same child (accept the link)</label></div>")
                .append("<div class=\"govuk-radios__item\"><input class=\"govuk-radios__input\" id=\"decision-nonmatch\" name=\"decision\" type=\"radio\" value=\"non-match\"")
                .append(current == Decision.CLERICAL_NON_MATCH ? " checked" : "").append(">")
                .append("<label class=\"govuk-label govuk-radios__label\" for=\"decision-nonmatch\">No, different children (reject the link)</label></div>")
                .append("</div></fieldset></div>");
        if (twin) {
            b.append("<div class=\"").append(ErrorSummary.group(twinError)).append("\">").append(ErrorSummary.inline("confirm-twin", twinError))
                    .append("<div class=\"govuk-checkboxes\" data-module=\"govuk-checkboxes\"><div class=\"govuk-checkboxes__item\">")
                    .append("<input class=\"govuk-checkboxes__input\" id=\"confirm-twin\" name=\"confirm_twin\" type=\"checkbox\" value=\"yes\"")
                    .append(twinError == null ? "" : " aria-describedby=\"confirm-twin-error\"").append(">")
                    .append("<label class=\"govuk-label govuk-checkboxes__label\" for=\"confirm-twin\">I have read the twin warning; another identifier shows these are the same child</label>")
                    .append("</div></div></div>");
        }
        return b.append("<button type=\"submit\" class=\"govuk-button\" data-module=\"govuk-button\">")
                .append(current == null ? "Save decision" : "Change decision").append("</button></form>").toString();
    }

    private void decide(Context ctx) {
        Review r = allowed(ctx);
        String token = ctx.formParam("pair");
        String choice = ctx.formParam("decision");
        Decision d = "match".equals(choice) ? Decision.CLERICAL_MATCH : "non-match".equals(choice) ? Decision.CLERICAL_NON_MATCH : null;
        Snapshot s = snapshots.current();
        Optional<ReviewQueue.Pending> p = token == null ? Optional.empty() : queue.find(s, r.agreement(), token);
        if (p.isEmpty()) {
            guard.refuse(r.user(), r.purpose(), "REVIEW_DECISION", "/review pair not in review");
            ctx.status(HttpStatus.BAD_REQUEST).html(chrome.page(ctx, "Review queue", "/review",
                    "<h1 class=\"govuk-heading-l\">The decision was not saved</h1><p class=\"govuk-body\">That pair is not in the review queue of this snapshot.</p>"
                            + "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/review\">Back to the review queue</a></p>"));
            return;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (d == null) errors.put("decision-match", "Choose whether the records are the same child");
        // accepting a possible twin needs the reviewer to say they read the warning
        if (d == Decision.CLERICAL_MATCH && twin(r.user(), p.get()) && !"yes".equals(ctx.formParam("confirm_twin"))) {
            errors.put("confirm-twin", "Confirm that another identifier shows these possible twins are the same child, or choose different children");
        }
        if (!errors.isEmpty()) {
            guard.refuse(r.user(), r.purpose(), "REVIEW_DECISION", audited(r, p.get()) + (d == null ? " no decision chosen" : " twin warning not confirmed"));
            render(ctx, r, s, ordered(r.user(), queue.pending(s, r.agreement())), p, null, errors, HttpStatus.BAD_REQUEST);
            return;
        }
        Optional<ReviewQueue.Decided> before = queue.decision(s, r.agreement(), p.get().token());
        decisions.append(new ReviewDecision(p.get().leftKey(), p.get().rightKey(), d, r.user().username(), Instant.now()));
        if (before.isPresent()) {
            guard.record(r.user(), r.purpose(), "REVIEW_DECISION_CHANGE", audited(r, p.get()) + " " + before.get().decision().name() + " to " + d.name(), 1);
        } else {
            guard.record(r.user(), r.purpose(), "REVIEW_DECISION", audited(r, p.get()) + " " + d.name(), 1);
        }
        ctx.redirect("/review?saved=" + p.get().token(), HttpStatus.SEE_OTHER);
    }

    private void api(Context ctx) {
        Review r = allowed(ctx);
        List<ReviewQueue.Pending> pending = ordered(r.user(), queue.pending(snapshots.current(), r.agreement()));
        ObjectNode root = json.createObjectNode();
        root.put("snapshot", snapshots.current().name());
        root.put("pending", pending.size());
        ArrayNode arr = root.putArray("pairs");
        pending.stream().limit(500).forEach(p -> arr.addObject().put("pair", p.token()).put("match_weight", p.weight())
                .put("match_probability", p.probability()).put("records", p.records()).put("twin_warning", twin(r.user(), p)));
        root.put("purpose", r.purpose());
        root.put("agreement", r.agreement());
        guard.record(r.user(), r.purpose(), "API", "/api/review", arr.size());
        ctx.contentType("application/json").result(root.toString());
    }
}
