package org.jigsaw.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The snapshot folder of an area, {@code AREA/snapshots/}: one complete DuckDB file per refresh,
 * named by run ID, and a {@code CURRENT} pointer naming the one being served.
 *
 * <p>{@code CURRENT} holds the snapshot's file name ({@code <run-id>.duckdb}, relative to the folder).
 * A refresh writes {@code <run-id>.duckdb.partial}; only a file that was written completely and
 * passed its checks is renamed to {@code <run-id>.duckdb}, and only then is {@code CURRENT}
 * replaced (temp file + atomic rename). So whatever moment a refresh dies at, {@code CURRENT}
 * names a complete snapshot, and any {@code .duckdb} file is complete.
 */
public final class Snapshots {
    public static final String DIR = "snapshots";
    public static final String POINTER = "CURRENT";
    static final String EXT = ".duckdb";
    static final String PARTIAL = ".duckdb.partial";
    private static final Pattern RUN_ID = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss").withZone(ZoneOffset.UTC);

    private final Path dir;

    public Snapshots(Path dir) {
        this.dir = dir;
    }

    /** The snapshot folder of the area folder {@code areaDir}. */
    public static Snapshots of(Path areaDir) {
        return new Snapshots(areaDir.resolve(DIR));
    }

    public Path dir() {
        return dir;
    }

    public Path file(String runId) {
        return dir.resolve(checkRunId(runId) + EXT);
    }

    /** The run ID {@code CURRENT} names, if any snapshot has been published. */
    public Optional<String> currentRunId() {
        Path pointer = dir.resolve(POINTER);
        if (!Files.isRegularFile(pointer)) return Optional.empty();
        try {
            String id = readPointer();
            if (id.endsWith(EXT)) id = id.substring(0, id.length() - EXT.length());
            return id.isEmpty() ? Optional.empty() : Optional.of(checkRunId(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Path> current() {
        return currentRunId().map(this::file);
    }

    /**
     * The file {@code CURRENT} names, as a server reads it: a file name relative to the folder, or a
     * bare run ID (the store's pointer before it named files). Unlike {@link #current()} any name is
     * accepted as long as the file is inside the folder, so hand-made snapshots can be served too.
     */
    public Path served() {
        Path pointer = dir.resolve(POINTER);
        String name;
        try {
            name = readPointer();
        } catch (IOException e) {
            throw new SnapshotException("no current snapshot: " + pointer + " is missing; run a refresh first", e);
        }
        Path file = dir.resolve(name).normalize();
        if (!Files.isRegularFile(file) && !name.endsWith(EXT)) {
            file = dir.resolve(name + EXT).normalize();
        }
        if (!file.startsWith(dir.normalize()) || !Files.isRegularFile(file)) {
            throw new SnapshotException("snapshots/CURRENT names " + name + ", which is not a snapshot file in " + dir);
        }
        return file;
    }

    private String readPointer() throws IOException {
        return Files.readString(dir.resolve(POINTER), StandardCharsets.UTF_8).trim();
    }

    /** Every complete snapshot, oldest first. */
    public List<SnapshotInfo> list() {
        if (!Files.isDirectory(dir)) return List.of();
        String current = currentRunId().orElse(null);
        List<SnapshotInfo> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (!name.endsWith(EXT)) continue;
                String id = name.substring(0, name.length() - EXT.length());
                if (!RUN_ID.matcher(id).matches()) continue;
                out.add(new SnapshotInfo(id, f, Files.size(f), id.equals(current)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(Comparator.comparing(SnapshotInfo::runId));
        return out;
    }

    /** Opens the current snapshot read-only. */
    public SnapshotReader openCurrent() {
        String id = currentRunId().orElseThrow(() -> new StoreException(
                "no snapshot yet in " + dir + ": run 'jigsaw refresh' (or 'jigsaw demo') first"));
        return open(id);
    }

    /** Opens a kept snapshot read-only. */
    public SnapshotReader open(String runId) {
        Path f = file(runId);
        if (!Files.isRegularFile(f)) throw new StoreException("snapshot " + runId + " is not kept in " + dir);
        return SnapshotReader.open(f);
    }

    /**
     * A fresh run ID for a refresh starting at {@code now}: its UTC time to the second, moved on a
     * second while taken, so IDs and file names always sort in refresh order.
     */
    public String newRunId(Instant now) {
        Instant t = now;
        String id = ID.format(t);
        while (Files.exists(dir.resolve(id + EXT)) || Files.exists(dir.resolve(id + PARTIAL))) {
            t = t.plusSeconds(1);
            id = ID.format(t);
        }
        return id;
    }

    /** Where a refresh writes its snapshot before it is checked. */
    public Path partial(String runId) throws IOException {
        Files.createDirectories(dir);
        return dir.resolve(checkRunId(runId) + PARTIAL);
    }

    /**
     * Makes a completely written, checked partial snapshot the current one: renames it to its final
     * name, then replaces {@code CURRENT} atomically.
     */
    public void publish(String runId) throws IOException {
        Path partial = partial(runId);
        if (Files.exists(dir.resolve(runId + PARTIAL + ".wal"))) {
            throw new StoreException("snapshot " + runId + " was not closed cleanly (write-ahead log left); not publishing");
        }
        move(partial, file(runId));
        Path tmp = Files.createTempFile(dir, POINTER, ".tmp");
        try {
            Files.writeString(tmp, runId + EXT + "\n", StandardCharsets.UTF_8);
            move(tmp, dir.resolve(POINTER));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Deletes snapshots beyond the newest {@code keep}, never the current one; returns the run IDs removed. */
    public List<String> prune(int keep) throws IOException {
        List<SnapshotInfo> all = list();
        List<String> removed = new ArrayList<>();
        for (int i = 0; i < all.size() - Math.max(1, keep); i++) {
            SnapshotInfo s = all.get(i);
            if (s.current()) continue;
            Files.deleteIfExists(s.file());
            Files.deleteIfExists(Path.of(s.file() + ".wal"));
            removed.add(s.runId());
        }
        return removed;
    }

    /** Removes what refreshes that died left behind (partial files, their logs, pointer temp files). */
    public int removeLeftovers() throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        int n = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (name.contains(PARTIAL) || (name.startsWith(POINTER) && name.endsWith(".tmp"))) {
                    Files.deleteIfExists(f);
                    n++;
                }
            }
        }
        return n;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new StoreException("the snapshot folder's file system cannot rename atomically: " + e.getMessage(), e);
        }
    }

    private static String checkRunId(String id) {
        if (!RUN_ID.matcher(id).matches()) throw new StoreException("not a run ID: " + id);
        return id;
    }
}
