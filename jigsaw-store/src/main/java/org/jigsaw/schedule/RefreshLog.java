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

/**
 * {@code AREA/snapshots/refresh-log.jsonl}: one JSON line per refresh, appended and forced to
 * disk, so the dashboard can say when data was last refreshed and why the last run failed even
 * after a restart. A torn last line (power cut mid-write) is skipped on reading.
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
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE)) {
                // after a torn write, start on a fresh line so this entry is not glued to the fragment
                String prefix = "";
                if (ch.size() > 0) {
                    java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
                    ch.read(last, ch.size() - 1);
                    prefix = last.get(0) == '\n' ? "" : "\n";
                }
                byte[] line = (prefix + json.writeValueAsString(outcome) + "\n").getBytes(StandardCharsets.UTF_8);
                ch.write(java.nio.ByteBuffer.wrap(line), ch.size());
                ch.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the refresh log " + file, e);
        }
    }

    /** Every readable entry, oldest first. */
    public synchronized List<RefreshOutcome> all() {
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
