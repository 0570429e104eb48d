package org.jigsaw.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one tabular extract before it is written, each tied to its record key and person.
 * Adding a row registers the record in the truth log and lists its faults.
 */
public final class Table {
    /**
     * @param malformed non-null for a deliberately broken row (its fault is logged with the line when written)
     */
    public record Row(String key, Person person, String[] cells, FaultKind malformed) {
    }

    private final String source;
    private final List<String> header;
    private final List<Row> rows = new ArrayList<>();
    private final ExtractContext ctx;

    Table(ExtractContext ctx, String source, List<String> header) {
        this.ctx = ctx;
        this.source = source;
        this.header = List.copyOf(header);
    }

    public String source() {
        return source;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    public int column(String name) {
        int i = header.indexOf(name);
        if (i < 0) throw new IllegalArgumentException("no column " + name + " in " + source);
        return i;
    }

    /** A row for the person under the source's own id; {@code faults} are the identity faults planted in it. */
    public void add(String localId, Person p, List<Fault> faults, String... cells) {
        if (cells.length != header.size()) throw new IllegalArgumentException(source + ": row has " + cells.length + " cells");
        String key = ctx.register(source, localId, p, faults);
        rows.add(new Row(key, p, cells, null));
    }

    /** A row of a table that is joined to a source's rows (CBDS senneeds): no record of its own, so not in the truth. */
    public void addJoined(String... cells) {
        if (cells.length != header.size()) throw new IllegalArgumentException(source + ": row has " + cells.length + " cells");
        rows.add(new Row(null, null, cells, null));
    }

    /** A broken copy of a row: registered like any row, its fault logged with its line when written. */
    public void addMalformed(String localId, Person p, FaultKind kind, String... cells) {
        String key = ctx.register(source, localId, p, List.of());
        rows.add(new Row(key, p, cells, kind));
    }
}
