package org.jigsaw.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jigsaw.cli.spark.SparkJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code jigsaw spark match|bench …}: runs the Spark engine in its own JVM with its own class path
 * ({@code jigsaw-spark/run}), so the distribution never carries Spark. The arguments are the Spark
 * job's: {@code jigsaw spark match --help}, {@code jigsaw spark bench --records 1000000}.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = "Runs linkage on Apache Spark (match | bench) in a separate JVM; see docs/spark.md.")
public final class SparkCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "match (link records, write Parquet) or bench (synthetic benchmark)")
    String action;

    @Parameters(index = "1..*", arity = "0..*", description = "the Spark job's options, e.g. --master local[*] --input … --out …")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (!action.equals("match") && !action.equals("bench")) {
            throw new IllegalArgumentException("jigsaw spark: unknown action '" + action + "'; use match or bench");
        }
        return SparkJob.find().passThrough(action, args);
    }
}
