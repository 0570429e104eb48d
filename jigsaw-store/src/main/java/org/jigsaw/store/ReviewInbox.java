package org.jigsaw.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
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
import java.time.Instant;
import org.jigsaw.link.Decision;
import org.jigsaw.link.ReviewDecision;

/**
 * Clerical decisions made since the last refresh. Snapshots are read-only once published, so the
 * review screen appends decisions to {@code AREA/review/decisions.jsonl}, one JSON object a line:
 * <pre>{"left_key":"sen2:123","right_key":"school_census:456","decision":"CLERICAL_MATCH","reviewer":"a.khan","decided_at":"2026-11-27T06:40:00Z"}</pre>
 * (the web's {@code DecisionFile} writes the same format). The next refresh merges them with the
 * decisions carried in the current snapshot and, once its snapshot is published, files the inbox
 * under {@code review/applied/<run-id>.jsonl}.
 */
public final class ReviewInbox {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    public ReviewInbox(Path areaDir) {
        this.file = areaDir.resolve("review").resolve("decisions.jsonl");
    }

    public Path file() {
        return file;
    }

    /** Appends one decision under a file lock, forced to disk. */
    public synchronized void append(ReviewDecision d) throws IOException {
        if (d.decision() != Decision.CLERICAL_MATCH && d.decision() != Decision.CLERICAL_NON_MATCH) {
            throw new IllegalArgumentException("a review decision is CLERICAL_MATCH or CLERICAL_NON_MATCH");
        }
        ObjectNode n = JSON.createObjectNode();
        n.put("left_key", d.leftKey());
        n.put("right_key", d.rightKey());
        n.put("decision", d.decision().name());
        n.put("reviewer", d.reviewer());
        n.put("decided_at", d.decidedAt() == null ? Instant.now().toString() : d.decidedAt().toString());
        Files.createDirectories(file.getParent());
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
             FileLock ignored = ch.lock()) {
            ch.write(ByteBuffer.wrap((JSON.writeValueAsString(n) + "\n").getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        }
    }

    /** Decisions waiting in the inbox, in order. A torn or hand-broken line is skipped and counted. */
    public Pending pending() throws IOException {
        List<ReviewDecision> out = new ArrayList<>();
        int skipped = 0;
        if (!Files.isRegularFile(file)) return new Pending(out, 0);
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            try {
                JsonNode n = JSON.readTree(line);
                Decision d = Decision.valueOf(n.get("decision").asText());
                if (d != Decision.CLERICAL_MATCH && d != Decision.CLERICAL_NON_MATCH) throw new IllegalArgumentException("not clerical");
                out.add(new ReviewDecision(n.get("left_key").asText(), n.get("right_key").asText(), d,
                        n.path("reviewer").asText(null), Instant.parse(n.get("decided_at").asText())));
            } catch (IOException | RuntimeException bad) {
                skipped++;
            }
        }
        return new Pending(out, skipped);
    }

    /** The inbox's decisions, and how many lines could not be read. */
    public record Pending(List<ReviewDecision> decisions, int skippedLines) {
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
