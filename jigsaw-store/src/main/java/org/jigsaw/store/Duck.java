package org.jigsaw.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Opening DuckDB files: read-write for the one writer, read-only for everyone else. */
public final class Duck {
    private Duck() {
    }

    public static Connection openWritable(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
    }

    /** Read-only, so readers never take the write lock and can never alter a published snapshot. */
    public static Connection openReadOnly(Path file) throws SQLException {
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
    }

    public static Connection openInMemory() throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:");
    }
}
