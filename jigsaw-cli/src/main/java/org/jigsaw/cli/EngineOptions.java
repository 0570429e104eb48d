package org.jigsaw.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * {@code --engine local|spark [--master M]}, shared by match, refresh, demo and bench link. The
 * Spark engine runs in a separate JVM ({@code jigsaw-spark/run}); records travel to it as Parquet
 * in a private temporary folder that is deleted afterwards.
 */
final class EngineOptions {

    static final String LOCAL = "local";
    static final String SPARK = "spark";

    @Option(names = "--engine", defaultValue = LOCAL, paramLabel = "ENGINE",
            description = "local (this JVM, the default) or spark (Apache Spark in a separate JVM via jigsaw-spark/run; "
                    + "records go to it as Parquet in a private temporary folder, deleted afterwards)")
    String engine = LOCAL;

    @Option(names = "--master", paramLabel = "M",
            description = "with --engine spark: the Spark master, local[*] (default), local[2], spark://host:7077, yarn, k8s://…")
    String master;

    /** True for {@code --engine spark}; rejects unknown engines and a master without Spark. */
    boolean spark() {
        String e = engine == null ? LOCAL : engine.trim().toLowerCase(Locale.ROOT);
        if (!e.equals(LOCAL) && !e.equals(SPARK)) {
            throw new IllegalArgumentException("--engine must be local or spark, not '" + engine + "'");
        }
        if (e.equals(LOCAL) && master != null) throw new IllegalArgumentException("--master applies to --engine spark only");
        return e.equals(SPARK);
    }

    String master() {
        return master == null || master.isBlank() ? "local[*]" : master.trim();
    }
}
