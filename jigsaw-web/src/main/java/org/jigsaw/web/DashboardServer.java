package org.jigsaw.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import org.jigsaw.store.SnapshotException;
import org.jigsaw.store.SnapshotSource;
import org.jigsaw.web.access.AuditTrail;
import org.jigsaw.web.access.Disclosure;
import org.jigsaw.web.access.Gate;
import org.jigsaw.web.access.Pseudonymiser;
import org.jigsaw.web.auth.Authenticator;
import org.jigsaw.web.auth.LoginThrottle;
import org.jigsaw.web.auth.Sessions;
import org.jigsaw.web.page.Page;
import org.jigsaw.web.review.DecisionFile;
import org.jigsaw.web.review.ReviewQueue;
import org.jigsaw.web.view.Layout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard: Javalin on Jetty serving the current snapshot of one area. Every route except
 * sign-in and static assets needs a session; every data route asks the gate and writes the audit.
 */
public final class DashboardServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DashboardServer.class);
    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; font-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /** The collaborators the server needs; {@link Dashboards} builds them for an area folder. */
    public record Parts(Authenticator authenticator, Gate gate, Disclosure disclosure, AuditTrail audit, Pseudonymiser pseudonyms,
                        java.util.function.Function<org.jigsaw.govern.Role, List<String>> purposes, List<Page> pages) {
    }

    private final WebSettings settings;
    private final Parts parts;
    private final SnapshotSource snapshots;
    private final java.util.List<java.util.function.Consumer<io.javalin.config.JavalinConfig>> extensions = new java.util.ArrayList<>();
    private Javalin app;

    public DashboardServer(WebSettings settings, Parts parts) {
        this.settings = settings;
        this.parts = parts;
        this.snapshots = new SnapshotSource(settings.area());
    }

    private java.util.function.Supplier<String> banner = () -> "";

    /** HTML shown above every page (e.g. {@code RefreshBanner}: last refresh, failures, stale sources); call before {@link #start()}. */
    public DashboardServer banner(java.util.function.Supplier<String> html) {
        this.banner = html;
        return this;
    }

    /** Registers more routes (e.g. the operations routes /health and /metrics); call before {@link #start()}. */
    public DashboardServer extend(java.util.function.Consumer<io.javalin.config.JavalinConfig> routes) {
        extensions.add(routes);
        return this;
    }

    public DashboardServer start() {
        Layout layout = new Layout(settings.serviceName(), "/govuk");
        Guard guard = new Guard(parts.gate(), parts.audit());
        Chrome chrome = new Chrome(layout, parts.pages(), guard, snapshots, banner);
        AuthRoutes auth = new AuthRoutes(parts.authenticator(), Sessions.standard(), LoginThrottle.standard(), parts.audit(), layout);
        PageRoutes pages = new PageRoutes(parts.pages(), snapshots, parts.disclosure(), parts.pseudonyms(), guard, chrome, parts.purposes());
        DecisionFile decisions = new DecisionFile(settings.area());
        ReviewRoutes review = new ReviewRoutes(snapshots, new ReviewQueue(decisions, parts.pseudonyms()), parts.pseudonyms(), decisions, guard, chrome);
        ChildRoutes child = new ChildRoutes(snapshots, parts.pseudonyms(), parts.purposes(), guard, chrome);
        PeopleRoutes people = new PeopleRoutes(snapshots, parts.pseudonyms(), parts.purposes(), guard, chrome, child,
                new StatedPurposes(java.time.Clock.systemUTC()));
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.http.maxRequestSize = 64 * 1024;
            cfg.jetty.host = settings.bind();
            cfg.jetty.port = settings.port();
            new AssetRoutes().register(cfg);
            auth.register(cfg);
            cfg.routes.get("/", ctx -> ctx.redirect("/overview", HttpStatus.SEE_OTHER));
            pages.register(cfg);
            review.register(cfg);
            child.register(cfg);
            people.register(cfg);
            extensions.forEach(e -> e.accept(cfg));
            cfg.routes.after(DashboardServer::securityHeaders);
            cfg.routes.exception(Forbidden.class, (e, ctx) -> {
                ctx.status(HttpStatus.FORBIDDEN);
                if (Web.wantsJson(ctx)) ctx.json(Map.of("error", "forbidden", "reason", e.getMessage()));
                else ctx.html(chrome.page(ctx, "You do not have access", "", "<h1 class=\"govuk-heading-l\">You do not have access to this page</h1>"
                        + "<p class=\"govuk-body\">" + org.jigsaw.web.view.Html.esc(e.getMessage()) + " The attempt has been recorded.</p>"
                        + "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/overview\">Go to the overview</a></p>"));
            });
            cfg.routes.exception(SnapshotException.class, (e, ctx) -> {
                LOG.warn("snapshot unavailable: {}", e.getMessage());
                ctx.status(HttpStatus.SERVICE_UNAVAILABLE);
                if (Web.wantsJson(ctx)) ctx.json(Map.of("error", "no snapshot available"));
                else ctx.html(auth.errorPage("No data to show yet", "The dashboard has no current snapshot. Run a refresh, then reload this page."));
            });
            cfg.routes.error(404, ctx -> {
                if (Web.wantsJson(ctx)) ctx.json(Map.of("error", "not found"));
                else ctx.html(auth.errorPage("Page not found", "Check the address, or start from the overview."));
            });
        });
        app.start();
        // opening the snapshot (and loading DuckDB's native library) must not hold up start-up
        Thread warm = new Thread(pages::warmCurrent, "jigsaw-cache-warm-start");
        warm.setDaemon(true);
        warm.start();
        LOG.info("dashboard listening on http://{}:{}", settings.bind(), app.port());
        return this;
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        String p = ctx.path();
        if (!p.startsWith("/govuk/") && !p.startsWith("/assets/") && !p.startsWith("/static/")) ctx.header("Cache-Control", "no-store");
    }

    public int port() {
        return app.port();
    }

    public SnapshotSource snapshots() {
        return snapshots;
    }

    @Override
    public void close() {
        if (app != null) app.stop();
        snapshots.close();
    }
}
