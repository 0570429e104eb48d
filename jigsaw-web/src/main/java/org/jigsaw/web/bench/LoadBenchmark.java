package org.jigsaw.web.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Simulated analysts browsing the dashboard: each user signs in through the form, then opens
 * pages, applies filters, downloads CSVs and calls the API in a random order with no think time,
 * until the time is up. Page time is measured from request to the last byte of the response.
 */
public final class LoadBenchmark {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String[] AGES = {"all", "Under 5", "5 to 10", "11 to 15", "16 to 19", "20 to 25"};
    private static final String[] PAGES = {"/overview", "/cohorts", "/vulnerable", "/waits", "/learning-disability", "/data-quality",
            "/linkage-quality", "/review", "/api/cohorts", "/export/cohorts/cohorts.csv", "/api/overview"};

    /** What the run measured; times in milliseconds. */
    public record Result(int users, int seconds, long requests, long errors, double p50, double p95, double p99, double max,
                         double requestsPerSecond, Map<String, Double> p95ByPage) {
        public String json() {
            StringBuilder b = new StringBuilder("{\"benchmark\":\"web\",\"users\":").append(users).append(",\"seconds\":").append(seconds)
                    .append(",\"requests\":").append(requests).append(",\"errors\":").append(errors)
                    .append(String.format(java.util.Locale.ROOT, ",\"requests_per_s\":%.1f,\"p50_ms\":%.1f,\"p95_ms\":%.1f,\"p99_ms\":%.1f,\"max_ms\":%.1f",
                            requestsPerSecond, p50, p95, p99, max))
                    .append(",\"p95_ms_by_page\":{");
            int i = 0;
            for (Map.Entry<String, Double> e : p95ByPage.entrySet()) {
                b.append(i++ == 0 ? "" : ",").append('"').append(e.getKey()).append("\":").append(String.format(java.util.Locale.ROOT, "%.1f", e.getValue()));
            }
            return b.append("}}").toString();
        }
    }

    private final String base;
    private final String username;
    private final String password;

    public LoadBenchmark(String base, String username, String password) {
        this.base = base;
        this.username = username;
        this.password = password;
    }

    public Result run(int users, Duration duration) throws InterruptedException {
        ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
        Map<String, ConcurrentLinkedQueue<Long>> byPage = new ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong();
        CountDownLatch ready = new CountDownLatch(users);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        long[] window = new long[2];
        for (int u = 0; u < users; u++) {
            long seed = u;
            Thread t = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(Duration.ofSeconds(10)).build();
                Random rnd = new Random(seed);
                try {
                    signIn(http);
                } catch (IOException | InterruptedException | RuntimeException e) {
                    errors.incrementAndGet();
                    ready.countDown();
                    return;
                }
                ready.countDown();
                try {
                    go.await();
                    while (System.nanoTime() < window[1]) {
                        String page = PAGES[rnd.nextInt(PAGES.length)];
                        String url = page;
                        if (page.equals("/cohorts") || page.equals("/vulnerable")) {
                            url += "?age=" + URLEncoder.encode(AGES[rnd.nextInt(AGES.length)], StandardCharsets.UTF_8) + "&residence="
                                    + (rnd.nextBoolean() ? "all" : "in");
                        }
                        long t0 = System.nanoTime();
                        int status;
                        try {
                            status = http.send(HttpRequest.newBuilder(URI.create(base + url)).timeout(Duration.ofSeconds(30)).GET().build(),
                                    HttpResponse.BodyHandlers.ofByteArray()).statusCode();
                        } catch (IOException e) {
                            status = -1;
                        }
                        long dt = System.nanoTime() - t0;
                        if (status != 200) errors.incrementAndGet();
                        samples.add(new long[] {dt});
                        byPage.computeIfAbsent(page, k -> new ConcurrentLinkedQueue<>()).add(dt);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "bench-user-" + u);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        ready.await();
        window[0] = System.nanoTime();
        window[1] = window[0] + duration.toNanos();
        go.countDown();
        for (Thread t : threads) t.join();
        double seconds = (System.nanoTime() - window[0]) / 1e9;
        long[] all = samples.stream().mapToLong(a -> a[0]).sorted().toArray();
        Map<String, Double> p95ByPage = new LinkedHashMap<>();
        for (String p : PAGES) {
            ConcurrentLinkedQueue<Long> q = byPage.get(p);
            if (q != null) p95ByPage.put(p, pct(q.stream().mapToLong(Long::longValue).sorted().toArray(), 0.95));
        }
        return new Result(users, (int) duration.toSeconds(), all.length, errors.get(), pct(all, 0.5), pct(all, 0.95), pct(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6, all.length / seconds, p95ByPage);
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private void signIn(HttpClient http) throws IOException, InterruptedException {
        String form = http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = CSRF.matcher(form);
        if (!m.find()) throw new IOException("no sign-in form");
        String body = "_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8) + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&next=%2Foverview";
        int status = http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 303) throw new IOException("sign-in failed with HTTP " + status);
    }

    /** A random password for a one-off benchmark account that exists only in this process. */
    public static String oneOffPassword() {
        byte[] b = new byte[18];
        new SecureRandom().nextBytes(b);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String[] pages() {
        return Arrays.copyOf(PAGES, PAGES.length);
    }
}
