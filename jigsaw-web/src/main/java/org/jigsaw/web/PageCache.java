package org.jigsaw.web;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jigsaw.web.page.PageData;

/**
 * Page data per (page, snapshot, parameters). Snapshots never change once current, so an entry is
 * valid until its snapshot stops being served; a new snapshot has a new name and misses the cache.
 * One request builds a missing entry while concurrent requests for it wait (no thundering herd on
 * a cold cache). Bounded crudely (cleared when full) because parameter combinations are user-controlled.
 */
final class PageCache {
    private static final int MAX = 2_000;
    private final Map<String, CompletableFuture<PageData>> entries = new ConcurrentHashMap<>();

    PageData get(String page, String snapshot, Map<String, String> params, Supplier<PageData> build) {
        String key = page + "|" + snapshot + "|" + new TreeMap<>(params);
        CompletableFuture<PageData> mine = new CompletableFuture<>();
        CompletableFuture<PageData> existing = entries.putIfAbsent(key, mine);
        if (existing != null) {
            try {
                return existing.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            PageData built = build.get();
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
