package org.jigsaw.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One source's problem ledger: the quarantine, the problem locations (a sample per check and
 * column, the rest only counted) and the count of codes a value mapping does not know. Kept apart
 * from {@link SourceLoader} so that what is recorded, and how much of it, is decided in one place.
 *
 * <p>Not thread-safe: owned by one loader.
 */
final class ProblemLedger {

    /** Detailed problem locations kept per check and column (the rest are counted). */
    static final int SAMPLES = 20;

    private final String source;
    private final Quarantine quarantine;
    private final List<SourceProblem> problems = new ArrayList<>();
    private final Map<String, Long> unmapped = new TreeMap<>();
    /** Per column, the row whose unknown code was last counted: one count per row and column. */
    private final Map<String, Long> unmappedRow = new HashMap<>();
    /** The row being loaded, where an unknown code is located. */
    private String currentFile;
    private long currentLine;
    private long currentRow;

    ProblemLedger(String source) {
        this.source = source;
        this.quarantine = new Quarantine(source);
    }

    /** The row being loaded from now on: its file, line and number among the rows read (from 1). */
    void at(String file, long line, long row) {
        currentFile = file;
        currentLine = line;
        currentRow = row;
    }

    void problem(String file, long line, String column, SourceProblem.Severity severity, String check, String message) {
        problems.add(new SourceProblem(source, file, line, column, severity, message));
    }

    /** A problem that is the {@code count}-th of its kind: located only while within the sample. */
    void sampled(long count, String file, long line, String column, SourceProblem.Severity severity, String check,
                 String message) {
        if (count <= SAMPLES) problem(file, line, column, severity, check, message);
    }

    void quarantine(String file, long line, QuarantineReason reason, String detail, String column) {
        quarantine.add(file, line, reason, detail);
        sampled(quarantine.countsByReason().get(reason), file, line, column, SourceProblem.Severity.ERROR,
                "quarantine_" + reason.name(), "row quarantined (" + reason.name() + "): " + detail);
    }

    /**
     * The mapped value of a code; a code the mapping does not know is used as it is.
     *
     * The unknown code is counted (once per row and column) wherever the column is read — a field, a
     * {@code when} condition, a fact's code or value: otherwise it would be a silently missing fact or a
     * fact whose code no cohort asks for.
     */
    String map(String column, ValueMap m, String raw) {
        String key = raw.strip();
        if (key.isEmpty()) return key;
        String v = m.map(key);
        if (v == null) {
            unmapped(column);
            return key;
        }
        return v;
    }

    /** Counts an unknown code at {@code column} of the current row (once per row and column). */
    void unmapped(String column) {
        Long last = unmappedRow.put(column, currentRow);
        if (last != null && last == currentRow) return;
        sampled(unmapped.merge(column, 1L, Long::sum), currentFile, currentLine, column, SourceProblem.Severity.WARNING,
                "unmapped_code", "a code the definition's value mapping does not list; used as it is");
    }

    /** Per column, the rows with a code its value mapping does not know, by column name. */
    Map<String, Long> unmappedCounts() {
        return java.util.Collections.unmodifiableMap(unmapped);
    }

    Quarantine quarantine() {
        return quarantine;
    }

    /** The problems recorded so far, in the order they were. */
    List<SourceProblem> problems() {
        return new ArrayList<>(problems);
    }

    /** Adds to {@code out} how many rows of a kind were counted beyond the located sample. */
    void more(List<SourceProblem> out, long total, String column, SourceProblem.Severity severity, String what) {
        if (total > SAMPLES) {
            out.add(new SourceProblem(source, null, 0, column, severity, "… and " + (total - SAMPLES) + " more rows: " + what));
        }
    }
}
