package org.jigsaw.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * KPIs across the kept snapshots, oldest first: each snapshot stores its own KPI values, so a
 * trend is the same query on every snapshot. A snapshot that cannot be opened is skipped, never
 * fatal (a trend with one point missing beats no trend).
 */
public final class Trends {
    private final Snapshots snapshots;

    public Trends(Snapshots snapshots) {
        this.snapshots = snapshots;
    }

    /** One KPI (headline when {@code breakdown} is '' or null) across snapshots. */
    public List<TrendPoint> kpi(String kpi, String breakdown) {
        return all(breakdown).getOrDefault(kpi, List.of());
    }

    /** Every KPI's headline across snapshots: KPI name → points, oldest first. */
    public Map<String, List<TrendPoint>> all() {
        return all("");
    }

    /** Every KPI for one breakdown (e.g. {@code age_band=5-10}) across snapshots. */
    public Map<String, List<TrendPoint>> all(String breakdown) {
        Map<String, List<TrendPoint>> out = new LinkedHashMap<>();
        for (SnapshotInfo info : snapshots.list()) {
            try (SnapshotReader r = SnapshotReader.open(info.file());
                 PreparedStatement ps = r.connection().prepareStatement(
                         "SELECT k.kpi, k.breakdown, k.value, k.numerator, k.denominator, k.unit, run.reference_date "
                                 + "FROM kpi_value k, run WHERE k.breakdown = ? ORDER BY k.rowid")) {
                ps.setString(1, breakdown == null ? "" : breakdown);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        KpiValue v = SnapshotReader.kpiValue(rs);
                        java.sql.Date ref = rs.getDate(7);
                        out.computeIfAbsent(v.kpi(), k -> new ArrayList<>()).add(new TrendPoint(info.runId(),
                                ref == null ? null : ref.toLocalDate(), v.value(), v.numerator(), v.denominator(), v.unit()));
                    }
                }
            } catch (SQLException | StoreException e) {
                // skipped: see class comment
            }
        }
        return out;
    }
}
