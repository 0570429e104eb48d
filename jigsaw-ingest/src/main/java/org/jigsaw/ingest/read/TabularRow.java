package org.jigsaw.ingest.read;

import java.util.List;

/** A CSV or spreadsheet row: fields looked up by header name. */
public final class TabularRow implements Row {
    private final Header header;
    private final String[] fields;
    private final long line;

    public TabularRow(Header header, String[] fields, long line) {
        this.header = header;
        this.fields = fields;
        this.line = line;
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public String get(String column) {
        int i = header.indexOf(column);
        return i < 0 || i >= fields.length ? null : fields[i];
    }

    @Override
    public List<Row> each(String path) {
        return List.of();
    }

    @Override
    public String content() {
        return String.join("\u001F", fields);
    }

    @Override
    public long contentHash() {
        long h = 0xcbf29ce484222325L;
        for (String f : fields) {
            for (int i = 0; i < f.length(); i++) {
                h ^= f.charAt(i);
                h *= 0x100000001b3L;
            }
            h ^= 0x1F;
            h *= 0x100000001b3L;
        }
        return h;
    }

    public Header header() {
        return header;
    }

    public int size() {
        return fields.length;
    }

    public String field(int i) {
        return fields[i];
    }
}
