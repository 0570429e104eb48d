package org.jigsaw.cli;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jigsaw.govern.AccessDecision;
import org.jigsaw.govern.AccessDeniedException;
import org.jigsaw.govern.AuditEvent;
import org.jigsaw.store.ExportFormat;
import org.jigsaw.store.Schema;
import org.jigsaw.store.SnapshotReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write one snapshot table to a Parquet or CSV file. Tables about individual children need a --purpose "
                + "the agreements allow; every export is audited.")
final class ExportCommand implements Callable<Integer> {
    /**
     * Tables of counts, definitions and run facts, about no child in particular. Every other table
     * (records, persons, facts, pairs, members, review decisions — and any table added later) is
     * treated as individual-level until listed here.
     */
    static final Set<String> AGGREGATE_TABLES = Set.of("run", "source_run", "quarantine", "quality_finding", "pair_weight",
            "kpi_value", "cohort_definition", "kpi_definition");

    @Parameters(index = "0", paramLabel = "AREA", description = "the area folder")
    Path area;

    @Option(names = "--table", required = true, description = "table to export, e.g. person, fact, cohort_member, kpi_value")
    String table;

    @Option(names = "--format", defaultValue = "parquet", description = "parquet or csv (default ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--out", required = true, description = "file to write")
    Path out;

    @Option(names = "--purpose", paramLabel = "KEY", description = "the agreement purpose the export serves (e.g. direct_care); "
            + "required for tables about individual children, checked against the agreements")
    String purpose;

    @Mixin
    SnapshotOption snapshot;

    @Override
    public Integer call() throws Exception {
        String name = Schema.checkTable(table);
        boolean individual = !AGGREGATE_TABLES.contains(name);
        String what = (individual ? AuditEvent.PEOPLE : "") + "table " + name;
        CliAudit audit = CliAudit.open(area, "export");
        try (SnapshotReader r = snapshot.open(area)) {
            if (individual) {
                AccessDecision d = audit.checkIndividual(purpose, datasets(r), what);
                if (!d.allowed()) {
                    throw new AccessDeniedException("table " + name + " is about individual children: " + d.reason());
                }
            }
            try (StagedOutput staged = StagedOutput.in(out.toAbsolutePath().getParent())) {
                long rows = r.export(name, ExportFormat.parse(format), staged.dir().resolve(out.getFileName()));
                audit.read(purpose, what, rows);
                staged.publish();
                System.out.printf("%,d rows of %s written to %s%n", rows, name, out);
            }
        }
        return 0;
    }

    /** The datasets the snapshot's data came from: an individual-level table draws on all of them. */
    static List<String> datasets(SnapshotReader r) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = r.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT dataset FROM source_run WHERE dataset IS NOT NULL ORDER BY 1")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
