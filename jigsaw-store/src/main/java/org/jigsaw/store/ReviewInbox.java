package org.jigsaw.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jigsaw.link.ReviewDecision;

/**
 * Clerical decisions made since the last refresh. Snapshots are read-only once published, so the
 * review screen appends decisions here ({@code AREA/review/decisions.jsonl}, one JSON object per
 * line); the next refresh merges them with the decisions carried in the current snapshot and, once
 * its snapshot is published, files the inbox under {@code review/applied/<run-id>.jsonl}.
 */
public final class ReviewInbox {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final Path file;

    public ReviewInbox(Path areaDir) {
        this.file = areaDir.resolve("review").resolve("decisions.jsonl");
    }

    public Path file() {
        return file;
    }

    /** Appends one decision (durably: the file is forced to disk). */
    public synchronized void append(ReviewDecision d) throws IOException {
        Files.createDirectories(file.getParent());
        String line = JSON.writeValueAsString(d) + "\n";
        Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.SYNC);
    }

    public List<ReviewDecision> pending() throws IOException {
        List<ReviewDecision> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) return out;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) out.add(JSON.readValue(line, ReviewDecision.class));
        }
        return out;
    }

    /** Files the inbox away after the refresh that applied it was published. */
    void markApplied(String runId) throws IOException {
        if (!Files.isRegularFile(file)) return;
        Path applied = file.getParent().resolve("applied");
        Files.createDirectories(applied);
        Files.move(file, applied.resolve(runId + ".jsonl"), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Earlier and later decisions on the same pair (either order): the latest wins. */
    static Collection<ReviewDecision> merge(List<ReviewDecision> carried, List<ReviewDecision> fresh) {
        Map<String, ReviewDecision> byPair = new LinkedHashMap<>();
        for (List<ReviewDecision> list : List.of(carried, fresh)) {
            for (ReviewDecision d : list) {
                String key = d.leftKey().compareTo(d.rightKey()) <= 0 ? d.leftKey() + "\u0000" + d.rightKey()
                        : d.rightKey() + "\u0000" + d.leftKey();
                ReviewDecision old = byPair.get(key);
                if (old == null || old.decidedAt() == null || (d.decidedAt() != null && !d.decidedAt().isBefore(old.decidedAt()))) {
                    byPair.put(key, d);
                }
            }
        }
        return byPair.values();
    }
}
