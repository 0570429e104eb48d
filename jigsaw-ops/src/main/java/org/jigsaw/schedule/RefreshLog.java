package org.jigsaw.schedule;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jigsaw.store.RefreshLock;

/**
 * {@code AREA/snapshots/refresh-log.jsonl}: JSON lines appended and forced to disk, so the
 * dashboard can say when data was last refreshed and why the last run failed even after a
 * restart. A run writes a STARTED line before it works and its outcome after, so one that is
 * killed in between still shows. A torn last line (power cut mid-write) is skipped on reading.
 */
public final class RefreshLog {

    public static final String FILE = "refresh-log.jsonl";

    private final Path file;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.INDENT_OUTPUT);

    public RefreshLog(Path file) {
        this.file = file;
    }

    /** The log of an area folder. */
    public static RefreshLog of(Path areaDir) {
        return new RefreshLog(areaDir.resolve("snapshots").resolve(FILE));
    }

    public Path file() {
        return file;
    }

    public synchronized void append(RefreshOutcome outcome) {
        try {
            Files.createDirectories(dir());
            byte[] line = (freshLinePrefix() + json.writeValueAsString(outcome) + "\n").getBytes(StandardCharsets.UTF_8);
            // APPEND: a run refused by the lock writes its line while the running one may write its own
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                ch.write(java.nio.ByteBuffer.wrap(line));
                ch.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the refresh log " + file, e);
        }
    }

    /** After a torn write, start on a fresh line so the next entry is not glued to the fragment. */
    private String freshLinePrefix() throws IOException {
        if (!Files.isRegularFile(file)) {
            return "";
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            if (ch.size() == 0) {
                return "";
            }
            java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
            ch.read(last, ch.size() - 1);
            return last.get(0) == '\n' ? "" : "\n";
        }
    }

    /**
     * Every run, oldest first: a started run's line is replaced by its outcome, or, when it has
     * none, reported as {@link RefreshStatus#RUNNING} while the refresh lock is held and as
     * {@link RefreshStatus#INTERRUPTED} when it is not (its process died). Never STARTED.
     */
    public synchronized List<RefreshOutcome> all() {
        List<RefreshOutcome> lines = lines();
        for (int read = 1; ; read++) {
            RefreshOutcome open = RefreshRuns.openStart(lines);
            if (open == null) {
                return RefreshRuns.fold(lines, false);
            }
            if (RefreshLock.isHeld(dir())) {
                return RefreshRuns.fold(lines, true);
            }
            // the lock is free: read again, as the run may have finished between the read and the probe
            List<RefreshOutcome> again = lines();
            if (open.equals(RefreshRuns.openStart(again)) || read == 3) {
                return RefreshRuns.fold(again, false);
            }
            lines = again;
        }
    }

    /** The folder of the log, which is also the one whose refresh lock the runs take. */
    Path dir() {
        return file.toAbsolutePath().getParent();
    }

    private List<RefreshOutcome> lines() {
        List<RefreshOutcome> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(json.readValue(line, RefreshOutcome.class));
                } catch (IOException torn) {
                    // a partial line from an interrupted write: the entries around it still count
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the refresh log " + file, e);
        }
        return out;
    }

    public Optional<RefreshOutcome> last() {
        List<RefreshOutcome> all = all();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    public Optional<RefreshOutcome> lastSuccessful() {
        List<RefreshOutcome> all = all();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).ok()) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    /** The newest {@code n} entries, newest first. */
    public List<RefreshOutcome> recent(int n) {
        List<RefreshOutcome> all = all();
        List<RefreshOutcome> out = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0 && out.size() < n; i--) {
            out.add(all.get(i));
        }
        return out;
    }
}
