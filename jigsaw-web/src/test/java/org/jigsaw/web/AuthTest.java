package org.jigsaw.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jigsaw.govern.AuditLog;
import org.jigsaw.web.support.OwnServer;
import org.jigsaw.web.support.TestArea;
import org.jigsaw.web.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sign-in, cookies, CSRF, sign-out, lock-out, and a new snapshot served without a restart — on an area of its own. */
class AuthTest {
    /** Each test its own server over its own copy: a lock-out, a sign-out or a CURRENT switch stays in the test that made it. */
    @RegisterExtension
    static final OwnServer SERVER = OwnServer.ofArea(400);

    @Test
    void sessionCookieIsHttpOnlyStrictAndRotatedAtSignIn(TestArea area) throws Exception {
        WebClient c = new WebClient(area.base());
        HttpResponse<String> form = c.get("/sign-in");
        String before = form.headers().firstValue("Set-Cookie").orElseThrow();
        HttpResponse<String> r = c.signIn("analyst", "analyst-demo");
        assertThat(r.statusCode()).isEqualTo(303);
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/");
        assertThat(cookie).as("plain http on loopback: not Secure").doesNotContain("Secure");
        assertThat(cookie.split(";")[0]).isNotEqualTo(before.split(";")[0]);
        HttpResponse<String> page = c.get("/overview");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'").contains("frame-ancestors 'none'");
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).isEqualTo("no-store");
    }

    @Test
    void secureCookieBehindATlsProxy(TestArea area) throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(area.base() + "/sign-in")).header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused(TestArea area) throws Exception {
        WebClient c = new WebClient(area.base());
        c.signIn("analyst", "analyst-demo");
        HttpResponse<String> r = c.post("/review", Map.of("pair", "R-X", "decision", "match"));
        assertThat(r.statusCode()).isEqualTo(403);
        HttpResponse<String> out = c.post("/sign-out", Map.of("_csrf", "forged"));
        assertThat(out.statusCode()).isEqualTo(403);
        assertThat(c.get("/overview").statusCode()).as("still signed in").isEqualTo(200);
        WebClient fresh = new WebClient(area.base());
        fresh.get("/sign-in");
        assertThat(fresh.post("/sign-in", Map.of("username", "analyst", "password", "analyst-demo", "_csrf", "forged")).statusCode()).isEqualTo(403);
    }

    @Test
    void signOutEndsTheSession(TestArea area) throws Exception {
        WebClient c = new WebClient(area.base());
        c.signIn("board", "board-demo");
        assertThat(c.submit("/overview", "/sign-out", Map.of()).statusCode()).isEqualTo(303);
        assertThat(c.get("/overview").statusCode()).isEqualTo(303);
        assertThat(c.get("/api/overview").statusCode()).isEqualTo(401);
    }

    @Test
    void wrongPasswordsLockTheAccountEvenAgainstTheRightPassword(TestArea area) throws Exception {
        WebClient c = new WebClient(area.base());
        for (int i = 0; i < 4; i++) assertThat(c.signIn("operational", "wrong-" + i).statusCode()).isEqualTo(401);
        assertThat(c.signIn("operational", "wrong-5").statusCode()).isEqualTo(401);
        HttpResponse<String> locked = c.signIn("operational", "operational-demo");
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.body()).contains("locked");
        assertThat(AuditLog.open(area.made.area()).entries()).anySatisfy(e -> assertThat(e.action()).isEqualTo("sign_in_locked"));
        assertThat(new WebClient(area.base()).signIn("admin", "admin-demo").statusCode()).as("other accounts unaffected").isEqualTo(303);
    }

    @Test
    void openRedirectsAreNotFollowedAfterSignIn() throws Exception {
        assertThat(Web.safeNext("https://evil.example/")).isEqualTo("/overview");
        assertThat(Web.safeNext("//evil.example/")).isEqualTo("/overview");
        assertThat(Web.safeNext("/cohorts?age=all")).isEqualTo("/cohorts?age=all");
    }

    @Test
    void aNewSnapshotIsServedWithoutARestart(TestArea area) throws Exception {
        WebClient c = new WebClient(area.base());
        c.signIn("admin", "admin-demo");
        String newest = area.made.snapshots().get(2).getFileName().toString();
        String older = area.made.snapshots().get(0).getFileName().toString();
        assertThat(c.get("/overview").body()).contains("Serving snapshot " + newest.replace(".duckdb", ""));
        Path current = area.made.area().resolve("snapshots/CURRENT");
        Path tmp = current.resolveSibling("CURRENT.tmp");
        Files.writeString(tmp, older + "\n");
        Files.move(tmp, current, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String body = c.get("/overview").body();
        assertThat(body).contains("Serving snapshot " + older.replace(".duckdb", ""));
        assertThat(body).contains("1 snapshot so far");
        // and back again (the area is this test's copy: nothing to restore for another test)
        Files.writeString(current, newest + "\n");
        assertThat(c.get("/overview").body()).contains("Serving snapshot " + newest.replace(".duckdb", ""));
    }
}
