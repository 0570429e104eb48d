package org.jigsaw.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The area's snapshots as a server sees them: {@code snapshots/CURRENT} (read by {@link Snapshots#served()})
 * names the file being served. CURRENT is re-read on every call, so a refresh that switches the
 * pointer is served from the next request on, without a restart. Older snapshots are opened on
 * demand for trends and stay open: they are immutable and few.
 */
public final class SnapshotSource implements AutoCloseable {
    private final Snapshots snapshots;
    private final Path dir;
    private final Map<Path, Snapshot> open = new ConcurrentHashMap<>();

    public SnapshotSource(Path area) {
        this.snapshots = Snapshots.of(area);
        this.dir = snapshots.dir();
    }

    /** The area folder the snapshots belong to. */
    public Path area() {
        return dir.getParent();
    }

    /** The snapshot CURRENT points at. */
    public Snapshot current() {
        return opened(snapshots.served());
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
        return open.computeIfAbsent(file.toAbsolutePath().normalize(), Snapshot::open);
    }

    @Override
    public void close() {
        open.values().forEach(Snapshot::close);
        open.clear();
    }
}
