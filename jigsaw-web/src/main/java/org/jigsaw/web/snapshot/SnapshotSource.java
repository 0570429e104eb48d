package org.jigsaw.web.snapshot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The area's snapshots: {@code snapshots/CURRENT} names the file being served (relative to
 * {@code snapshots/}). CURRENT is re-read on every call, so a refresh that switches the pointer is
 * served from the next request on, without a restart. Older snapshots are opened on demand for
 * trends and stay open: they are immutable and few.
 */
public final class SnapshotSource implements AutoCloseable {
    private final Path dir;
    private final Map<Path, Snapshot> open = new ConcurrentHashMap<>();

    public SnapshotSource(Path area) {
        this.dir = area.resolve("snapshots");
    }

    /** The area folder the snapshots belong to. */
    public Path area() {
        return dir.getParent();
    }

    /** The snapshot CURRENT points at. */
    public Snapshot current() {
        Path pointer = dir.resolve("CURRENT");
        String name;
        try {
            name = Files.readString(pointer, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new SnapshotException("no current snapshot: " + pointer + " is missing; run a refresh first", e);
        }
        Path file = dir.resolve(name).normalize();
        if (!Files.isRegularFile(file) && !name.endsWith(".duckdb")) {
            file = dir.resolve(name + ".duckdb").normalize();   // the store's pointer holds the run ID
        }
        if (!file.startsWith(dir.normalize()) || !Files.isRegularFile(file)) {
            throw new SnapshotException("snapshots/CURRENT names " + name + ", which is not a snapshot file in " + dir);
        }
        return opened(file);
    }

    /** Every snapshot file, oldest first (file names sort by refresh time). */
    public List<Snapshot> history() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".duckdb"))
                    .sorted()
                    .map(this::openedOrNull)
                    .filter(java.util.Objects::nonNull)
                    .toList();
        } catch (IOException e) {
            throw new SnapshotException("cannot list " + dir, e);
        }
    }

    /** History up to and including the current snapshot (a newer file may be mid-write). */
    public List<Snapshot> historyToCurrent() {
        Snapshot cur = current();
        return history().stream().filter(s -> s.file().getFileName().toString()
                .compareTo(cur.file().getFileName().toString()) <= 0).toList();
    }

    /** A file another process still holds for writing cannot be opened yet: leave it out. */
    private Snapshot openedOrNull(Path file) {
        try {
            return opened(file);
        } catch (SnapshotException e) {
            return null;
        }
    }

    private Snapshot opened(Path file) {
        return open.computeIfAbsent(file.toAbsolutePath().normalize(), f -> {
            try {
                return Snapshot.open(f);
            } catch (SQLException e) {
                throw new SnapshotException("cannot open snapshot " + f.getFileName() + ": " + e.getMessage(), e);
            }
        });
    }

    @Override
    public void close() {
        open.values().forEach(Snapshot::close);
        open.clear();
    }
}
