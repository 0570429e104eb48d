package org.jigsaw.cli.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.jigsaw.link.AreaLinkInput;
import org.jigsaw.link.LinkResult;
import org.jigsaw.link.LinkContext;
import org.jigsaw.link.LinkStage;
import org.jigsaw.keys.KeyFile;
import org.jigsaw.privacy.PprlStages;
import org.jigsaw.progress.Progress;
import org.jigsaw.record.SourceRecord;

/**
 * The area pipeline's link stage on Apache Spark ({@code jigsaw refresh|demo --engine spark}),
 * run in a separate JVM so Spark stays off the distribution's class path. The records go to the
 * engine exactly as the local engine's {@code AreaLinker} sees them ({@link AreaLinkInput}: linkage
 * values, local IDs scoped by agency, all encoded when a source arrives encoded), with the area's
 * {@code linkage.yaml}, its clerical decisions and the previous person IDs; the result is the same
 * {@link LinkResult} the local engine returns.
 */
public final class SparkProcessLinkStage implements LinkStage {

    private final SparkLinkRun run;
    private final Path keyFile;

    /** @param keyFile the key file for areas with encoded sources, as the local engine's {@code AreaLinker} takes it */
    public SparkProcessLinkStage(SparkLinkRun run, Path keyFile) {
        this.run = run;
        this.keyFile = keyFile;
    }

    /** With {@code jigsaw-spark/run} of this source tree and the key file at {@code $JIGSAW_KEYS} or {@code ~/.jigsaw/keys.yaml}. */
    public static SparkProcessLinkStage of(String master) {
        return new SparkProcessLinkStage(new SparkLinkRun(SparkJob.find(), master), KeyFile.defaultLocation());
    }

    @Override
    public LinkResult link(List<SourceRecord> records, LinkContext context, Progress progress) {
        if (records.isEmpty()) return LinkResult.empty();
        AreaLinkInput in;
        try {
            in = AreaLinkInput.of(records, context.areaDir(), PprlStages.encodings(keyFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        // no progress bar of our own: the job's stage lines pass through on standard error
        try {
            return run.link(in.table(), in.spec(), context.reviewDecisions(), context.previousPersonIds());
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the Spark link stage was interrupted", e);
        }
    }
}
