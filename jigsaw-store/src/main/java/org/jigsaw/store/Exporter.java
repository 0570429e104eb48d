package org.jigsaw.store;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;

/**
 * Writes a snapshot table out. Parquet goes through DuckDB's COPY. CSV is written here so that
 * text cells a spreadsheet would run as a formula (starting = + - @, tab or CR) are neutralised
 * with a leading apostrophe (OWASP CSV injection guidance); numbers and dates are left alone.
 */
final class Exporter {
    private final Connection connection;

    Exporter(Connection connection) {
        this.connection = connection;
    }

    long export(String table, ExportFormat format, Path out) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            return format == ExportFormat.PARQUET ? parquet(table, out) : csv(table, out);
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot export " + table + " to " + out.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private long parquet(String table, Path out) throws SQLException {
        String target = out.toAbsolutePath().toString().replace("'", "''");
        try (Statement s = connection.createStatement()) {
            s.execute("COPY (SELECT * FROM " + table + ") TO '" + target + "' (FORMAT parquet)");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long csv(String table, Path out) throws SQLException, IOException {
        long rows = 0;
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + table);
             CsvWriter csv = CsvWriter.builder().build(out)) {
            ResultSetMetaData md = rs.getMetaData();
            int n = md.getColumnCount();
            String[] cells = new String[n];
            boolean[] text = new boolean[n];
            for (int i = 0; i < n; i++) {
                cells[i] = md.getColumnName(i + 1);
                int t = md.getColumnType(i + 1);
                text[i] = t == Types.VARCHAR || t == Types.CHAR || t == Types.LONGVARCHAR || t == Types.OTHER;
            }
            csv.writeRecord(cells);
            while (rs.next()) {
                for (int i = 0; i < n; i++) {
                    String v = rs.getString(i + 1);
                    cells[i] = v == null ? "" : text[i] ? neutralise(v) : v;
                }
                csv.writeRecord(cells);
                rows++;
            }
        }
        return rows;
    }

    /** A cell a spreadsheet would evaluate becomes inert text. */
    static String neutralise(String v) {
        if (v.isEmpty()) return v;
        char c = v.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + v : v;
    }
}
