package org.jigsaw.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.jigsaw.store.Duck;
import org.jigsaw.store.Schema;

/** An area with one current snapshot of two children (NHS numbers, an EHC plan, an early disability), written directly. */
final class TinySnapshot {
    static final String RUN = "2026-11-26T06-00-00";

    private TinySnapshot() {
    }

    static Path write(Path area) throws Exception {
        Files.createDirectories(area);
        Files.writeString(area.resolve("area.yaml"), "name: Testshire\nla_code: '999'\nreference_date: 2026-11-25\n");
        Path snaps = Files.createDirectories(area.resolve("snapshots"));
        try (Connection c = Duck.openWritable(snaps.resolve(RUN + ".duckdb")); Statement s = c.createStatement()) {
            Schema.create(c);
            s.execute("INSERT INTO run (run_id, area_name, reference_date, status) VALUES ('" + RUN
                    + "', 'Testshire', DATE '2026-11-25', 'OK')");
            s.execute("INSERT INTO source_run VALUES ('sen2', 'sen2', 'education', 's.csv', DATE '2026-11-20', 2, 2, 0), "
                    + "('csds', 'csds', 'health', 'h.csv', DATE '2026-11-20', 1, 1, 0)");
            s.execute("INSERT INTO person (person_id, dob, sex) VALUES ('p1', DATE '2016-01-01', 'F'), "
                    + "('p2', DATE '2024-03-01', 'M')");
            s.execute("INSERT INTO record (record_key, source, nhs_number) VALUES ('sen2:1', 'sen2', '9990000018'), "
                    + "('csds:1', 'csds', '9990000026')");
            s.execute("INSERT INTO person_record VALUES ('p1', 'sen2:1'), ('p2', 'csds:1')");
            s.execute("INSERT INTO fact (person_id, record_key, source, type, code, start_date) VALUES "
                    + "('p1', 'sen2:1', 'sen2', 'ehc_plan', NULL, DATE '2026-10-01'), "
                    + "('p1', 'sen2:1', 'sen2', 'primary_need', 'SLCN', DATE '2026-10-01'), "
                    + "('p2', 'csds:1', 'csds', 'early_disability', 'HEARING', DATE '2024-05-01')");
            s.execute("INSERT INTO kpi_value VALUES ('cohort.ehc_plan', '', 1, 1, NULL, 'count')");
        }
        Files.writeString(snaps.resolve("CURRENT"), RUN + "\n");
        return area;
    }

    /**
     * Writes {@code agreements/<name>.yaml} (id {@code <name>-2026}, in force) over {@code datasets}: purpose
     * {@code direct_care} grants individual access (role operational), {@code send_planning} aggregates only.
     */
    static void agreement(Path area, String name, String... datasets) throws Exception {
        Files.createDirectories(area.resolve("agreements"));
        StringBuilder listed = new StringBuilder();
        for (String d : datasets) listed.append("  - {name: ").append(d).append(", provider: Testshire County Council, fields: [nhs_number, dob]}\n");
        Files.writeString(area.resolve("agreements/" + name + ".yaml"), """
                id: %s-2026
                title: Test
                parties: [{name: Testshire County Council, role: controller}]
                purposes: {send_planning: Planning, direct_care: Care}
                lawful_basis: {article6: ["6(1)(e)"], article9: ["9(2)(h)"]}
                datasets:
                %saccess:
                  - {role: board, granularity: aggregate, purposes: [send_planning]}
                  - {role: operational, granularity: individual, purposes: [direct_care]}
                start: 2026-01-01
                end: 2099-12-31
                retention: P30Y
                """.formatted(name, listed));
    }

    /** Makes the area's audit log unwritable (a plain file where its folder should be; permissions do not stop root). */
    static void breakAuditLog(Path area) throws Exception {
        Files.writeString(area.resolve("audit"), "not a folder\n");
    }
}
