package org.jigsaw.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jigsaw.store.Snapshot;
import org.jigsaw.store.SnapshotSource;
import org.jigsaw.web.access.Disclosure;
import org.jigsaw.web.access.Pseudonymiser;
import org.jigsaw.web.auth.Principal;
import org.jigsaw.web.page.Page;
import org.jigsaw.web.page.PageData;
import org.jigsaw.web.page.PageRequest;
import org.jigsaw.web.view.Cell;
import org.jigsaw.web.view.Column;
import org.jigsaw.web.view.Csv;
import org.jigsaw.web.view.DataTable;

/** Every table page three ways — HTML, CSV per table, JSON — behind the same gate and audit. */
final class PageRoutes {
    private final List<Page> pages;
    private final SnapshotSource snapshots;
    private final Disclosure disclosure;
    private final Pseudonymiser pseudonyms;
    private final Guard guard;
    private final Chrome chrome;
    private final java.util.function.Function<org.jigsaw.govern.Role, List<String>> purposes;
    private final PageCache cache = new PageCache();
    private final ObjectMapper json = new ObjectMapper();

    /** @param purposes the purposes the agreements grant a role for individual children */
    PageRoutes(List<Page> pages, SnapshotSource snapshots, Disclosure disclosure, Pseudonymiser pseudonyms, Guard guard, Chrome chrome,
               java.util.function.Function<org.jigsaw.govern.Role, List<String>> purposes) {
        this.purposes = purposes;
        this.pages = pages;
        this.snapshots = snapshots;
        this.disclosure = disclosure;
        this.pseudonyms = pseudonyms;
        this.guard = guard;
        this.chrome = chrome;
    }

    void register(JavalinConfig cfg) {
        for (Page p : pages) {
            cfg.routes.get(p.path(), ctx -> html(ctx, p));
            cfg.routes.get("/export" + p.path() + "/{table}", ctx -> csv(ctx, p));
            cfg.routes.get("/api" + p.path(), ctx -> api(ctx, p));
        }
        cfg.routes.get("/api", this::index);
    }

    /**
     * Builds every cacheable page's default view for a newly served snapshot in the background, so
     * the first users after a refresh do not wait for the cold queries. Not audited: nothing is shown.
     */
    private void warm(Snapshot s) {
        Thread t = new Thread(() -> {
            Principal system = new Principal("system", "cache warm-up", org.jigsaw.govern.Role.ADMIN);
            for (Page p : pages) {
                if (!p.cacheable()) continue;
                try {
                    cache.get(p.path(), s.name(), Map.of(), () -> p.build(new PageRequest(s, snapshots, Map.of(), disclosure, system, pseudonyms)));
                } catch (RuntimeException e) {
                    return; // the snapshot went away or cannot be read: requests will report it
                }
            }
        }, "jigsaw-cache-warm");
        t.setDaemon(true);
        t.start();
    }

    private final java.util.concurrent.atomic.AtomicReference<String> warmed = new java.util.concurrent.atomic.AtomicReference<>("");

    /** Warms the cache for the snapshot now current, once per snapshot. */
    void warmCurrent() {
        try {
            Snapshot s = snapshots.current();
            String before = warmed.get();
            if (!before.equals(s.name()) && warmed.compareAndSet(before, s.name())) warm(s);
        } catch (RuntimeException e) {
            // no snapshot yet: nothing to warm
        }
    }

    private PageCache.Entry entry(Page p, Principal user, Map<String, String> params) {
        warmCurrent();
        Snapshot s = snapshots.current();
        PageRequest req = new PageRequest(s, snapshots, params, disclosure, user, pseudonyms);
        return p.cacheable() ? cache.get(p.path(), s.name(), params, () -> p.build(req)) : new PageCache.Entry(p.build(req));
    }

    private PageData data(Context ctx, Page p, Principal user) {
        return entry(p, user, params(ctx)).data();
    }

    static Map<String, String> params(Context ctx) {
        Map<String, String> m = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((k, v) -> {
            if (!v.isEmpty() && k.length() < 40) m.put(k, v.get(0).length() > 200 ? v.get(0).substring(0, 200) : v.get(0));
        });
        return m;
    }

    /** The gate's decision for a page, and the agreement purpose its access is audited under. */
    private Guard.Allowed allowed(Context ctx, Page p) {
        return guard.decide(ctx, p.access(), null, null);
    }

    private void html(Context ctx, Page p) {
        Guard.Allowed a = allowed(ctx, p);
        Principal user = a.principal();
        Map<String, String> params = params(ctx);
        PageCache.Entry e = entry(p, user, params);
        PageData d = e.data();
        guard.record(user, a.purpose(), "VIEW", p.path() + PageRenderer.query(params), d.rows());
        boolean people = mayOpenPeople(user);
        ctx.html(chrome.page(ctx, d.title(), p.path(), e.body(people, () -> PageRenderer.body(p.path(), d, params, people))));
    }

    /** A role offered individual children and granted them by an agreement for some purpose: only then do counts link to the children. */
    private boolean mayOpenPeople(Principal user) {
        return guard.offers(user, org.jigsaw.web.access.Access.INDIVIDUALS) && !purposes.apply(user.role()).isEmpty();
    }

    private void csv(Context ctx, Page p) {
        Guard.Allowed a = allowed(ctx, p);
        Principal user = a.principal();
        String name = ctx.pathParam("table");
        if (!name.endsWith(".csv")) throw new NotFoundResponse("no such export");
        String id = name.substring(0, name.length() - 4);
        PageData d = data(ctx, p, user);
        DataTable t = d.table(id).orElseThrow(() -> new NotFoundResponse("no table " + id + " on " + p.path()));
        guard.record(user, a.purpose(), "EXPORT", p.path() + "/" + id + PageRenderer.query(params(ctx)), t.rows().size());
        ctx.header("Content-Disposition", "attachment; filename=\"jigsaw-" + p.path().substring(1) + "-" + id + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(Csv.write(t));
    }

    private void api(Context ctx, Page p) {
        Guard.Allowed a = allowed(ctx, p);
        Principal user = a.principal();
        PageData d = data(ctx, p, user);
        guard.record(user, a.purpose(), "API", "/api" + p.path() + PageRenderer.query(params(ctx)), d.rows());
        ObjectNode root = json.createObjectNode();
        root.put("page", p.path());
        root.put("title", d.title());
        root.put("snapshot", snapshots.current().name());
        root.set("tables", tablesJson(json, d.tables()));
        ctx.contentType("application/json").result(root.toString());
    }

    static ArrayNode tablesJson(ObjectMapper json, List<DataTable> tables) {
        ArrayNode arr = json.createArrayNode();
        for (DataTable t : tables) {
            ObjectNode tn = arr.addObject();
            tn.put("id", t.id());
            tn.put("caption", t.caption());
            ArrayNode cols = tn.putArray("columns");
            for (Column c : t.columns()) cols.addObject().put("key", c.key()).put("label", c.label());
            ArrayNode rows = tn.putArray("rows");
            for (List<Cell> r : t.rows()) {
                ObjectNode rn = rows.addObject();
                for (int i = 0; i < r.size(); i++) {
                    Cell c = r.get(i);
                    if (c.value() != null && t.columns().get(i).numeric()) rn.put(t.columns().get(i).key(), c.value());
                    else rn.put(t.columns().get(i).key(), c.text());
                }
            }
        }
        return arr;
    }

    private void index(Context ctx) {
        Principal user = Web.session(ctx).principal();
        ArrayNode arr = json.createArrayNode();
        for (Page p : pages) {
            if (guard.offers(user, p.access())) arr.addObject().put("path", "/api" + p.path()).put("title", p.navLabel());
        }
        for (Chrome.Extra e : Chrome.EXTRAS) {
            if (guard.offers(user, e.access())) arr.addObject().put("path", e.api()).put("title", e.label());
        }
        ObjectNode root = json.createObjectNode();
        root.put("user", user.username());
        root.put("role", user.role().key());
        root.set("endpoints", arr);
        ctx.contentType("application/json").result(root.toString());
    }
}
