package org.jigsaw.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * One snapshot opened read-only: what the web, the CLI and exports read. The convenience queries
 * open their own statements on one connection; a server answering requests on several threads
 * gives each thread its own {@link #newConnection()} to the same database.
 */
public final class SnapshotReader implements AutoCloseable {
    private final Path file;
    private final Connection connection;

    private SnapshotReader(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens {@code file} read-only: the one way any snapshot is opened, by the store, the web or the CLI. */
    public static SnapshotReader open(Path file) {
        try {
            return new SnapshotReader(file, Duck.openReadOnly(file));
        } catch (SQLException e) {
            throw new SnapshotException("cannot open snapshot " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** The read-only JDBC connection, for queries this class has no method for. */
    public Connection connection() {
        return connection;
    }

    public RunInfo run() {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT run_id, area_name, reference_date, started_at, finished_at, "
                     + "jigsaw_version, status, detail FROM run")) {
            if (!rs.next()) throw new StoreException("snapshot " + file.getFileName() + " has no run row");
            Date ref = rs.getDate(3);
            Timestamp started = rs.getTimestamp(4);
            Timestamp finished = rs.getTimestamp(5);
            return new RunInfo(rs.getString(1), rs.getString(2), ref == null ? null : ref.toLocalDate(),
                    started == null ? null : started.toLocalDateTime(), finished == null ? null : finished.toLocalDateTime(),
                    rs.getString(6), rs.getString(7), rs.getString(8));
        } catch (SQLException e) {
            throw failed("read the run", e);
        }
    }

    public String runId() {
        return run().runId();
    }

    /** Every cohort with its headline count, in definition order. */
    public List<CohortCount> cohorts() {
        List<CohortCount> out = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT cohort, title, description, cohort_group, members FROM cohort_definition ORDER BY rowid")) {
            while (rs.next()) out.add(new CohortCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
        } catch (SQLException e) {
            throw failed("read cohorts", e);
        }
        return out;
    }

    /** Every KPI value (headlines and breakdowns), in the order they were evaluated. */
    public List<KpiValue> kpis() {
        return kpiValues("SELECT kpi, breakdown, value, numerator, denominator, unit FROM kpi_value ORDER BY rowid", null);
    }

    /** One KPI's values (headline first, then breakdowns). */
    public List<KpiValue> kpi(String name) {
        return kpiValues("SELECT kpi, breakdown, value, numerator, denominator, unit FROM kpi_value WHERE kpi = ? ORDER BY rowid", name);
    }

    private List<KpiValue> kpiValues(String sql, String param) {
        List<KpiValue> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            if (param != null) ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(kpiValue(rs));
            }
        } catch (SQLException e) {
            throw failed("read KPIs", e);
        }
        return out;
    }

    static KpiValue kpiValue(ResultSet rs) throws SQLException {
        double v = rs.getDouble(3);
        Double value = rs.wasNull() ? null : v;
        long n = rs.getLong(4);
        Long num = rs.wasNull() ? null : n;
        long d = rs.getLong(5);
        Long den = rs.wasNull() ? null : d;
        return new KpiValue(rs.getString(1), rs.getString(2), value, num, den, rs.getString(6));
    }

    /** KPI name → title, for display. */
    public java.util.Map<String, String> kpiTitles() {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT kpi, title FROM kpi_definition ORDER BY rowid")) {
            while (rs.next()) out.put(rs.getString(1), rs.getString(2));
        } catch (SQLException e) {
            throw failed("read KPI definitions", e);
        }
        return out;
    }

    /** The SQL a cohort was evaluated with in this snapshot. */
    public String cohortSql(String cohort) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT sql_text FROM cohort_definition WHERE cohort = ?")) {
            ps.setString(1, cohort);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw failed("read cohorts", e);
        }
    }

    /** Internal person IDs of a cohort's members, sorted. Pseudonymise before they leave the core. */
    public List<String> members(String cohort) {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT person_id FROM cohort_member WHERE cohort = ? ORDER BY person_id")) {
            ps.setString(1, cohort);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw failed("read cohort members", e);
        }
        return out;
    }

    /** Another read-only connection to this snapshot, e.g. one per request thread; the caller closes it. */
    public Connection newConnection() {
        try {
            return duplicate();
        } catch (SQLException e) {
            throw failed("open a connection", e);
        }
    }

    Connection duplicate() throws SQLException {
        return connection.unwrap(org.duckdb.DuckDBConnection.class).duplicate();
    }

    public boolean hasCohort(String cohort) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM cohort_definition WHERE cohort = ?")) {
            ps.setString(1, cohort);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw failed("read cohorts", e);
        }
    }

    /** Row count of a snapshot table. */
    public long count(String table) {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + Schema.checkTable(table))) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw failed("count " + table, e);
        }
    }

    /** Writes a table to {@code out} as Parquet or CSV; returns the rows written. */
    public long export(String table, ExportFormat format, Path out) {
        return new Exporter(connection).export(Schema.checkTable(table), format, out);
    }

    private StoreException failed(String what, SQLException e) {
        return new StoreException("cannot " + what + " in snapshot " + file.getFileName() + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failed("close", e);
        }
    }
}
