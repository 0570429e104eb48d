package org.jigsaw.web.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like HTTP client for tests: keeps cookies, reads CSRF tokens from forms, posts forms. */
public final class WebClient {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final String base;
    private final HttpClient http;

    public WebClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        StringBuilder b = new StringBuilder();
        form.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(b.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    public static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) throw new AssertionError("no CSRF token in page");
        return m.group(1);
    }

    /** Signs in through the form; returns the response to the POST. */
    public HttpResponse<String> signIn(String user, String password) throws IOException, InterruptedException {
        String form = get("/sign-in").body();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("_csrf", csrf(form));
        f.put("username", user);
        f.put("password", password);
        f.put("next", "/overview");
        return post("/sign-in", f);
    }

    /** Posts a form on {@code pagePath} with the CSRF token of that page. */
    public HttpResponse<String> submit(String pagePath, String action, Map<String, String> fields) throws IOException, InterruptedException {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("_csrf", csrf(get(pagePath).body()));
        f.putAll(fields);
        return post(action, f);
    }
}
