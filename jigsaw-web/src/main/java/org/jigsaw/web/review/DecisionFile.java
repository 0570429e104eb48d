package org.jigsaw.web.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jigsaw.link.Decision;
import org.jigsaw.link.ReviewDecision;

/**
 * Clerical review decisions made in the dashboard, waiting for the next refresh: snapshots are
 * read-only, so decisions go to {@code AREA/review/decisions.jsonl}, one JSON object a line:
 * <pre>{"left_key":"sen2:123","right_key":"school_census:456","decision":"CLERICAL_MATCH","reviewer":"a.khan","decided_at":"2026-11-27T06:40:00Z"}</pre>
 * {@code decision} is {@code CLERICAL_MATCH} or {@code CLERICAL_NON_MATCH}; a later line for the
 * same pair overrides an earlier one. The refresh reads the file into {@code review_decision}.
 */
public final class DecisionFile {
    public static final String RELATIVE = "review/decisions.jsonl";
    private final Path file;
    private final ObjectMapper json = new ObjectMapper();
    /** The parsed file and the size it had: the file only grows, so a changed size means new lines. */
    private volatile Object[] cached = {-1L, List.<ReviewDecision>of()};

    public DecisionFile(Path area) {
        this.file = area.resolve(RELATIVE);
    }

    public Path file() {
        return file;
    }

    /** Appends one decision; the append is locked so concurrent reviewers never interleave lines. */
    public synchronized void append(ReviewDecision d) {
        if (d.decision() != Decision.CLERICAL_MATCH && d.decision() != Decision.CLERICAL_NON_MATCH) {
            throw new IllegalArgumentException("a review decision is CLERICAL_MATCH or CLERICAL_NON_MATCH");
        }
        ObjectNode n = json.createObjectNode();
        n.put("left_key", d.leftKey());
        n.put("right_key", d.rightKey());
        n.put("decision", d.decision().name());
        n.put("reviewer", d.reviewer());
        n.put("decided_at", d.decidedAt().toString());
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
                 FileLock ignored = ch.lock()) {
                ch.write(java.nio.ByteBuffer.wrap((json.writeValueAsString(n) + "\n").getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the review decision in " + file, e);
        }
    }

    /** Every decision in the file, in order; unreadable lines are skipped (and counted by the refresh). */
    @SuppressWarnings("unchecked")
    public List<ReviewDecision> read() {
        List<ReviewDecision> out = new ArrayList<>();
        if (!Files.exists(file)) return out;
        try {
            long size = Files.size(file);
            Object[] c = cached;
            if ((Long) c[0] == size) return (List<ReviewDecision>) c[1];
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                try {
                    JsonNode n = json.readTree(line);
                    out.add(new ReviewDecision(n.get("left_key").asText(), n.get("right_key").asText(),
                            Decision.valueOf(n.get("decision").asText()), n.path("reviewer").asText(), Instant.parse(n.get("decided_at").asText())));
                } catch (IOException | RuntimeException bad) {
                    // a torn or hand-edited line: ignore it here, never fail the page
                }
            }
            cached = new Object[] {size, List.copyOf(out)};
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }
}
