package org.jigsaw.cli.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.jigsaw.link.LinkResult;
import org.jigsaw.link.data.AreaRecords;
import org.jigsaw.link.data.LocalIdScopes;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.spec.LinkSpec;
import org.jigsaw.pipeline.LinkContext;
import org.jigsaw.pipeline.LinkStage;
import org.jigsaw.privacy.AreaEncoding;
import org.jigsaw.privacy.KeyFile;
import org.jigsaw.progress.Progress;
import org.jigsaw.record.SourceRecord;

/**
 * The area pipeline's link stage on Apache Spark ({@code jigsaw refresh|demo --engine spark}),
 * run in a separate JVM so Spark stays off the distribution's class path. The records go to the
 * engine exactly as the local engine's {@code AreaLinker} sees them (linkage values, local IDs
 * scoped by agency), with the area's {@code linkage.yaml}, its clerical decisions and the previous
 * person IDs; the result is the same {@link LinkResult} the local engine returns.
 */
public final class SparkProcessLinkStage implements LinkStage {

    private final SparkLinkRun run;

    public SparkProcessLinkStage(SparkLinkRun run) {
        this.run = run;
    }

    /** With {@code jigsaw-spark/run} of this source tree. */
    public static SparkProcessLinkStage of(String master) {
        return new SparkProcessLinkStage(new SparkLinkRun(SparkJob.find(), master));
    }

    @Override
    public LinkResult link(List<SourceRecord> records, LinkContext context, Progress progress) {
        if (records.isEmpty()) return LinkResult.empty();
        LinkSpec spec;
        try {
            if (AreaEncoding.forArea(context.areaDir(), KeyFile.defaultLocation()).isPresent()) {
                throw new IllegalArgumentException("the Spark engine does not link areas with encoded (privacy-preserving) sources yet: "
                        + "refresh this area with --engine local");
            }
            spec = LinkSpec.forArea(context.areaDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        RecordTable table = AreaRecords.toTable(records, LocalIdScopes.of(context.areaDir()));
        // no progress bar of our own: the job's stage lines pass through on standard error
        try {
            return run.link(table, spec,
                    context.reviewDecisions() == null ? List.of() : context.reviewDecisions(),
                    context.previousPersonIds() == null ? Map.of() : context.previousPersonIds());
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the Spark link stage was interrupted", e);
        }
    }
}
