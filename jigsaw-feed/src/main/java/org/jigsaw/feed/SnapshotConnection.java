package org.jigsaw.feed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.jigsaw.store.Duck;

/** Feeds only read: a snapshot is opened read-only so a feed can never alter what it reports on. */
final class SnapshotConnection {

    private SnapshotConnection() {
    }

    static Connection openReadOnly(Path snapshot) throws SQLException {
        if (!Files.isRegularFile(snapshot)) {
            throw new SQLException("snapshot not found: " + snapshot);
        }
        return Duck.openReadOnly(snapshot);
    }
}
