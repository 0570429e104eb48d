package org.jigsaw.feed;

import java.nio.file.Path;
import org.jigsaw.identity.NhsNumber;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jigsaw.cohort.FactType;

/**
 * Pre-school children (under compulsory school age: younger than five on the as-at date) with a
 * disability identified in health — an {@code early_disability} fact, or a {@code disability}
 * fact from a source whose agency is health — and unknown to the SEND service: no EHC plan, SEN
 * support, EHC assessment request or plan issue at any time up to the as-at date.
 */
public final class EarlyYearsFinder {

    /** Agencies whose disability facts count as "identified in health". */
    static boolean isHealthAgency(String agency) {
        if (agency == null) {
            return false;
        }
        String a = agency.toLowerCase(Locale.ROOT);
        return a.contains("health") || a.contains("nhs") || a.equals("gp") || a.contains("icb");
    }

    public List<EarlyYearsChild> find(Path snapshot, LocalDate asAt) throws SQLException {
        String sql = """
                WITH health_source AS (
                    SELECT DISTINCT source FROM source_run WHERE %s
                ),
                identified AS (
                    SELECT f.person_id, f.source, coalesce(f.code, f.type) AS code, f.start_date
                    FROM fact f
                    WHERE f.person_id IS NOT NULL
                      AND (f.start_date IS NULL OR f.start_date <= ?)
                      AND (f.type = ? OR (f.type = ? AND f.source IN (SELECT source FROM health_source)))
                ),
                known_to_send AS (
                    SELECT DISTINCT person_id FROM fact
                    WHERE type IN (?, ?, ?, ?) AND (start_date IS NULL OR start_date <= ?)
                ),
                nhs AS (
                    SELECT pr.person_id, list(DISTINCT r.nhs_number) AS numbers
                    FROM person_record pr JOIN record r ON r.record_key = pr.record_key
                    WHERE r.nhs_number IS NOT NULL GROUP BY pr.person_id
                )
                SELECT p.person_id, p.dob, p.sex, p.postcode,
                       list(DISTINCT i.code ORDER BY i.code) AS codes,
                       min(i.start_date) AS first_identified,
                       list(DISTINCT i.source ORDER BY i.source) AS sources,
                       any_value(n.numbers) AS numbers
                FROM person p
                JOIN identified i ON i.person_id = p.person_id
                LEFT JOIN nhs n ON n.person_id = p.person_id
                WHERE p.dob IS NOT NULL AND p.dob <= ? AND p.dob > ?
                  AND p.person_id NOT IN (SELECT person_id FROM known_to_send)
                GROUP BY p.person_id, p.dob, p.sex, p.postcode
                ORDER BY p.dob, p.person_id
                """;
        List<EarlyYearsChild> out = new ArrayList<>();
        try (Connection c = SnapshotConnection.openReadOnly(snapshot)) {
            String healthPredicate = healthPredicate(c);
            try (PreparedStatement ps = c.prepareStatement(sql.formatted(healthPredicate))) {
                int i = 1;
                ps.setDate(i++, Date.valueOf(asAt));
                ps.setString(i++, FactType.EARLY_DISABILITY.key());
                ps.setString(i++, FactType.DISABILITY.key());
                ps.setString(i++, FactType.EHC_PLAN.key());
                ps.setString(i++, FactType.SEN_SUPPORT.key());
                ps.setString(i++, FactType.EHC_ASSESSMENT_REQUEST.key());
                ps.setString(i++, FactType.EHC_PLAN_ISSUED.key());
                ps.setDate(i++, Date.valueOf(asAt));
                ps.setDate(i++, Date.valueOf(asAt));
                ps.setDate(i, Date.valueOf(asAt.minusYears(5)));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new EarlyYearsChild(rs.getString(1), nhsNumber(rs.getArray(8)),
                                rs.getDate(2).toLocalDate(), rs.getString(3), district(rs.getString(4)),
                                strings(rs.getArray(5)), rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(),
                                strings(rs.getArray(7))));
                    }
                }
            }
        }
        return out;
    }

    /** The agency test done in Java so its rule lives in one place; turned into an IN list. */
    private static String healthPredicate(Connection c) throws SQLException {
        List<String> health = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT source, agency FROM source_run");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (isHealthAgency(rs.getString(2)) && rs.getString(1) != null) {
                    health.add("'" + rs.getString(1).replace("'", "''") + "'");
                }
            }
        }
        return health.isEmpty() ? "false" : "source IN (" + String.join(", ", health) + ")";
    }

    private static String nhsNumber(java.sql.Array numbers) throws SQLException {
        String found = null;
        for (String n : strings(numbers)) {
            java.util.Optional<NhsNumber> valid = NhsNumber.parse(n);
            if (valid.isPresent()) {
                String canonical = valid.get().digits();
                if (found != null && !found.equals(canonical)) {
                    return null; // two different valid numbers: let a human resolve, do not guess
                }
                found = canonical;
            }
        }
        return found;
    }

    private static List<String> strings(java.sql.Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<String> out = new ArrayList<>(values.length);
        for (Object v : values) {
            if (v != null) {
                out.add(v.toString());
            }
        }
        return out;
    }

    /** "AB1 2CD" → "AB1"; anything without a space is kept only if it is already a district. */
    static String district(String postcode) {
        if (postcode == null || postcode.isBlank()) {
            return null;
        }
        String p = postcode.trim().toUpperCase(Locale.ROOT);
        int space = p.indexOf(' ');
        if (space > 0) {
            return p.substring(0, space);
        }
        return p.length() > 4 ? p.substring(0, p.length() - 3) : p;
    }
}
