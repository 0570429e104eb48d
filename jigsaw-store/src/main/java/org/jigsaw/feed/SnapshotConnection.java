package org.jigsaw.feed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Feeds only read: a snapshot is opened read-only so a feed can never alter what it reports on. */
final class SnapshotConnection {

    private SnapshotConnection() {
    }

    static Connection openReadOnly(Path snapshot) throws SQLException {
        if (!Files.isRegularFile(snapshot)) {
            throw new SQLException("snapshot not found: " + snapshot);
        }
        Properties props = new Properties();
        props.setProperty("duckdb.read_only", "true");
        return DriverManager.getConnection("jdbc:duckdb:" + snapshot.toAbsolutePath(), props);
    }
}
