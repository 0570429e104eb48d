package org.jigsaw.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One snapshot file opened read-only for a server answering on many threads: each query runs on a
 * connection of its own, duplicated from one {@link SnapshotReader} (the one way a snapshot is
 * opened). Snapshots are immutable once current, so every answer computed from one may be cached
 * for as long as the file is served.
 */
public final class Snapshot implements AutoCloseable {

    /** Maps the current row of a result set; may throw because JDBC does. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final SnapshotReader root;
    private final java.util.Map<String, Object> memo = new java.util.concurrent.ConcurrentHashMap<>();

    private Snapshot(SnapshotReader root) {
        this.root = root;
    }

    /** Opens {@code file} read-only; a {@link SnapshotException} if it cannot be. */
    public static Snapshot open(Path file) {
        return new Snapshot(SnapshotReader.open(file));
    }

    public Path file() {
        return root.file();
    }

    /** A stable name for caches and the footer: the file name without extension. */
    public String name() {
        String n = file().getFileName().toString();
        return n.endsWith(".duckdb") ? n.substring(0, n.length() - ".duckdb".length()) : n;
    }

    /** Runs a parameterised query on a connection of its own (DuckDB connections are not shared across threads). */
    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        try (Connection c = root.duplicate(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) out.add(mapper.map(rs));
                return out;
            }
        } catch (SQLException e) {
            throw new SnapshotException("query on snapshot " + name() + " failed: " + e.getMessage(), e);
        }
    }

    /** A value derived from this snapshot, computed once (the file never changes while open). */
    @SuppressWarnings("unchecked")
    public <T> T memo(String key, java.util.function.Function<Snapshot, T> compute) {
        return (T) memo.computeIfAbsent(key, k -> compute.apply(this));
    }

    public long count(String sql, Object... params) {
        List<Long> r = query(sql, rs -> rs.getLong(1), params);
        return r.isEmpty() ? 0 : r.get(0);
    }

    @Override
    public void close() {
        try {
            root.close();
        } catch (StoreException ignored) {
            // closing a read-only file: nothing to lose
        }
    }
}
