package org.jigsaw.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jigsaw.area.AreaConfig;
import org.jigsaw.cohort.CohortSet;
import org.jigsaw.cohort.CohortSql;
import org.jigsaw.cohort.EvaluationContext;
import org.jigsaw.cohort.FactType;

/**
 * Evaluates cohorts on the synthetic generator's ground truth, with the same {@link CohortEngine}
 * as a snapshot: the acceptance check "every cohort count equals the truth count within the
 * linkage error" compares the two.
 *
 * <p>Reads {@code truth/persons.csv} (needs {@code person_id} and {@code dob}; uses {@code sex},
 * {@code postcode}, {@code in_area}, {@code gp_icb} when present, else derives residence from the
 * postcode district and the ICB from {@code gp_registered} facts like a refresh does) and
 * {@code truth/facts.csv} ({@code person_id, type, code, start, end}, optional {@code value}).
 */
public final class TruthCohorts {
    private TruthCohorts() {
    }

    /** Loads the truth into a new DuckDB file (or memory when {@code db} is null) and evaluates {@code set}. */
    public static CohortResults evaluate(Path truthDir, AreaConfig area, CohortSet set, Path db) throws IOException, SQLException {
        try (Connection c = db == null ? Duck.openInMemory() : Duck.openWritable(db)) {
            load(c, truthDir, area);
            return new CohortEngine(set, EvaluationContext.of(area)).evaluate(c);
        }
    }

    /** Creates {@code person} and {@code fact} in {@code c} from the truth files. */
    public static void load(Connection c, Path truthDir, AreaConfig area) throws IOException, SQLException {
        Path persons = truthDir.resolve("persons.csv");
        Path facts = truthDir.resolve("facts.csv");
        for (Path p : List.of(persons, facts)) {
            if (!Files.isRegularFile(p)) throw new IOException("ground truth file missing: " + p);
        }
        Schema.ensure(c, "person", "fact");
        Set<String> pc = header(c, persons);
        Set<String> fc = header(c, facts);
        for (String col : List.of("person_id", "dob")) {
            if (!pc.contains(col)) throw new IOException(persons.getFileName() + " has no column " + col);
        }
        for (String col : List.of("person_id", "type", "start")) {
            if (!fc.contains(col)) throw new IOException(facts.getFileName() + " has no column " + col);
        }
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO fact SELECT person_id, NULL, 'truth', lower(trim(type)), NULLIF(" + opt(fc, "code") + ", ''), "
                    + "TRY_CAST(NULLIF(start, '') AS DATE), TRY_CAST(NULLIF(" + opt(fc, "end") + ", '') AS DATE), NULLIF("
                    + opt(fc, "value") + ", '') FROM " + csv(facts));
            String ref = CohortSql.date(EvaluationContext.of(area).referenceDate());
            String districts = area.postcodeDistricts() == null || area.postcodeDistricts().isEmpty() ? null
                    : area.postcodeDistricts().stream().map(d -> CohortSql.literal(d.trim().toUpperCase(Locale.ROOT)))
                    .collect(Collectors.joining(", ", "(", ")"));
            String inArea = pc.contains("in_area") ? "TRY_CAST(NULLIF(t.in_area, '') AS BOOLEAN)"
                    : districts == null ? "CAST(NULL AS BOOLEAN)"
                    : "CASE WHEN NULLIF(t." + "postcode" + ", '') IS NULL THEN NULL ELSE split_part(upper(t.postcode), ' ', 1) IN " + districts + " END";
            if (!pc.contains("in_area") && !pc.contains("postcode")) inArea = "CAST(NULL AS BOOLEAN)";
            String icb = pc.contains("gp_icb") ? "NULLIF(t.gp_icb, '')"
                    : "(SELECT max_by(f.code, f.start_date) FROM fact f WHERE f.person_id = t.person_id AND f.type = '"
                    + FactType.GP_REGISTERED.key() + "' AND f.start_date <= " + ref + " AND (f.end_date IS NULL OR f.end_date >= " + ref + "))";
            s.execute("INSERT INTO person SELECT t.person_id, TRY_CAST(NULLIF(t.dob, '') AS DATE), " + opt(pc, "t.sex") + ", "
                    + opt(pc, "t.postcode") + ", " + inArea + ", " + icb + ", 1 FROM " + csv(persons) + " t");
        }
    }

    private static String opt(Set<String> columns, String qualified) {
        String col = qualified.contains(".") ? qualified.substring(qualified.indexOf('.') + 1) : qualified;
        return columns.contains(col) ? qualified.replace(col, "\"" + col + "\"") : "CAST(NULL AS VARCHAR)";
    }

    private static String csv(Path file) {
        return "read_csv('" + file.toAbsolutePath().toString().replace("'", "''") + "', header = true, all_varchar = true)";
    }

    private static Set<String> header(Connection c, Path file) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + csv(file) + " LIMIT 0")) {
            Set<String> cols = new java.util.HashSet<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) cols.add(rs.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
            return cols;
        }
    }
}
