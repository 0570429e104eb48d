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
import org.jigsaw.link.Decision;
import org.jigsaw.link.ReviewDecision;
import org.jigsaw.govern.PolicyGate;
import org.jigsaw.web.access.Access;
import org.jigsaw.web.access.Pseudonymiser;
import org.jigsaw.web.auth.Principal;
import org.jigsaw.web.auth.Session;
import org.jigsaw.web.review.DecisionFile;
import org.jigsaw.web.review.ReviewQueue;
import org.jigsaw.web.snapshot.Snapshot;
import org.jigsaw.web.snapshot.SnapshotSource;
import org.jigsaw.web.view.Cell;
import org.jigsaw.web.view.Column;
import org.jigsaw.web.view.DataTable;
import org.jigsaw.web.view.TableView;

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

    private void page(Context ctx) {
        Review r = allowed(ctx);
        Snapshot s = snapshots.current();
        List<ReviewQueue.Pending> pending = queue.pending(s, r.agreement());
        String wanted = ctx.queryParam("pair");
        Optional<ReviewQueue.Pending> shown = wanted == null ? pending.stream().findFirst()
                : pending.stream().filter(p -> p.token().equals(wanted)).findFirst().or(() -> pending.stream().findFirst());
        StringBuilder b = new StringBuilder("<span class=\"govuk-caption-l\">For ").append(esc(r.purpose().replace('_', ' ')))
                .append(" under ").append(esc(r.agreement())).append("</span><h1 class=\"govuk-heading-l\">Review queue</h1>");
        String saved = ctx.queryParam("saved");
        if (saved != null) {
            b.append("<div class=\"govuk-notification-banner govuk-notification-banner--success\" role=\"alert\" aria-labelledby=\"saved-title\" ")
                    .append("data-module=\"govuk-notification-banner\"><div class=\"govuk-notification-banner__header\"><h2 class=\"govuk-notification-banner__title\" id=\"saved-title\">Success</h2></div>")
                    .append("<div class=\"govuk-notification-banner__content\"><p class=\"govuk-notification-banner__heading\">Decision saved for pair ")
                    .append(esc(saved)).append(". It takes effect at the next refresh.</p></div></div>");
        }
        b.append("<p class=\"govuk-body-l\">").append(pending.size()).append(" pair").append(pending.size() == 1 ? "" : "s")
                .append(" waiting. Decide whether the two records belong to the same child. Decisions are kept and honoured on every later refresh.</p>")
                .append("<p class=\"govuk-body\">Fields the agreement does not share for clerical review are not shown.</p>");
        long rows = 0;
        if (shown.isPresent()) {
            ReviewQueue.Pending p = shown.get();
            b.append("<h2 class=\"govuk-heading-m\">Pair ").append(esc(p.token())).append("</h2>")
                    .append("<p class=\"govuk-body\">Match weight ").append(String.format(Locale.ROOT, "%.2f", p.weight()))
                    .append(", match probability ").append(String.format(Locale.ROOT, "%.3f", p.probability())).append(".</p>");
            // the fields shown depend on the role's grants, so the role is part of the key
            b.append(pairViews.computeIfAbsent(s.name() + "|" + r.user().role().key() + "|" + p.token(), k -> pairView(s, r.user(), p)));
            if (pairViews.size() > MAX_PAIR_VIEWS) pairViews.clear();
            b.append(decisionForm(Web.session(ctx), p.token()));
            rows = 2;
        } else {
            b.append("<p class=\"govuk-body\">Nothing to review in this snapshot.</p>");
        }
        if (pending.size() > 1) {
            DataTable.Builder list = DataTable.builder("queue", "Next pairs in the queue").column(Column.text("pair", "Pair"))
                    .column(Column.number("weight", "Match weight")).column(Column.number("probability", "Match probability"));
            pending.stream().limit(25).forEach(p -> list.row(Cell.link(p.token(), "/review?pair=" + p.token()),
                    Cell.number(String.format(Locale.ROOT, "%.2f", p.weight()), p.weight()),
                    Cell.number(String.format(Locale.ROOT, "%.3f", p.probability()), p.probability())));
            b.append("<h2 class=\"govuk-heading-m\">Queue</h2>").append(TableView.render(list.build(), null));
        }
        guard.record(r.user(), r.purpose(), "REVIEW_VIEW", shown.map(p -> audited(r, p)).orElse("/review"), rows);
        ctx.html(chrome.page(ctx, "Review queue", "/review", b.toString()));
    }

    /** Both records side by side and the weight explanation: fixed for a pair within a snapshot. */
    private String pairView(Snapshot s, Principal user, ReviewQueue.Pending p) {
        StringBuilder b = new StringBuilder(TableView.render(compare(s, user, p), null));
        DataTable expl = explanation(p.explanation());
        if (!expl.rows().isEmpty()) b.append("<h3 class=\"govuk-heading-s\">Why the linker scored it so</h3>").append(TableView.render(expl, null));
        return b.toString();
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
            t.row(Cell.text(f[1]), Cell.text(va), Cell.text(vb), Cell.text(agree));
        }
        return t.build();
    }

    /** Renders the linker's JSON waterfall whatever its exact shape: an array of objects, or an object holding one. */
    DataTable explanation(String text) {
        DataTable.Builder t = DataTable.builder("explanation", "Weight by comparison");
        if (text == null || text.isBlank()) return t.column(Column.text("x", "")).build();
        try {
            JsonNode n = json.readTree(text);
            JsonNode arr = n.isArray() ? n : null;
            if (arr == null) {
                for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
                    JsonNode c = it.next();
                    if (c.isArray()) {
                        arr = c;
                        break;
                    }
                }
            }
            if (arr != null && arr.size() > 0 && arr.get(0).isObject()) {
                List<String> keys = new ArrayList<>();
                arr.forEach(o -> o.fieldNames().forEachRemaining(k -> {
                    if (!keys.contains(k)) keys.add(k);
                }));
                keys.forEach(k -> t.column(Column.text(k, k.replace('_', ' '))));
                arr.forEach(o -> t.row(keys.stream().map(k -> Cell.text(o.has(k) ? o.get(k).asText() : "")).toList()));
                return t.build();
            }
            t.column(Column.text("item", "Item")).column(Column.text("value", "Value"));
            n.fields().forEachRemaining(e -> t.row(Cell.text(e.getKey().replace('_', ' ')), Cell.text(e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString())));
            return t.build();
        } catch (java.io.IOException e) {
            return t.column(Column.text("text", "Explanation")).row(Cell.text(text)).build();
        }
    }

    private static String decisionForm(Session s, String token) {
        return "<form method=\"post\" action=\"/review\" novalidate><input type=\"hidden\" name=\"_csrf\" value=\"" + esc(s.csrfToken()) + "\">"
                + "<input type=\"hidden\" name=\"pair\" value=\"" + esc(token) + "\">"
                + "<div class=\"govuk-form-group\"><fieldset class=\"govuk-fieldset\"><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\">"
                + "Are these records the same child?</legend><div class=\"govuk-radios\" data-module=\"govuk-radios\">"
                + "<div class=\"govuk-radios__item\"><input class=\"govuk-radios__input\" id=\"decision-match\" name=\"decision\" type=\"radio\" value=\"match\">"
                + "<label class=\"govuk-label govuk-radios__label\" for=\"decision-match\">Yes, the same child (accept the link)</label></div>"
                + "<div class=\"govuk-radios__item\"><input class=\"govuk-radios__input\" id=\"decision-nonmatch\" name=\"decision\" type=\"radio\" value=\"non-match\">"
                + "<label class=\"govuk-label govuk-radios__label\" for=\"decision-nonmatch\">No, different children (reject the link)</label></div>"
                + "</div></fieldset></div><button type=\"submit\" class=\"govuk-button\" data-module=\"govuk-button\">Save decision</button></form>";
    }

    private void decide(Context ctx) {
        Review r = allowed(ctx);
        String token = ctx.formParam("pair");
        String choice = ctx.formParam("decision");
        Decision d = "match".equals(choice) ? Decision.CLERICAL_MATCH : "non-match".equals(choice) ? Decision.CLERICAL_NON_MATCH : null;
        Optional<ReviewQueue.Pending> p = token == null ? Optional.empty() : queue.find(snapshots.current(), r.agreement(), token);
        if (d == null || p.isEmpty()) {
            guard.refuse(r.user(), r.purpose(), "REVIEW_DECISION", p.map(v -> audited(r, v)).orElse("/review") + (d == null ? " no decision chosen" : " pair not waiting"));
            ctx.status(HttpStatus.BAD_REQUEST).html(chrome.page(ctx, "Review queue", "/review",
                    "<h1 class=\"govuk-heading-l\">The decision was not saved</h1><p class=\"govuk-body\">"
                            + (d == null ? "Choose whether the records are the same child." : "That pair is no longer waiting for review.")
                            + "</p><p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/review\">Back to the review queue</a></p>"));
            return;
        }
        decisions.append(new ReviewDecision(p.get().leftKey(), p.get().rightKey(), d, r.user().username(), Instant.now()));
        guard.record(r.user(), r.purpose(), "REVIEW_DECISION", audited(r, p.get()) + " " + d.name(), 1);
        ctx.redirect("/review?saved=" + p.get().token(), HttpStatus.SEE_OTHER);
    }

    private void api(Context ctx) {
        Review r = allowed(ctx);
        List<ReviewQueue.Pending> pending = queue.pending(snapshots.current(), r.agreement());
        ObjectNode root = json.createObjectNode();
        root.put("snapshot", snapshots.current().name());
        root.put("pending", pending.size());
        ArrayNode arr = root.putArray("pairs");
        pending.stream().limit(500).forEach(p -> arr.addObject().put("pair", p.token()).put("match_weight", p.weight())
                .put("match_probability", p.probability()));
        root.put("purpose", r.purpose());
        root.put("agreement", r.agreement());
        guard.record(r.user(), r.purpose(), "API", "/api/review", arr.size());
        ctx.contentType("application/json").result(root.toString());
    }
}
