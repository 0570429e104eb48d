package org.jigsaw.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.jigsaw.link.compare.LevelKinds;
import org.jigsaw.link.data.AreaRecords;
import org.jigsaw.link.spec.LinkSpec;
import org.jigsaw.pipeline.LinkContext;
import org.jigsaw.pipeline.LinkStage;
import org.jigsaw.progress.Progress;
import org.jigsaw.record.SourceRecord;

/**
 * The link stage of an area refresh: reads {@code AREA/linkage.yaml} (or the default spec),
 * links every record of every source, honours the clerical decisions so far and carries person
 * IDs over from the previous snapshot.
 */
public final class AreaLinker implements LinkStage {

    private final LevelKinds kinds;

    public AreaLinker() {
        this(LevelKinds.defaults());
    }

    /** With extra level kinds (e.g. the privacy stage's {@code dice}). */
    public AreaLinker(LevelKinds kinds) {
        this.kinds = kinds;
    }

    @Override
    public LinkResult link(List<SourceRecord> records, LinkContext context, Progress progress) {
        if (records.isEmpty()) return LinkResult.empty();
        return linkage(records, context, progress).toLinkResult();
    }

    /** The full result, for callers that want explanations on demand or evaluation against truth. */
    public Linkage linkage(List<SourceRecord> records, LinkContext context, Progress progress) {
        return linkage(records, context, progress, PairComparer.ALL);
    }

    /** With a comparer that may reuse earlier comparison vectors (see {@code org.jigsaw.link.incremental}). */
    public Linkage linkage(List<SourceRecord> records, LinkContext context, Progress progress, PairComparer comparer) {
        LinkSpec spec;
        try {
            spec = LinkSpec.forArea(context.areaDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        List<ReviewDecision> reviews = context.reviewDecisions() == null ? List.of() : context.reviewDecisions();
        Map<String, String> previous = context.previousPersonIds() == null ? Map.of() : context.previousPersonIds();
        return new Linker(spec, kinds, comparer).link(
                AreaRecords.toTable(records, org.jigsaw.link.data.LocalIdScopes.of(context.areaDir())), reviews, previous, progress);
    }
}
