package org.jigsaw.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jigsaw.link.LinkResult;
import org.jigsaw.link.ReviewDecision;
import org.jigsaw.link.AreaLinkInput;
import org.jigsaw.link.LinkContext;
import org.jigsaw.link.LinkStage;
import org.jigsaw.keys.KeyFile;
import org.jigsaw.privacy.PprlStages;
import org.jigsaw.progress.Progress;
import org.jigsaw.record.SourceRecord;

/**
 * The area pipeline's link stage on Spark ({@code jigsaw refresh --engine spark}): the area's
 * {@code linkage.yaml} (or the default spec), its clerical decisions and previous person IDs, run
 * by {@link SparkLinker}. The result is collected into the same {@link LinkResult} the local
 * engine returns, so the store and dashboard cannot tell the engines apart.
 */
public final class SparkLinkStage implements LinkStage {

    private final String master;

    /** @param master {@code local[*]}, {@code spark://host:7077}, {@code yarn}, {@code k8s://…} */
    public SparkLinkStage(String master) {
        this.master = master;
    }

    @Override
    public LinkResult link(List<SourceRecord> records, LinkContext context, Progress progress) {
        AreaLinkInput in;
        try {
            in = AreaLinkInput.of(records, context.areaDir(), PprlStages.encodings(KeyFile.defaultLocation()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SparkSession spark = SparkSessions.create(master, "jigsaw-link");
        // the values the local engine compares: linkage form, local IDs scoped by agency, encoded if a source is
        Dataset<Row> frame = TableFrames.of(spark, in.table());
        SparkLinkage run = new SparkLinker(spark, in.spec(), SparkLinker.Options.defaults())
                .link(frame, reviews(spark, context.reviewDecisions()), previous(spark, context.previousPersonIds()), progress);
        return run.toLinkResult();
    }

    static Dataset<Row> reviews(SparkSession spark, List<ReviewDecision> decisions) {
        if (decisions == null || decisions.isEmpty()) return null;
        List<Row> rows = new ArrayList<>();
        for (ReviewDecision d : decisions) rows.add(RowFactory.create(d.leftKey(), d.rightKey(), d.decision().name()));
        StructType s = new StructType().add("left", DataTypes.StringType).add("right", DataTypes.StringType)
                .add("decision", DataTypes.StringType);
        return spark.createDataFrame(rows, s);
    }

    static Dataset<Row> previous(SparkSession spark, Map<String, String> ids) {
        if (ids == null || ids.isEmpty()) return null;
        List<Row> rows = new ArrayList<>();
        ids.forEach((k, p) -> rows.add(RowFactory.create(k, p)));
        StructType s = new StructType().add("record_key", DataTypes.StringType).add("person_id", DataTypes.StringType);
        return spark.createDataFrame(rows, s);
    }
}
