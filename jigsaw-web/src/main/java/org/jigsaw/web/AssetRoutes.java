package org.jigsaw.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Static assets from the class path: GOV.UK Frontend's CSS, script, fonts and images straight from
 * its webjar (its stylesheet asks for fonts under {@code /assets}), and Jigsaw's own stylesheet.
 * Only known file types are served, and only from these folders.
 */
final class AssetRoutes {
    static final String GOVUK = "META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/";
    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "woff", "font/woff", "woff2", "font/woff2", "png", "image/png", "svg", "image/svg+xml", "ico", "image/x-icon", "json", "application/json");
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    void register(JavalinConfig cfg) {
        cfg.routes.get("/govuk/<file>", ctx -> serve(ctx, GOVUK, ctx.pathParam("file")));
        cfg.routes.get("/assets/<file>", ctx -> serve(ctx, GOVUK + "assets/", ctx.pathParam("file")));
        cfg.routes.get("/static/<file>", ctx -> serve(ctx, "org/jigsaw/web/static/", ctx.pathParam("file")));
        cfg.routes.get("/favicon.ico", ctx -> serve(ctx, GOVUK + "assets/images/", "favicon.ico"));
    }

    private void serve(Context ctx, String folder, String file) {
        int dot = file.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(file.substring(dot + 1));
        if (type == null || file.contains("..") || file.contains("//") || file.startsWith("/")) throw new NotFoundResponse("no such asset");
        byte[] body = cache.computeIfAbsent(folder + file, path -> {
            try (InputStream in = AssetRoutes.class.getClassLoader().getResourceAsStream(path)) {
                return in == null ? new byte[0] : in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (body.length == 0) throw new NotFoundResponse("no such asset");
        ctx.header("Cache-Control", "public, max-age=86400").contentType(type).result(body);
    }
}
