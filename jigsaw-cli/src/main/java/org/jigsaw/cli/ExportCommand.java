package org.jigsaw.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jigsaw.store.ExportFormat;
import org.jigsaw.store.SnapshotReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write one snapshot table to a Parquet or CSV file.")
final class ExportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "AREA", description = "the area folder")
    Path area;

    @Option(names = "--table", required = true, description = "table to export, e.g. person, fact, cohort_member, kpi_value")
    String table;

    @Option(names = "--format", defaultValue = "parquet", description = "parquet or csv (default ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--out", required = true, description = "file to write")
    Path out;

    @Mixin
    SnapshotOption snapshot;

    @Override
    public Integer call() {
        try (SnapshotReader r = snapshot.open(area)) {
            long rows = r.export(table, ExportFormat.parse(format), out);
            System.out.printf("%,d rows of %s written to %s%n", rows, table, out);
        }
        return 0;
    }
}
