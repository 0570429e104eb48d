package org.jigsaw.web;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jigsaw.web.page.PageData;

/**
 * Page data, and its rendered HTML body, per (page, snapshot, parameters). Snapshots never change
 * once current, so an entry is valid until its snapshot stops being served; a new snapshot has a
 * new name and misses the cache.
 * One request builds a missing entry while concurrent requests for it wait (no thundering herd on
 * a cold cache). Bounded crudely (cleared when full) because parameter combinations are user-controlled.
 */
final class PageCache {
    private static final int MAX = 2_000;
    private final Map<String, CompletableFuture<Entry>> entries = new ConcurrentHashMap<>();

    /**
     * A page's data and, once a request has rendered it, its HTML body. The body depends only on the
     * data and the parameters, both fixed by the key, so it is rendered at most a few times (racing
     * requests may each render it once) instead of on every request.
     */
    static final class Entry {
        private final PageData data;
        private volatile String body;
        private volatile String peopleBody;

        Entry(PageData data) {
            this.data = data;
        }

        PageData data() {
            return data;
        }

        /** @param people which of the two renderings: with links to individual children, or without */
        String body(boolean people, Supplier<String> render) {
            String b = people ? peopleBody : body;
            if (b == null) {
                b = render.get();
                if (people) peopleBody = b;
                else body = b;
            }
            return b;
        }
    }

    Entry get(String page, String snapshot, Map<String, String> params, Supplier<PageData> build) {
        String key = page + "|" + snapshot + "|" + new TreeMap<>(params);
        CompletableFuture<Entry> mine = new CompletableFuture<>();
        CompletableFuture<Entry> existing = entries.putIfAbsent(key, mine);
        if (existing != null) {
            try {
                return existing.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            Entry built = new Entry(build.get());
            mine.complete(built);
            if (entries.size() > MAX) entries.clear();
            return built;
        } catch (RuntimeException e) {
            entries.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }
}
