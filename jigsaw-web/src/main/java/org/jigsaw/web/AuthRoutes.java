package org.jigsaw.web;

import static org.jigsaw.web.view.Html.esc;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import org.jigsaw.web.access.AuditEntry;
import org.jigsaw.web.access.AuditTrail;
import org.jigsaw.web.auth.Authenticator;
import org.jigsaw.web.auth.Credentials;
import org.jigsaw.web.auth.LoginThrottle;
import org.jigsaw.web.auth.Principal;
import org.jigsaw.web.auth.Session;
import org.jigsaw.web.auth.Sessions;
import org.jigsaw.web.view.Layout;

/** Sign-in, sign-out and the session check in front of every other route. */
final class AuthRoutes {
    private final Authenticator authenticator;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final AuditTrail audit;
    private final Layout layout;

    AuthRoutes(Authenticator authenticator, Sessions sessions, LoginThrottle throttle, AuditTrail audit, Layout layout) {
        this.authenticator = authenticator;
        this.sessions = sessions;
        this.throttle = throttle;
        this.audit = audit;
        this.layout = layout;
    }

    static boolean isPublic(String path) {
        return path.equals("/sign-in") || path.startsWith("/static/") || path.startsWith("/govuk/") || path.startsWith("/assets/")
                || path.equals("/favicon.ico") || org.jigsaw.web.ops.OpsRoutes.isPublic(path);
    }

    void register(JavalinConfig cfg) {
        cfg.routes.before(this::loadSession);
        cfg.routes.get("/sign-in", this::signInForm);
        cfg.routes.post("/sign-in", this::signIn);
        cfg.routes.post("/sign-out", this::signOut);
    }

    private void loadSession(Context ctx) {
        Optional<Session> s = sessions.find(ctx.cookie(Web.SESSION_COOKIE));
        s.ifPresent(v -> ctx.attribute(Web.SESSION_ATTR, v));
        if (isPublic(ctx.path())) return;
        if (s.isEmpty() || !s.get().signedIn()) {
            if (Web.wantsJson(ctx)) {
                ctx.status(HttpStatus.UNAUTHORIZED).json(java.util.Map.of("error", "sign in first"));
            } else {
                String next = ctx.method().name().equals("GET") ? ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString()) : "/overview";
                ctx.redirect("/sign-in?next=" + org.jigsaw.web.view.Html.url(next), HttpStatus.SEE_OTHER);
            }
            ctx.skipRemainingHandlers();
            return;
        }
        if (ctx.method().name().equals("POST") && !Sessions.csrfMatches(s.get(), ctx.formParam("_csrf"))) {
            Principal p = s.get().principal();
            audit.record(new AuditEntry(p.username(), p.role().key(), null, "CSRF_REFUSED", ctx.method() + " " + ctx.path(), -1, "DENIED"));
            ctx.status(HttpStatus.FORBIDDEN).html(errorPage("The form has expired", "Go back, reload the page and try again."));
            ctx.skipRemainingHandlers();
        }
    }

    private void signInForm(Context ctx) {
        Session s = Web.session(ctx);
        if (s != null && s.signedIn()) {
            ctx.redirect(Web.safeNext(ctx.queryParam("next")), HttpStatus.SEE_OTHER);
            return;
        }
        if (s == null) {
            s = sessions.anonymous();
            Web.setSessionCookie(ctx, s.id());
        }
        ctx.html(form(s, ctx.queryParam("next"), null, ""));
    }

    private void signIn(Context ctx) {
        Session s = Web.session(ctx);
        String username = ctx.formParam("username") == null ? "" : ctx.formParam("username").trim();
        String next = ctx.formParam("next");
        if (s == null || !Sessions.csrfMatches(s, ctx.formParam("_csrf"))) {
            // recorded like the other refused sign-ins, under the name typed
            audit.record(new AuditEntry(username, "", null, "CSRF_REFUSED", "/sign-in", -1, "DENIED"));
            Session fresh = sessions.anonymous();
            Web.setSessionCookie(ctx, fresh.id());
            ctx.status(HttpStatus.FORBIDDEN).html(form(fresh, next, "The sign-in form expired. Please try again.", username));
            return;
        }
        String password = ctx.formParam("password") == null ? "" : ctx.formParam("password");
        Credentials.Password creds = new Credentials.Password(username, password.toCharArray());
        if (username.isEmpty() || password.isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST).html(form(s, next, "Enter your username and password", username));
            return;
        }
        if (throttle.locked(creds.subject())) {
            audit.record(new AuditEntry(creds.subject(), "", null, "SIGN_IN_LOCKED", "/sign-in", -1, "DENIED"));
            ctx.status(HttpStatus.TOO_MANY_REQUESTS).html(form(s, next,
                    "This account is locked after repeated failed sign-ins. Try again in 15 minutes or ask an administrator.", username));
            return;
        }
        Optional<Principal> p = authenticator.authenticate(creds);
        java.util.Arrays.fill(creds.password(), '\0');
        if (p.isEmpty()) {
            boolean locked = throttle.failed(creds.subject());
            audit.record(new AuditEntry(creds.subject(), "", null, locked ? "SIGN_IN_LOCKED" : "SIGN_IN_FAILED", "/sign-in", -1, "DENIED"));
            ctx.status(HttpStatus.UNAUTHORIZED).html(form(s, next, locked
                    ? "This account is locked after repeated failed sign-ins. Try again in 15 minutes or ask an administrator."
                    : "The username or password is not right", username));
            return;
        }
        throttle.succeeded(creds.subject());
        sessions.end(s.id());
        Session signed = sessions.signIn(p.get());
        Web.setSessionCookie(ctx, signed.id());
        audit.record(new AuditEntry(p.get().username(), p.get().role().key(), null, "SIGN_IN", "/sign-in", -1, "ALLOWED"));
        ctx.redirect(Web.safeNext(next), HttpStatus.SEE_OTHER);
    }

    private void signOut(Context ctx) {
        Session s = Web.session(ctx);
        sessions.end(s.id());
        Web.clearSessionCookie(ctx);
        audit.record(new AuditEntry(s.principal().username(), s.principal().role().key(), null, "SIGN_OUT", "/sign-out", -1, "ALLOWED"));
        ctx.redirect("/sign-in", HttpStatus.SEE_OTHER);
    }

    private String form(Session s, String next, String error, String username) {
        StringBuilder b = new StringBuilder("<div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-two-thirds\">");
        if (error != null) {
            b.append("<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\"><div role=\"alert\"><h2 class=\"govuk-error-summary__title\">")
                    .append("There is a problem</h2><div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">")
                    .append("<li><a href=\"#username\">").append(esc(error)).append("</a></li></ul></div></div></div>");
        }
        b.append("<h1 class=\"govuk-heading-l\">Sign in</h1>")
                .append("<form method=\"post\" action=\"/sign-in\" novalidate>")
                .append("<input type=\"hidden\" name=\"_csrf\" value=\"").append(esc(s.csrfToken())).append("\">")
                .append("<input type=\"hidden\" name=\"next\" value=\"").append(esc(Web.safeNext(next))).append("\">")
                .append("<div class=\"govuk-form-group\"><label class=\"govuk-label\" for=\"username\">Username</label>")
                .append("<input class=\"govuk-input govuk-!-width-two-thirds\" id=\"username\" name=\"username\" type=\"text\" autocomplete=\"username\" spellcheck=\"false\" value=\"")
                .append(esc(username)).append("\"></div>")
                .append("<div class=\"govuk-form-group\"><label class=\"govuk-label\" for=\"password\">Password</label>")
                .append("<input class=\"govuk-input govuk-!-width-two-thirds\" id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\"></div>")
                .append("<button type=\"submit\" class=\"govuk-button\" data-module=\"govuk-button\">Sign in</button></form>")
                .append("<p class=\"govuk-body\">Accounts are managed by your administrator. After 5 wrong passwords an account is locked for 15 minutes.</p>")
                .append("</div></div>");
        return layout.page("Sign in", null, List.of(), b.toString(), "");
    }

    String errorPage(String title, String message) {
        return layout.page(title, null, List.of(), "<h1 class=\"govuk-heading-l\">" + esc(title) + "</h1><p class=\"govuk-body\">" + esc(message)
                + "</p><p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/overview\">Go to the overview</a></p>", "");
    }
}
