package org.jigsaw.link.incremental;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jigsaw.link.AreaLinker;
import org.jigsaw.link.EncodedAreas;
import org.jigsaw.link.LinkResult;
import org.jigsaw.link.Linkage;
import org.jigsaw.link.compare.LevelKinds;
import org.jigsaw.link.spec.LinkSpec;
import org.jigsaw.link.LinkContext;
import org.jigsaw.link.LinkStage;
import org.jigsaw.progress.Progress;
import org.jigsaw.record.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The area link stage with incremental linkage: the same as {@code AreaLinker} (linkage.yaml,
 * clerical decisions, stable person IDs from the previous snapshot), but comparison vectors of
 * pairs whose records did not change are taken from {@code AREA/snapshots/link-cache.bin}, and
 * the cache is rewritten after each run. The result is identical to a full run; the metrics
 * gain an {@code incremental} entry saying what was reused and compared.
 */
public final class IncrementalLinkStage implements LinkStage {

    private static final Logger LOG = LoggerFactory.getLogger(IncrementalLinkStage.class);

    private final LevelKinds kinds;
    private final boolean reuse;
    private final EncodedAreas encodings;
    private volatile Map<String, Object> lastMetrics = Map.of();

    /** Incremental, with the default comparison kinds. */
    public IncrementalLinkStage() {
        this(LevelKinds.defaults(), true);
    }

    /** @param reuse false compares every pair (a full run) but still writes the cache for the next run */
    public IncrementalLinkStage(LevelKinds kinds, boolean reuse) {
        this(kinds, reuse, EncodedAreas.NONE);
    }

    /** @param encodings how areas with encoded sources are linked (the privacy module's) */
    public IncrementalLinkStage(LevelKinds kinds, boolean reuse, EncodedAreas encodings) {
        this.kinds = kinds;
        this.reuse = reuse;
        this.encodings = encodings;
    }

    public static Path cacheFile(Path areaDir) {
        return areaDir.resolve("snapshots").resolve(LinkCache.FILE);
    }

    @Override
    public LinkResult link(List<SourceRecord> records, LinkContext context, Progress progress) {
        if (records.isEmpty()) return LinkResult.empty();
        Linkage linkage = linkage(records, context, progress);
        long t = System.nanoTime();
        LinkResult r = linkage.toLinkResult();
        Map<String, Object> inc = new LinkedHashMap<>(lastMetrics);
        inc.put("result_seconds", Math.round((System.nanoTime() - t) / 1e6) / 1000.0);
        lastMetrics = Collections.unmodifiableMap(inc);
        Map<String, Object> metrics = new LinkedHashMap<>(r.metrics() == null ? Map.of() : r.metrics());
        metrics.put("incremental", lastMetrics);
        return new LinkResult(r.pairs(), r.explanations(), r.assignments(), metrics);
    }

    public Linkage linkage(List<SourceRecord> records, LinkContext context, Progress progress) {
        AreaLinker linker = new AreaLinker(kinds, encodings);
        // the spec actually linked with (encoded when a source is), so a switch invalidates the cache
        LinkSpec spec = linker.spec(context.areaDir());
        Path cache = cacheFile(context.areaDir());
        ReusingComparer comparer = new ReusingComparer(reuse ? LinkCache.read(cache) : null, SpecFingerprint.of(spec));
        // the area linker does the rest exactly as in a full run; only the comparer differs
        Linkage linkage = linker.linkage(records, context, progress, comparer);
        Map<String, Object> m = new LinkedHashMap<>(comparer.metrics());
        m.put("mode", reuse ? "incremental" : "full");
        m.put("linker_seconds", linkage.seconds());
        try {
            comparer.nextCache().write(cache);
        } catch (IOException | RuntimeException e) {
            // without a cache the next run compares everything; it is still correct
            LOG.warn("could not write the link cache {}: {}", cache, e.getMessage());
            m.put("cache_written", false);
        }
        lastMetrics = Map.copyOf(m);
        return linkage;
    }

    /** What the last run reused and compared. */
    public Map<String, Object> lastMetrics() {
        return lastMetrics;
    }
}
