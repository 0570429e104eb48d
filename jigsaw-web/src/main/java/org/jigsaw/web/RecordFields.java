package org.jigsaw.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiPredicate;
import org.jigsaw.store.Snapshot;

/**
 * A source record's identifying fields as a view may show them: each field only when the
 * agreements share it, for the view's purpose, from the record's dataset (the source's dataset
 * in {@code source_run}, else the source's name). A field withheld reads {@link #WITHHELD}
 * whether or not the record has a value, so not even its presence shows.
 */
final class RecordFields {
    static final String[][] FIELDS = {
            {"source", "Source"}, {"given_name", "Given name"}, {"middle_names", "Middle names"}, {"family_name", "Family name"},
            {"former_family_name", "Former family name"}, {"dob", "Date of birth"}, {"sex", "Sex"}, {"postcode", "Postcode"},
            {"address", "Address"}, {"nhs_number", "NHS number"}, {"upn", "UPN"}, {"former_upn", "Former UPN"}, {"uln", "ULN"}};
    static final String WITHHELD = "Not shared for this purpose";
    private static final String SELECT;

    static {
        StringBuilder cols = new StringBuilder();
        for (String[] f : FIELDS) cols.append("CAST(r.").append(f[0]).append(" AS VARCHAR), ");
        SELECT = "SELECT " + cols + "coalesce(d.dataset, r.source) FROM record r "
                + "LEFT JOIN (SELECT source, any_value(dataset) AS dataset FROM source_run GROUP BY source) d ON d.source = r.source "
                + "WHERE r.record_key = ?";
    }

    private RecordFields() {
    }

    /**
     * @param shows (dataset, field key) → may the view show it; the source's name is always shown
     * @return field key → value ("" when empty, {@link #WITHHELD} when not shared); empty for an unknown key
     */
    static Map<String, String> read(Snapshot s, String key, BiPredicate<String, String> shows) {
        Map<String, String> m = new LinkedHashMap<>();
        s.query(SELECT, rs -> {
            String dataset = rs.getString(FIELDS.length + 1);
            for (int i = 0; i < FIELDS.length; i++) {
                String field = FIELDS[i][0];
                String v = rs.getString(i + 1) == null ? "" : rs.getString(i + 1);
                m.put(field, i == 0 || shows.test(dataset, field) ? v : WITHHELD);
            }
            return null;
        }, key);
        return m;
    }
}
