package org.jigsaw.web;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jigsaw.web.page.PageData;

/**
 * Page data per (page, snapshot, parameters). Snapshots never change once current, so an entry is
 * valid until its snapshot stops being served; a new snapshot has a new name and misses the cache.
 * Bounded crudely (cleared when full) because parameter combinations are user-controlled.
 */
final class PageCache {
    private static final int MAX = 2_000;
    private final Map<String, PageData> entries = new ConcurrentHashMap<>();

    PageData get(String page, String snapshot, Map<String, String> params, Supplier<PageData> build) {
        String key = page + "|" + snapshot + "|" + new TreeMap<>(params);
        PageData hit = entries.get(key);
        if (hit != null) return hit;
        PageData built = build.get();
        if (entries.size() >= MAX) entries.clear();
        entries.put(key, built);
        return built;
    }
}
