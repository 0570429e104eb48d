package org.jigsaw.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jigsaw.link.spec.LinkSpec;
import org.jigsaw.progress.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The job jar's entry point: {@code spark-submit --class org.jigsaw.spark.SparkMatchJob
 * jigsaw-spark-job.jar --input records.parquet --out s3://…/run-42}. Links records (Parquet from
 * a previous stage, or CSV extracts that are standardised on the executors) with a
 * {@code linkage.yaml} and writes pairs and persons as Parquet plus the model and run summary.
 */
@Command(name = "jigsaw-spark-match", mixinStandardHelpOptions = true,
        description = "Links records on Apache Spark with a Jigsaw linkage.yaml; writes Parquet.")
public final class SparkMatchJob implements Callable<Integer> {

    @Option(names = "--input", required = true, split = ",",
            description = "Parquet directories or CSV files of records (repeatable). Parquet: key, source and one column per field.")
    List<String> inputs;

    @Option(names = "--format", description = "parquet or csv (default: csv for *.csv, else parquet)")
    String format;

    @Option(names = "--id", description = "CSV: the column holding each record's own id (default: key)")
    String idColumn = "key";

    @Option(names = "--map", split = ",", description = "CSV: canonical=column renames, e.g. family_name=surname")
    List<String> mapping = new ArrayList<>();

    @Option(names = "--spec", description = "a linkage.yaml, or default (Jigsaw's spec for children's records, the default) "
            + "or national (the same with blocking that stays selective at region and national scale)")
    String spec = "default";

    @Option(names = "--link-type", description = "dedupe_and_link, link_only or dedupe_only (overrides the spec)")
    String linkType;

    @Option(names = "--out", required = true, description = "output directory (local path, hdfs://, s3a://, abfss://…)")
    String out;

    @Option(names = "--master", description = "local[*], spark://host:7077, yarn, k8s://… (default: what spark-submit set)")
    String master;

    @Option(names = "--reviews", description = "Parquet of clerical decisions: left, right, decision")
    String reviews;

    @Option(names = "--previous", description = "Parquet of the previous run's persons: record_key, person_id")
    String previous;

    @Option(names = "--salt-threshold", description = "records per blocking key above which the key is salted (default ${DEFAULT-VALUE})")
    long saltThreshold = SparkLinker.Options.defaults().saltThreshold();

    @Option(names = "--quiet", description = "no stage progress lines on standard error")
    boolean quiet;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkMatchJob()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        LinkSpec s = LinkSpec.named(spec);
        if (linkType != null) s = s.withLinkType(org.jigsaw.link.spec.LinkType.fromKey(linkType));
        SparkSession spark = SparkSessions.create(master, "jigsaw-match");
        Dataset<Row> records = null;
        for (String in : inputs) {
            Dataset<Row> one = read(spark, in);
            records = records == null ? one : records.unionByName(one, true);
        }
        Dataset<Row> rv = reviews == null ? null : spark.read().parquet(reviews);
        Dataset<Row> pv = previous == null ? null : spark.read().parquet(previous);
        SparkLinker.Options o = SparkLinker.Options.defaults();
        SparkLinkage run = new SparkLinker(spark, s, new SparkLinker.Options(saltThreshold, o.maxSalts(), o.uSampleLimit()))
                .link(records, rv, pv, quiet ? Progress.NONE : new StderrProgress(System.err));
        run.writeTo(out);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("out", out);
        summary.put("seconds", run.seconds());
        summary.put("metrics", run.metrics());
        System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(summary));
        return 0;
    }

    private Dataset<Row> read(SparkSession spark, String in) {
        boolean csv = "csv".equalsIgnoreCase(format) || (format == null && in.toLowerCase().endsWith(".csv"));
        if (!csv) return spark.read().parquet(in);
        // extracts arrive raw: rename mapped columns, key records by source, standardise on the executors
        Dataset<Row> raw = spark.read().option("header", "true").option("ignoreLeadingWhiteSpace", "true")
                .option("ignoreTrailingWhiteSpace", "true").csv(in);
        String source = Path.of(in).getFileName().toString().replaceFirst("\\.csv$", "");
        Map<String, String> renames = new LinkedHashMap<>();
        for (String m : mapping) {
            String[] kv = m.split("=", 2);
            if (kv.length != 2) throw new IllegalArgumentException("--map expects canonical=column, got: " + m);
            renames.put(kv[1].trim(), kv[0].trim());
        }
        List<Column> cols = new ArrayList<>();
        cols.add(concat(lit(source + ":"), col(idColumn)).as(RecordFrames.KEY));
        cols.add(lit(source).as(RecordFrames.SOURCE));
        for (String c : raw.columns()) {
            if (c.equals(idColumn) || c.equals(RecordFrames.SOURCE)) continue;
            cols.add(col("`" + c + "`").cast("string").as(renames.getOrDefault(c, c)));
        }
        return Standardise.frame(raw.select(cols.toArray(Column[]::new)));
    }
}
