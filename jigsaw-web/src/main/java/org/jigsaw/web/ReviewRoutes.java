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
import org.jigsaw.link.Decision;
import org.jigsaw.link.ReviewDecision;
import org.jigsaw.web.access.Access;
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

/** The clerical review queue: both records side by side, the weight explanation, accept or reject. */
final class ReviewRoutes {
    static final String[][] FIELDS = {
            {"source", "Source"}, {"given_name", "Given name"}, {"middle_names", "Middle names"}, {"family_name", "Family name"},
            {"former_family_name", "Former family name"}, {"dob", "Date of birth"}, {"sex", "Sex"}, {"postcode", "Postcode"},
            {"address", "Address"}, {"nhs_number", "NHS number"}, {"upn", "UPN"}, {"former_upn", "Former UPN"}, {"uln", "ULN"}};

    private final SnapshotSource snapshots;
    private final ReviewQueue queue;
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

    ReviewRoutes(SnapshotSource snapshots, ReviewQueue queue, DecisionFile decisions, Guard guard, Chrome chrome) {
        this.snapshots = snapshots;
        this.queue = queue;
        this.decisions = decisions;
        this.guard = guard;
        this.chrome = chrome;
    }

    void register(JavalinConfig cfg) {
        cfg.routes.get("/review", this::page);
        cfg.routes.post("/review", this::decide);
        cfg.routes.get("/api/review", this::api);
    }

    private void page(Context ctx) {
        Principal user = guard.require(ctx, Access.REVIEW);
        Snapshot s = snapshots.current();
        List<ReviewQueue.Pending> pending = queue.pending(s);
        String wanted = ctx.queryParam("pair");
        Optional<ReviewQueue.Pending> shown = wanted == null ? pending.stream().findFirst()
                : pending.stream().filter(p -> p.token().equals(wanted)).findFirst().or(() -> pending.stream().findFirst());
        StringBuilder b = new StringBuilder("<h1 class=\"govuk-heading-l\">Review queue</h1>");
        String saved = ctx.queryParam("saved");
        if (saved != null) {
            b.append("<div class=\"govuk-notification-banner govuk-notification-banner--success\" role=\"alert\" aria-labelledby=\"saved-title\" ")
                    .append("data-module=\"govuk-notification-banner\"><div class=\"govuk-notification-banner__header\"><h2 class=\"govuk-notification-banner__title\" id=\"saved-title\">Success</h2></div>")
                    .append("<div class=\"govuk-notification-banner__content\"><p class=\"govuk-notification-banner__heading\">Decision saved for pair ")
                    .append(esc(saved)).append(". It takes effect at the next refresh.</p></div></div>");
        }
        b.append("<p class=\"govuk-body-l\">").append(pending.size()).append(" pair").append(pending.size() == 1 ? "" : "s")
                .append(" waiting. Decide whether the two records belong to the same child. Decisions are kept and honoured on every later refresh.</p>");
        long rows = 0;
        if (shown.isPresent()) {
            ReviewQueue.Pending p = shown.get();
            b.append("<h2 class=\"govuk-heading-m\">Pair ").append(esc(p.token())).append("</h2>")
                    .append("<p class=\"govuk-body\">Match weight ").append(String.format(Locale.ROOT, "%.2f", p.weight()))
                    .append(", match probability ").append(String.format(Locale.ROOT, "%.3f", p.probability())).append(".</p>");
            b.append(pairViews.computeIfAbsent(s.name() + "|" + p.token(), k -> pairView(s, p)));
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
        guard.record(user, "linkage_review", "REVIEW_VIEW", shown.map(ReviewQueue.Pending::token).orElse("/review"), rows);
        ctx.html(chrome.page(ctx, "Review queue", "/review", b.toString()));
    }

    /** Both records side by side and the weight explanation: fixed for a pair within a snapshot. */
    private String pairView(Snapshot s, ReviewQueue.Pending p) {
        StringBuilder b = new StringBuilder(TableView.render(compare(s, p), null));
        DataTable expl = explanation(p.explanation());
        if (!expl.rows().isEmpty()) b.append("<h3 class=\"govuk-heading-s\">Why the linker scored it so</h3>").append(TableView.render(expl, null));
        return b.toString();
    }

    private DataTable compare(Snapshot s, ReviewQueue.Pending p) {
        Map<String, String> a = record(s, p.leftKey());
        Map<String, String> c = record(s, p.rightKey());
        DataTable.Builder t = DataTable.builder("pair", "The two records").column(Column.text("field", "Field"))
                .column(Column.text("a", "Record A")).column(Column.text("b", "Record B")).column(Column.text("agree", "Same?"));
        for (String[] f : FIELDS) {
            String va = a.getOrDefault(f[0], "");
            String vb = c.getOrDefault(f[0], "");
            if (va.isEmpty() && vb.isEmpty()) continue;
            String agree = f[0].equals("source") ? "" : va.isEmpty() || vb.isEmpty() ? "Missing" : va.equalsIgnoreCase(vb) ? "Yes" : "No";
            t.row(Cell.text(f[1]), Cell.text(va), Cell.text(vb), Cell.text(agree));
        }
        return t.build();
    }

    static Map<String, String> record(Snapshot s, String key) {
        StringBuilder cols = new StringBuilder();
        for (String[] f : FIELDS) cols.append(cols.length() == 0 ? "" : ", ").append("CAST(").append(f[0]).append(" AS VARCHAR)");
        Map<String, String> m = new LinkedHashMap<>();
        s.query("SELECT " + cols + " FROM record WHERE record_key = ?", rs -> {
            for (int i = 0; i < FIELDS.length; i++) m.put(FIELDS[i][0], rs.getString(i + 1) == null ? "" : rs.getString(i + 1));
            return null;
        }, key);
        return m;
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
        Principal user = guard.require(ctx, Access.REVIEW);
        String token = ctx.formParam("pair");
        String choice = ctx.formParam("decision");
        Decision d = "match".equals(choice) ? Decision.CLERICAL_MATCH : "non-match".equals(choice) ? Decision.CLERICAL_NON_MATCH : null;
        Optional<ReviewQueue.Pending> p = token == null ? Optional.empty() : queue.find(snapshots.current(), token);
        if (d == null || p.isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST).html(chrome.page(ctx, "Review queue", "/review",
                    "<h1 class=\"govuk-heading-l\">The decision was not saved</h1><p class=\"govuk-body\">"
                            + (d == null ? "Choose whether the records are the same child." : "That pair is no longer waiting for review.")
                            + "</p><p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/review\">Back to the review queue</a></p>"));
            return;
        }
        decisions.append(new ReviewDecision(p.get().leftKey(), p.get().rightKey(), d, user.username(), Instant.now()));
        guard.record(user, "linkage_review", "REVIEW_DECISION", p.get().token() + " " + d.name(), 1);
        ctx.redirect("/review?saved=" + p.get().token(), HttpStatus.SEE_OTHER);
    }

    private void api(Context ctx) {
        Principal user = guard.require(ctx, Access.REVIEW);
        List<ReviewQueue.Pending> pending = queue.pending(snapshots.current());
        ObjectNode root = json.createObjectNode();
        root.put("snapshot", snapshots.current().name());
        root.put("pending", pending.size());
        ArrayNode arr = root.putArray("pairs");
        pending.stream().limit(500).forEach(p -> arr.addObject().put("pair", p.token()).put("match_weight", p.weight())
                .put("match_probability", p.probability()));
        guard.record(user, "linkage_review", "API", "/api/review", arr.size());
        ctx.contentType("application/json").result(root.toString());
    }
}
