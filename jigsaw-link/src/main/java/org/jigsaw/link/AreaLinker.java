package org.jigsaw.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jigsaw.link.compare.LevelKinds;
import org.jigsaw.link.spec.LinkSpec;
import org.jigsaw.progress.Progress;
import org.jigsaw.record.SourceRecord;

/**
 * The link stage of an area refresh: reads {@code AREA/linkage.yaml} (or the default spec),
 * links every record of every source, honours the clerical decisions so far and carries person
 * IDs over from the previous snapshot.
 */
public final class AreaLinker implements LinkStage {

    private final LevelKinds kinds;
    /** How areas with encoded sources are linked (the privacy module's; see {@link AreaLinkInput}). */
    private final EncodedAreas encodings;

    /** Every area in the clear; the privacy module's stages link encoded ones. */
    public AreaLinker() {
        this(LevelKinds.defaults());
    }

    /** With extra level kinds, every area in the clear. */
    public AreaLinker(LevelKinds kinds) {
        this(kinds, EncodedAreas.NONE);
    }

    public AreaLinker(LevelKinds kinds, EncodedAreas encodings) {
        this.kinds = kinds;
        this.encodings = encodings;
    }

    /**
     * The spec the area is linked with: {@code AREA/linkage.yaml} (or the default), translated to
     * encodings when a source of the area arrives encoded.
     */
    public LinkSpec spec(java.nio.file.Path areaDir) {
        try {
            return AreaLinkInput.spec(areaDir, encodings);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
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
        AreaLinkInput in;
        try {
            in = AreaLinkInput.of(records, context.areaDir(), encodings);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        return new Linker(in.spec(), kinds, comparer).link(in.table(), context.reviewDecisions(), context.previousPersonIds(), progress);
    }
}
