package org.jigsaw.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jigsaw.ingest.read.BadRowReason;
import org.jigsaw.ingest.read.CsvFormat;
import org.jigsaw.ingest.read.CsvRecordReader;
import org.jigsaw.ingest.read.Row;
import org.jigsaw.ingest.read.RowSink;
import org.jigsaw.ingest.read.SourceFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAheadTest {

    @TempDir
    Path dir;

    /** Records every call, so the two ways of reading can be compared event for event. */
    private static class Recording implements RowSink {
        final List<String> events = new ArrayList<>();

        @Override
        public void header(List<String> columns) {
            events.add("header " + columns);
        }

        @Override
        public void row(Row row) {
            events.add("row " + row.line() + " " + row.get("id") + " " + row.get("name") + " " + row.contentHash());
        }

        @Override
        public void bad(long line, BadRowReason reason, String detail) {
            events.add("bad " + line + " " + reason + " " + detail);
        }

        @Override
        public void notice(String kind, String message) {
            events.add("notice " + kind + " " + message);
        }
    }

    private Path messyCsv() throws IOException {
        StringBuilder sb = new StringBuilder("id;name\n"); // the definition will say comma: a notice
        for (int i = 1; i <= 5000; i++) {
            sb.append(i).append(';').append(i % 97 == 0 ? "too;many" : "Name " + i).append('\n');
        }
        sb.append("5001;\"never closed\n5002;x\n");
        Path f = dir.resolve("messy.csv");
        Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
        return f;
    }

    private static CsvRecordReader reader() {
        return new CsvRecordReader(new CsvFormat(",", null, "UTF-8", CsvFormat.DEFAULT_MAX_FIELD_CHARS));
    }

    @Test
    void deliversExactlyWhatReadingInlineDeliversInTheSameOrder() throws IOException {
        Path f = messyCsv();
        Recording inline = new Recording();
        reader().read(f, "messy.csv", inline);
        Recording ahead = new Recording();
        List<String> preparedOn = new ArrayList<>();
        ReadAhead.read(reader(), f, "messy.csv", ahead, r -> {
            if (preparedOn.isEmpty()) preparedOn.add(Thread.currentThread().getName());
            return r;
        });
        assertThat(ahead.events).isEqualTo(inline.events);
        assertThat(ahead.events).hasSizeGreaterThan(5000);
        assertThat(ahead.events.get(0)).startsWith("notice delimiter_mismatch");
        assertThat(ahead.events).anyMatch(e -> e.startsWith("bad ") && e.contains("WRONG_COLUMN_COUNT"));
        assertThat(ahead.events.get(ahead.events.size() - 1)).contains("UNCLOSED_QUOTE");
        assertThat(preparedOn).containsExactly("jigsaw-read-ahead");
    }

    @Test
    void rethrowsWhatTheReaderThrowsOnTheCallingThread() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        assertThatThrownBy(() -> ReadAhead.read(reader(), empty, "empty.csv", new Recording(), r -> r))
                .isInstanceOf(SourceFileException.class).hasMessageContaining("empty");
    }

    @Test
    void aSinkThatRejectsTheHeaderStopsTheReaderAndItsExceptionPropagates() throws IOException {
        Path f = messyCsv();
        Recording rejecting = new Recording() {
            @Override
            public void header(List<String> columns) {
                throw new SourceFileException("messy.csv", 1, "nhs", "required column 'nhs' is missing");
            }
        };
        assertThatThrownBy(() -> ReadAhead.read(reader(), f, "messy.csv", rejecting, r -> r))
                .isInstanceOf(SourceFileException.class).hasMessageContaining("'nhs'");
        assertThat(rejecting.events).allMatch(e -> e.startsWith("notice"));
    }
}
