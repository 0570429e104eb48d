package org.jigsaw.web.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.jigsaw.govern.Released;
import org.jigsaw.govern.Suppression;
import org.jigsaw.ops.Health;
import org.jigsaw.ops.OpsMetrics;
import org.jigsaw.ops.OpsStatus;
import org.jigsaw.ops.OpsStatusReader;
import org.jigsaw.ops.PrometheusText;
import org.jigsaw.ops.SourceStatus;
import org.jigsaw.schedule.RefreshOutcome;

/**
 * {@code GET /health} (JSON; 200 while a snapshot is served, 503 when none can be) and
 * {@code GET /metrics} (Prometheus text). Neither carries data about children: only times,
 * counts per source and rates. Both are for monitoring, so they need no dashboard session
 * ({@link #isPublic}); {@code /metrics} can demand a bearer token instead.
 *
 * <p>Mount with {@code new OpsRoutes(reader, token).register(cfg)} inside {@code Javalin.create}.
 */
public final class OpsRoutes {

    public static final String HEALTH = "/health";
    public static final String METRICS = "/metrics";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final OpsStatusReader reader;
    private final String metricsToken;
    private final Suppression rule;

    /**
     * @param metricsToken bearer token required for {@code /metrics}; null or blank for none
     * @param rule         the area's disclosure rule: both endpoints need no session, so their row
     *                     and person counts are released like any other figure
     */
    public OpsRoutes(OpsStatusReader reader, String metricsToken, Suppression rule) {
        this.reader = reader;
        this.rule = rule;
        this.metricsToken = metricsToken == null || metricsToken.isBlank() ? null : metricsToken;
    }

    /** Paths the session check must let through. */
    public static boolean isPublic(String path) {
        return HEALTH.equals(path) || METRICS.equals(path);
    }

    public void register(JavalinConfig cfg) {
        cfg.routes.get(HEALTH, this::health);
        cfg.routes.get(METRICS, this::metrics);
    }

    public OpsStatusReader reader() {
        return reader;
    }

    private void health(Context ctx) throws Exception {
        OpsStatus s = reader.read();
        ctx.status(s.health() == Health.DOWN ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.OK);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json").result(JSON.writeValueAsString(healthJson(s, rule)));
    }

    private void metrics(Context ctx) {
        if (metricsToken != null && !tokenMatches(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer");
            ctx.status(HttpStatus.UNAUTHORIZED).contentType("text/plain").result("bearer token required\n");
            return;
        }
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(PrometheusText.CONTENT_TYPE).result(OpsMetrics.render(reader.read(), rule));
    }

    private boolean tokenMatches(String header) {
        if (header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        // constant time, so the token cannot be guessed a character at a time
        return MessageDigest.isEqual(header.substring(7).trim().getBytes(StandardCharsets.UTF_8),
                metricsToken.getBytes(StandardCharsets.UTF_8));
    }

    static ObjectNode healthJson(OpsStatus s, Suppression rule) {
        ObjectNode root = JSON.createObjectNode();
        root.put("status", s.health().name());
        root.put("area", s.area());
        root.put("checked_at", s.at().toString());
        ObjectNode snap = root.putObject("snapshot");
        if (s.snapshotRunId() != null) {
            snap.put("run_id", s.snapshotRunId());
            snap.put("finished_at", s.snapshotAt() == null ? null : s.snapshotAt().toString());
            snap.put("age_seconds", s.snapshotAgeSeconds());
            snap.put("reference_date", s.referenceDate() == null ? null : s.referenceDate().toString());
        }
        outcome(root, "last_refresh", s.lastRefresh());
        outcome(root, "last_successful_refresh", s.lastSuccessful());
        outcome(root, "refresh_running", s.refreshRunning());
        root.put("refresh_failures", s.refreshFailures());
        root.put("refresh_skipped", s.refreshSkips());
        root.put("schedule", s.schedule());
        root.put("next_refresh", s.nextRefresh() == null ? null : s.nextRefresh().toString());
        ArrayNode sources = root.putArray("sources");
        for (SourceStatus src : s.sources()) {
            ObjectNode o = sources.addObject();
            o.put("source", src.source());
            o.put("extract_date", src.extractDate() == null ? null : src.extractDate().toString());
            o.put("extract_age_days", src.extractAgeDays());
            count(o, "rows_loaded", src.rowsLoaded(), rule);
            count(o, "rows_quarantined", src.rowsQuarantined(), rule);
            o.put("stale", src.stale());
        }
        if (s.linkage() != null) {
            ObjectNode l = root.putObject("linkage");
            count(l, "records", s.linkage().records(), rule);
            count(l, "persons", s.linkage().persons(), rule);
            Released rate = rule.rate(s.linkage().linkedRecords(), s.linkage().records(), 100.0);
            if (rate.suppressed()) l.putNull("linkage_rate");
            else l.put("linkage_rate", rate.value() / 100.0);
        }
        ArrayNode problems = root.putArray("problems");
        s.problems().forEach(problems::add);
        return root;
    }

    /** A released count, or null where the rule hides it. */
    private static void count(ObjectNode o, String field, long n, Suppression rule) {
        Released r = rule.count(n);
        if (r.suppressed()) o.putNull(field);
        else o.put(field, r.count());
    }

    private static void outcome(ObjectNode root, String name, RefreshOutcome o) {
        if (o == null) {
            root.putNull(name);
            return;
        }
        ObjectNode n = root.putObject(name);
        n.put("status", o.status().name());
        n.put("trigger", o.trigger());
        n.put("started_at", o.startedAt().toString());
        if (o.finishedAt() != null) {   // a running or interrupted refresh has not finished
            n.put("finished_at", o.finishedAt().toString());
            n.put("duration_seconds", o.duration().toMillis() / 1000.0);
        }
        if (o.snapshot() != null) {
            n.put("snapshot", o.snapshot());
        }
        if (o.reason() != null) {
            n.put("reason", o.reason());
        }
    }
}
