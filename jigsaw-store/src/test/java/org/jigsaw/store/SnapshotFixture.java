package org.jigsaw.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/** A hand-made snapshot: a real DuckDB file created from the store's schema.sql. */
public final class SnapshotFixture implements AutoCloseable {

    private final Connection c;
    public final Path file;

    public SnapshotFixture(Path file) throws SQLException, IOException {
        this.file = file;
        c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
        try (InputStream in = SnapshotFixture.class.getResourceAsStream("/org/jigsaw/store/schema.sql");
             Statement st = c.createStatement()) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String stmt : sql.replaceAll("(?m)--.*$", "").split(";")) {
                if (!stmt.isBlank()) {
                    st.execute(stmt);
                }
            }
        }
    }

    public SnapshotFixture run(String runId, LocalDate reference) throws SQLException {
        exec("INSERT INTO run (run_id, area_name, reference_date, started_at, finished_at, status) "
                + "VALUES (?, 'Testshire', ?, now(), now(), 'OK')", runId, reference);
        return this;
    }

    public SnapshotFixture person(String id, LocalDate dob, String nhs, String source) throws SQLException {
        exec("INSERT INTO person (person_id, dob, sex, records) VALUES (?, ?, 'M', 1)", id, dob);
        String key = source + ":" + id;
        exec("INSERT INTO record (record_key, source, nhs_number, dob) VALUES (?, ?, ?, ?)", key, source, nhs, dob);
        exec("INSERT INTO person_record VALUES (?, ?)", id, key);
        return this;
    }

    public SnapshotFixture record(String person, String key, String source, String nhs) throws SQLException {
        exec("INSERT INTO record (record_key, source, nhs_number) VALUES (?, ?, ?)", key, source, nhs);
        exec("INSERT INTO person_record VALUES (?, ?)", person, key);
        return this;
    }

    public SnapshotFixture fact(String person, String source, String type, String code, LocalDate start, LocalDate end)
            throws SQLException {
        exec("INSERT INTO fact (person_id, record_key, source, type, code, start_date, end_date) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", person, source + ":" + person, source, type, code, start, end);
        return this;
    }

    public SnapshotFixture sourceRun(String source, String agency, LocalDate extract, long rows) throws SQLException {
        exec("INSERT INTO source_run (source, dataset, agency, files, extract_date, rows_read, rows_loaded, "
                + "rows_quarantined) VALUES (?, ?, ?, ?, ?, ?, ?, 0)", source, source, agency, source + ".csv",
                extract, rows, rows);
        return this;
    }

    public void exec(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                Object a = args[i];
                ps.setObject(i + 1, a instanceof LocalDate d ? java.sql.Date.valueOf(d) : a);
            }
            ps.execute();
        }
    }

    @Override
    public void close() throws SQLException {
        c.close();
    }
}
