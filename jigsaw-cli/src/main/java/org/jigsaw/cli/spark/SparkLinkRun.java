package org.jigsaw.cli.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.jigsaw.link.LinkResult;
import org.jigsaw.link.ReviewDecision;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.spec.LinkSpec;

/**
 * One linkage on the Spark engine through the contract a cluster job uses: inputs written as
 * Parquet and YAML into a private temporary folder, {@code jigsaw-spark/run match} in its own JVM,
 * its Parquet output read back into a {@link LinkResult}; the folder is deleted afterwards, also
 * when the job fails.
 */
public final class SparkLinkRun {

    private final SparkJob job;
    private final String master;

    /** @param master {@code local[*]}, {@code spark://host:7077}, {@code yarn}, {@code k8s://…} */
    public SparkLinkRun(SparkJob job, String master) {
        this.job = job;
        this.master = master;
    }

    public String master() {
        return master;
    }

    /**
     * @param table    the records, values in the form linkage compares (as the local engine gets them)
     * @param spec     the spec exactly as the local engine would apply it
     */
    public LinkResult link(RecordTable table, LinkSpec spec, List<ReviewDecision> reviews, Map<String, String> previous)
            throws IOException, InterruptedException {
        try (PrivateTempDir tmp = PrivateTempDir.create("jigsaw-spark-exchange-")) {
            SparkInputs in = SparkInputs.write(tmp.path(), table, spec, reviews, previous);
            Path out = tmp.path().resolve("out");
            job.run("match", in.matchArgs(out, master), tmp.path().resolve("job-summary.json"));
            return SparkOutputs.read(out, master);
        } catch (SQLException e) {
            throw new IOException("exchanging records with the Spark engine as Parquet failed: " + e.getMessage(), e);
        }
    }
}
