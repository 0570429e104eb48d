package org.jigsaw.cli.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jigsaw.link.ReviewDecision;
import org.jigsaw.link.data.Column;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.spec.LinkSpec;
import org.jigsaw.record.Field;

/**
 * What the Spark job reads, written as files the way a cluster job gets them: the records as
 * Parquet in the engine's layout ({@code key}, {@code source}, one nullable string column per
 * canonical {@link Field} and per extra field, values already in the form linkage compares, rows
 * in table order — the engines break ties by input order), the clerical decisions
 * ({@code left, right, decision}), the previous person IDs ({@code record_key, person_id}) and
 * the link spec as YAML. Written through DuckDB's Appender and {@code COPY … (FORMAT PARQUET)}.
 */
public record SparkInputs(Path records, Path spec, Path reviews, Path previous) {

    /**
     * @param reviews  clerical decisions so far (may be empty: no file then)
     * @param previous record key → person ID of the last run (may be empty: no file then)
     */
    public static SparkInputs write(Path dir, RecordTable table, LinkSpec spec, List<ReviewDecision> reviews,
                                    Map<String, String> previous) throws IOException, SQLException {
        Path records = dir.resolve("records.parquet");
        Path specFile = dir.resolve("linkage.yaml");
        Path reviewFile = reviews.isEmpty() ? null : dir.resolve("reviews.parquet");
        Path previousFile = previous.isEmpty() ? null : dir.resolve("previous.parquet");
        Files.writeString(specFile, spec.toYaml());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            writeRecords(c, table, records);
            if (reviewFile != null) {
                create(c, "reviews", List.of("left", "right", "decision"));
                try (DuckDBAppender a = appender(c, "reviews")) {
                    for (ReviewDecision d : reviews) row(a, d.leftKey(), d.rightKey(), d.decision().name());
                }
                copy(c, "reviews", reviewFile);
            }
            if (previousFile != null) {
                create(c, "previous", List.of("record_key", "person_id"));
                try (DuckDBAppender a = appender(c, "previous")) {
                    for (Map.Entry<String, String> e : previous.entrySet()) row(a, e.getKey(), e.getValue());
                }
                copy(c, "previous", previousFile);
            }
        }
        return new SparkInputs(records, specFile, reviewFile, previousFile);
    }

    /** The job's options for these inputs: {@code --input … --spec … [--reviews …] [--previous …] --out … --master …}. */
    public List<String> matchArgs(Path out, String master) {
        List<String> a = new ArrayList<>(List.of("--input", records.toString(), "--format", "parquet", "--spec", spec.toString()));
        if (reviews != null) a.addAll(List.of("--reviews", reviews.toString()));
        if (previous != null) a.addAll(List.of("--previous", previous.toString()));
        a.addAll(List.of("--out", out.toString(), "--master", master));
        return a;
    }

    /** Canonical fields first (every one, blank when absent, as the engine's layout has them), then any extra field. */
    static List<String> columns(RecordTable table) {
        Set<String> cols = new LinkedHashSet<>();
        for (Field f : Field.values()) cols.add(f.key());
        cols.addAll(table.columns().keySet());
        return new ArrayList<>(cols);
    }

    private static void writeRecords(Connection c, RecordTable table, Path file) throws SQLException {
        List<String> fields = columns(table);
        List<String> all = new ArrayList<>(List.of("key", "source"));
        all.addAll(fields);
        create(c, "records", all);
        Column[] cols = new Column[fields.size()];
        for (int f = 0; f < cols.length; f++) cols[f] = table.columns().get(fields.get(f));
        try (DuckDBAppender a = appender(c, "records")) {
            for (int i = 0; i < table.size(); i++) {
                a.beginRow();
                a.append(table.key(i));
                a.append(table.sourceName(i));
                for (Column col : cols) {
                    String v = col == null ? null : col.value(i);
                    if (v == null) a.appendNull();
                    else a.append(v);
                }
                a.endRow();
            }
        }
        copy(c, "records", file);
    }

    private static void create(Connection c, String table, List<String> columns) throws SQLException {
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(table).append(" (");
        for (int i = 0; i < columns.size(); i++) sql.append(i == 0 ? "" : ", ").append(quote(columns.get(i))).append(" VARCHAR");
        try (Statement s = c.createStatement()) {
            s.execute(sql.append(")").toString());
        }
    }

    private static DuckDBAppender appender(Connection c, String table) throws SQLException {
        return c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
    }

    private static void row(DuckDBAppender a, String... values) throws SQLException {
        a.beginRow();
        for (String v : values) {
            if (v == null) a.appendNull();
            else a.append(v);
        }
        a.endRow();
    }

    /** One Parquet file, rows in insertion order (DuckDB keeps it by default). */
    private static void copy(Connection c, String table, Path file) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("COPY " + table + " TO " + literal(file) + " (FORMAT PARQUET)");
        }
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static String literal(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
