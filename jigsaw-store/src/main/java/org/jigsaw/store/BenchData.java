package org.jigsaw.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.jigsaw.cohort.CohortSql;

/**
 * Person and fact tables of a synthetic area of any size, generated inside DuckDB (seconds for
 * 300,000 children), for timing cohort queries. Prevalences are rough national figures so the
 * selectivity of each cohort is realistic; this is load, not ground truth.
 */
final class BenchData {
    private BenchData() {
    }

    static long generate(Connection c, int children, LocalDate ref, long seed) throws SQLException {
        Schema.ensure(c, "person", "fact");
        String r = CohortSql.date(ref);
        try (Statement s = c.createStatement()) {
            s.execute("SELECT setseed(" + ((seed % 1000) / 1000.0) + ")");
            s.execute("INSERT INTO person SELECT printf('P%08d', i), CAST(" + r + " - CAST(floor(random() * 26 * 365.25) AS INTEGER) AS DATE), "
                    + "CASE WHEN random() < 0.5 THEN 'F' ELSE 'M' END, NULL, random() < 0.93, "
                    + "CASE WHEN random() < 0.9 THEN 'QUE' ELSE 'QOX' END, 2 FROM range(" + children + ") t(i)");
            // status facts: (type, code, value, prevalence); 20% of them have ended
            String[][] statuses = {
                    {"ehc_plan", null, null, "0.05"}, {"sen_support", null, null, "0.13"}, {"child_in_need", null, null, "0.033"},
                    {"child_protection_plan", null, null, "0.004"}, {"looked_after", null, null, "0.007"},
                    {"youth_justice_order", null, null, "0.002"}, {"elective_home_education", null, null, "0.01"},
                    {"missing_education", null, null, "0.003"}, {"neet", null, null, "0.02"},
                    {"at_risk_of_exploitation", null, null, "0.005"}, {"on_caseload", "SLT", null, "0.03"},
                    {"on_caseload", "PAEDIATRICS", null, "0.04"}, {"on_caseload", "CAMHS", "CORE", "0.03"},
                    {"on_caseload", "CAMHS", "NEURODEVELOPMENTAL", "0.02"}, {"ld_register", "HEALTH", null, "0.006"},
                    {"ld_register", "SOCIAL_CARE", null, "0.004"}, {"gp_registered", "QUE", null, "0.9"}};
            for (String[] st : statuses) {
                s.execute("INSERT INTO fact SELECT person_id, NULL, 'bench', '" + st[0] + "', " + lit(st[1]) + ", "
                        + "CAST(" + r + " - CAST(floor(random() * 3000) AS INTEGER) AS DATE), "
                        + "CASE WHEN random() < 0.2 THEN CAST(" + r + " - CAST(floor(random() * 300) AS INTEGER) AS DATE) END, "
                        + lit(st[2]) + " FROM person WHERE random() < " + st[3]);
            }
            // attributes
            s.execute("INSERT INTO fact SELECT person_id, NULL, 'bench', 'primary_need', "
                    + "(['MLD','SLD','PMLD','ASD','SLCN','SEMH','SPLD'])[1 + CAST(floor(random() * 7) AS INTEGER)], "
                    + "CAST(" + r + " - CAST(floor(random() * 2000) AS INTEGER) AS DATE), NULL, NULL FROM fact WHERE type IN ('ehc_plan', 'sen_support')");
            s.execute("INSERT INTO fact SELECT person_id, NULL, 'bench', 'plan_specifies', 'SLT', start_date, NULL, NULL FROM fact "
                    + "WHERE type = 'ehc_plan' AND random() < 0.4");
            s.execute("INSERT INTO fact SELECT person_id, NULL, 'bench', 'early_disability', 'PD', dob, NULL, NULL FROM person "
                    + "WHERE random() < 0.01");
            // events: several per person on a caseload, plus education and EHC events
            s.execute("INSERT INTO fact SELECT person_id, NULL, 'bench', type, code, d, d, NULL FROM (SELECT f.person_id, e.type, f.code, "
                    + "CAST(" + r + " - CAST(floor(random() * 1500) AS INTEGER) AS DATE) AS d FROM fact f, "
                    + "(VALUES ('referral'), ('first_contact'), ('contact'), ('contact'), ('contact'), ('contact'), ('discharge')) e(type) "
                    + "WHERE f.type = 'on_caseload') x");
            s.execute("INSERT INTO fact SELECT person_id, NULL, 'bench', 'ehc_assessment_request', NULL, "
                    + "CAST(start_date - CAST(60 + floor(random() * 200) AS INTEGER) AS DATE), NULL, NULL FROM fact WHERE type = 'ehc_plan'");
            s.execute("UPDATE fact SET end_date = start_date WHERE type = 'ehc_assessment_request'");
            s.execute("INSERT INTO fact SELECT person_id, NULL, 'bench', 'ehc_plan_issued', NULL, start_date, start_date, NULL FROM fact WHERE type = 'ehc_plan'");
            s.execute("INSERT INTO fact SELECT person_id, NULL, 'bench', type, NULL, d, d, NULL FROM (SELECT p.person_id, t.type, "
                    + "CAST(" + r + " - CAST(floor(random() * 700) AS INTEGER) AS DATE) AS d, random() AS u, t.p FROM person p, "
                    + "(VALUES ('exclusion', 0.003), ('suspension', 0.03), ('annual_health_check', 0.006)) t(type, p)) x WHERE u < p");
            FactOrder.sort(c);
            try (var rs = s.executeQuery("SELECT COUNT(*) FROM fact")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String lit(String v) {
        return v == null ? "NULL" : CohortSql.literal(v);
    }
}
