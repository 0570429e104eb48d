package org.jigsaw.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.jigsaw.store.SnapshotSource;
import org.jigsaw.web.access.Access;
import org.jigsaw.web.auth.Principal;
import org.jigsaw.web.auth.Session;
import org.jigsaw.web.page.Page;
import org.jigsaw.web.view.Layout;

/** The page frame for a signed-in user: navigation limited to what their role may open, and the snapshot in the footer. */
final class Chrome {
    /** Pages outside the table-page model, with the access each needs (for navigation and the API index). */
    record Extra(String path, String label, String api, Access access) {
    }

    static final List<Extra> EXTRAS = List.of(
            new Extra("/review", "Review queue", "/api/review", Access.REVIEW),
            new Extra("/child", "Child view", "/api/child/{pseudonym}?purpose={purpose}", Access.INDIVIDUALS));

    private final Layout layout;
    private final List<Page> pages;
    private final Guard guard;
    private final SnapshotSource snapshots;
    private final java.util.function.Supplier<String> banner;

    Chrome(Layout layout, List<Page> pages, Guard guard, SnapshotSource snapshots) {
        this(layout, pages, guard, snapshots, () -> "");
    }

    /** @param banner HTML shown above every page's content (the refresh status), already escaped */
    Chrome(Layout layout, List<Page> pages, Guard guard, SnapshotSource snapshots, java.util.function.Supplier<String> banner) {
        this.layout = layout;
        this.pages = pages;
        this.guard = guard;
        this.snapshots = snapshots;
        this.banner = banner;
    }

    String page(Context ctx, String title, String currentPath, String body) {
        Session s = Web.session(ctx);
        Principal p = s.principal();
        List<Layout.NavItem> nav = new ArrayList<>();
        for (Page pg : pages) {
            if (guard.offers(p, pg.access()) && !pg.path().equals("/agreements") && !pg.path().equals("/audit")) {
                nav.add(new Layout.NavItem(pg.path(), pg.navLabel(), pg.path().equals(currentPath)));
            }
        }
        for (Extra e : EXTRAS) {
            if (guard.offers(p, e.access())) nav.add(new Layout.NavItem(e.path(), e.label(), e.path().equals(currentPath)));
        }
        for (Page pg : pages) {
            if ((pg.path().equals("/agreements") || pg.path().equals("/audit")) && guard.offers(p, pg.access())) {
                nav.add(new Layout.NavItem(pg.path(), pg.navLabel(), pg.path().equals(currentPath)));
            }
        }
        String footer;
        try {
            footer = "Serving snapshot " + snapshots.current().name() + ".";
        } catch (RuntimeException e) {
            footer = "No snapshot is being served.";
        }
        String top;
        try {
            top = banner.get();
        } catch (RuntimeException e) {
            top = "";  // the refresh status is a courtesy; a page must not fail for it
        }
        return layout.page(title, new Layout.User(p.displayName(), p.role().key(), s.csrfToken()), nav, top + body, footer);
    }
}
