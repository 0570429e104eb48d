package org.jigsaw.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.jigsaw.progress.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Persons derived from their records, whatever the records lack. */
class DerivePersonsTest {
    @TempDir
    Path dir;

    @Test
    void anAreaWithPostcodeDistrictsAndNoRecordWithAPostcodeDerivesPersonsWithResidenceUnknown() throws Exception {
        // a real CIN census carries no postcodes; area.yaml still lists the area's districts
        try (Connection c = Duck.openWritable(dir.resolve("s.duckdb"))) {
            SnapshotWriter w = new SnapshotWriter(c, Progress.NONE);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO record (record_key, source, dob, sex) VALUES ('cin:1', 'cin', DATE '2015-01-01', 'F'), "
                        + "('cin:2', 'cin', DATE '2016-02-02', 'M')");
                s.execute("INSERT INTO person_record VALUES ('P1', 'cin:1'), ('P2', 'cin:2')");
            }
            long n = w.derivePersons(LocalDate.of(2026, 3, 31), List.of("AB1", "ab2 "));
            assertThat(n).isEqualTo(2);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM person WHERE in_area IS NULL AND dob IS NOT NULL")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(2);
            }
        }
    }

    @Test
    void residenceFollowsThePostcodeDistrictAndIsUnknownWithoutAPostcode() throws Exception {
        try (Connection c = Duck.openWritable(dir.resolve("s.duckdb"))) {
            SnapshotWriter w = new SnapshotWriter(c, Progress.NONE);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO record (record_key, source, postcode) VALUES ('a:1', 'a', 'AB1 2CD'), ('a:2', 'a', 'ZZ9 9ZZ'), ('a:3', 'a', NULL)");
                s.execute("INSERT INTO person_record VALUES ('P1', 'a:1'), ('P2', 'a:2'), ('P3', 'a:3')");
            }
            w.derivePersons(LocalDate.of(2026, 3, 31), List.of("AB1"));
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT string_agg(person_id || '=' || coalesce(CAST(in_area AS VARCHAR), 'unknown'), ',' ORDER BY person_id) FROM person")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("P1=true,P2=false,P3=unknown");
            }
        }
    }
}
