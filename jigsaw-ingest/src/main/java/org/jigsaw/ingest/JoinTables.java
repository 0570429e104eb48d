package org.jigsaw.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jigsaw.ingest.read.BadRowReason;
import org.jigsaw.ingest.read.Header;
import org.jigsaw.ingest.read.Row;
import org.jigsaw.ingest.read.RowSink;
import org.jigsaw.ingest.read.SourceFileException;

/**
 * The joined tables of one source ({@link SourceDefinition#joins()}), read whole before the
 * source's own files and indexed by key; read-only afterwards, so the reading thread and the
 * loader's thread can both attach matches. What goes wrong while reading them is kept as problems
 * for the loader to report; it never stops the source.
 */
final class JoinTables {

    /** Separates the parts of a composite key: a control character no extract value may hold. */
    static final char KEY_SEPARATOR = '\u001F';

    /** One joined table: key → its rows in file order. */
    private record Table(SourceDefinition.Join join, String name, List<String> keyColumns, Map<String, List<Row>> rows,
                         List<Header> headers) {
    }

    /** Something about a joined file worth reporting (missing file, unreadable, bad rows, missing key column). */
    record Problem(String join, String file, String check, long count, String message) {
    }

    private final List<Table> tables;
    private final List<String> names;
    private final List<List<String>> onColumns;
    private final List<Problem> problems;

    private JoinTables(List<Table> tables, List<Problem> problems) {
        this.tables = tables;
        this.names = tables.stream().map(Table::name).toList();
        this.onColumns = tables.stream().map(t -> t.join().on().names()).toList();
        this.problems = problems;
    }

    /** No joins: {@link #attach} is never called. */
    static JoinTables none() {
        return new JoinTables(List.of(), List.of());
    }

    boolean isEmpty() {
        return tables.isEmpty();
    }

    List<Problem> problems() {
        return problems;
    }

    List<String> names() {
        return names;
    }

    /** Whether join {@code j} expects most rows to have no match, so an unmatched row is not counted. */
    boolean optional(int j) {
        return tables.get(j).join().isOptional();
    }

    /** The {@code on} columns of join {@code j}. */
    List<String> on(int j) {
        return onColumns.get(j);
    }

    /** Whether some joined table has the column (XML tables: assumed, paths are checked per record). */
    boolean has(String column) {
        for (Table t : tables) {
            if (t.headers().isEmpty()) return true;
            for (Header h : t.headers()) if (h.has(column)) return true;
        }
        return false;
    }

    static JoinTables read(Path areaDir, SourceDefinition def) throws IOException {
        if (def.joins() == null || def.joins().isEmpty()) return none();
        List<Table> tables = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (SourceDefinition.Join j : def.joins()) {
            SourceDefinition.Format format = j.format() != null ? j.format() : def.format();
            Table t = new Table(j, j.label(), j.keyColumns().names(), new HashMap<>(), new ArrayList<>());
            List<Path> files = SourceDefinitions.files(areaDir, j.file());
            if (files.isEmpty()) {
                problems.add(new Problem(t.name(), j.file(), "join_no_file", 1, "no file matches '" + j.file() + "'"));
            }
            for (Path f : files) {
                String label = areaDir.relativize(f).toString().replace('\\', '/');
                Collector c = new Collector(t, label, problems);
                try {
                    for (String sheet : sheets(format)) {
                        Readers.forFormat(sheetFormat(format, sheet)).read(f, label, c);
                    }
                } catch (SourceFileException e) {
                    problems.add(new Problem(t.name(), label, "join_unreadable_file", 1, e.getMessage()));
                } catch (IOException | RuntimeException e) {
                    problems.add(new Problem(t.name(), label, "join_unreadable_file", 1,
                            "the file cannot be read (" + e.getClass().getSimpleName() + ")"));
                }
                if (c.bad > 0) {
                    problems.add(new Problem(t.name(), label, "join_bad_rows", c.bad, c.bad + " rows of the joined file could not be read"));
                }
                if (c.blankKeys > 0) {
                    problems.add(new Problem(t.name(), label, "join_blank_key", c.blankKeys,
                            c.blankKeys + " rows of the joined file have a blank key and match nothing"));
                }
            }
            tables.add(t);
        }
        return new JoinTables(tables, problems);
    }

    static List<String> sheets(SourceDefinition.Format f) {
        return f == null || f.type() == null || !f.type().strip().equalsIgnoreCase("xlsx") ? java.util.Collections.singletonList(null)
                : f.sheetNames();
    }

    /** The format with one sheet chosen (XLSX); other formats as they are. */
    static SourceDefinition.Format sheetFormat(SourceDefinition.Format f, String sheet) {
        if (f == null || sheet == null) return f;
        return new SourceDefinition.Format(f.type(), f.delimiter(), f.quote(), f.encoding(), sheet, f.headerRow(), f.recordPath());
    }

    /** The row with its matches; {@code main} is a row of the source itself. */
    @SuppressWarnings("unchecked")
    JoinedRow attach(Row main) {
        List<Row>[] matches = new List[tables.size()];
        int unmatched = 0;
        for (int j = 0; j < tables.size(); j++) {
            String key = key(main, onColumns.get(j));
            List<Row> m = key == null ? null : tables.get(j).rows().get(key);
            if (m == null) {
                matches[j] = List.of();
                unmatched |= 1 << j;
            } else {
                matches[j] = m;
            }
        }
        return new JoinedRow(main, names, matches, unmatched);
    }

    /** The row's key on these columns, or null when a part is blank. */
    static String key(Row row, List<String> columns) {
        if (columns.size() == 1) {
            String v = row.get(columns.get(0));
            v = v == null ? null : v.strip();
            return v == null || v.isEmpty() ? null : v;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            String v = row.get(columns.get(i));
            v = v == null ? null : v.strip();
            if (v == null || v.isEmpty()) return null;
            if (i > 0) sb.append(KEY_SEPARATOR);
            sb.append(v);
        }
        return sb.toString();
    }

    /** Indexes one joined file's rows by key. */
    private static final class Collector implements RowSink {
        private final Table table;
        private final String label;
        private final List<Problem> problems;
        long bad;
        long blankKeys;

        Collector(Table table, String label, List<Problem> problems) {
            this.table = table;
            this.label = label;
            this.problems = problems;
        }

        @Override
        public void header(List<String> columns) {
            if (columns.isEmpty()) return;
            Header h = new Header(columns);
            table.headers().add(h);
            for (String k : table.keyColumns()) {
                if (!h.has(k)) {
                    throw new SourceFileException(label, 1, k, "the joined file has no key column '" + k + "'");
                }
            }
        }

        @Override
        public void row(Row row) {
            String key = key(row, table.keyColumns());
            if (key == null) {
                blankKeys++;
                return;
            }
            table.rows().computeIfAbsent(key, k -> new ArrayList<>(1)).add(row);
        }

        @Override
        public void bad(long line, BadRowReason reason, String detail) {
            bad++;
        }

        @Override
        public void notice(String kind, String message) {
            problems.add(new Problem(table.name(), label, "join_" + kind, 1, message));
        }
    }
}
