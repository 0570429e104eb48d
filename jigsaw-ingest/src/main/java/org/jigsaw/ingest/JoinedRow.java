package org.jigsaw.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jigsaw.ingest.read.Row;

/**
 * A row of a source with the matching rows of its joined tables: a column the row itself lacks is
 * read from the first match of the first join that has it. {@code each: <join name>} gives every
 * match of that join (one fact per SEN need of a pupil). Content and duplicates are the row's own.
 *
 * @param matches   per join, the matching rows in file order (empty: no match)
 * @param unmatched bit {@code j} set when join {@code j} found nothing for the row's key
 */
record JoinedRow(Row main, List<String> joinNames, List<Row>[] matches, int unmatched) implements Row {

    @Override
    public long line() {
        return main.line();
    }

    @Override
    public String get(String column) {
        String v = main.get(column);
        if (v != null) return v;
        for (List<Row> m : matches) {
            if (m.isEmpty()) continue;
            v = m.get(0).get(column);
            if (v != null) return v;
        }
        return null;
    }

    @Override
    public List<String> getAll(String column) {
        List<String> own = main.getAll(column);
        if (!own.isEmpty()) return own;
        for (List<Row> m : matches) {
            List<String> out = null;
            for (Row r : m) {
                String v = r.get(column);
                if (v == null) continue;
                if (out == null) out = new ArrayList<>(m.size());
                out.add(v);
            }
            if (out != null) return out;
        }
        return List.of();
    }

    @Override
    public List<Row> each(String path) {
        int j = joinNames.indexOf(path == null ? null : path.strip());
        return j >= 0 ? matches[j] : main.each(path);
    }

    @Override
    public String content() {
        return main.content();
    }

    @Override
    public long contentHash() {
        return main.contentHash();
    }
}
