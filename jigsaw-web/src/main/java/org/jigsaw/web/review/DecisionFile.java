package org.jigsaw.web.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jigsaw.link.ReviewDecision;
import org.jigsaw.store.ReviewInbox;

/**
 * Clerical review decisions made in the dashboard, waiting for the next refresh: snapshots are
 * read-only, so decisions go to the store's review inbox {@code AREA/review/decisions.jsonl}, one
 * JSON object a line:
 * <pre>{"left_key":"sen2:123","right_key":"school_census:456","decision":"CLERICAL_MATCH","reviewer":"a.khan","decided_at":"2026-11-27T06:40:00Z"}</pre>
 * The next refresh merges them into {@code review_decision} and files the inbox away. Reads are
 * cached by file size (the inbox only grows between refreshes).
 */
public final class DecisionFile {
    public static final String RELATIVE = "review/decisions.jsonl";
    private final ReviewInbox inbox;
    private volatile Cached cached = new Cached(-1, List.of());

    private record Cached(long size, List<ReviewDecision> decisions) {
    }

    public DecisionFile(Path area) {
        this.inbox = new ReviewInbox(area);
    }

    public Path file() {
        return inbox.file();
    }

    /** Appends one decision (file-locked and forced to disk by the inbox). */
    public void append(ReviewDecision d) {
        try {
            inbox.append(d);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the review decision in " + inbox.file(), e);
        }
    }

    /** The decisions waiting for the next refresh; unreadable lines are skipped (the refresh reports them). */
    public List<ReviewDecision> read() {
        try {
            if (!Files.exists(inbox.file())) return List.of();
            long size = Files.size(inbox.file());
            Cached c = cached;
            if (c.size() == size) return c.decisions();
            List<ReviewDecision> d = List.copyOf(inbox.pending().decisions());
            cached = new Cached(size, d);
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + inbox.file(), e);
        }
    }
}
