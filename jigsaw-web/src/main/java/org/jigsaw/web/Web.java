package org.jigsaw.web;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.jigsaw.web.auth.Session;

/** Request helpers shared by the route classes: the session, cookies, and how the client asked. */
final class Web {
    static final String SESSION_COOKIE = "jigsaw_session";
    static final String SESSION_ATTR = "jigsaw.session";

    private Web() {
    }

    static Session session(Context ctx) {
        return ctx.attribute(SESSION_ATTR);
    }

    static boolean wantsJson(Context ctx) {
        return ctx.path().startsWith("/api");
    }

    /**
     * Secure cookies everywhere except plain http on loopback (a laptop demo): behind a TLS proxy
     * the proxy says https; on any other address over plain http the browser will not send the
     * cookie back, which is the point.
     */
    static boolean secure(Context ctx) {
        if ("https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"))) return true;
        try {
            return !InetAddress.getByName(ctx.req().getLocalAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return true;
        }
    }

    static void setSessionCookie(Context ctx, String id) {
        ctx.res().addHeader("Set-Cookie", SESSION_COOKIE + "=" + id + "; Path=/; HttpOnly; SameSite=Strict" + (secure(ctx) ? "; Secure" : ""));
    }

    static void clearSessionCookie(Context ctx) {
        ctx.res().addHeader("Set-Cookie", SESSION_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (secure(ctx) ? "; Secure" : ""));
    }

    /** Only local paths are followed after sign-in (no open redirect). */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || next.startsWith("/sign-")) return "/overview";
        return next;
    }
}
