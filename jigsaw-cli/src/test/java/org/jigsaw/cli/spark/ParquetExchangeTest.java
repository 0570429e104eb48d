package org.jigsaw.cli.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jigsaw.link.Decision;
import org.jigsaw.link.LinkResult;
import org.jigsaw.link.ReviewDecision;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.io.MatchJob;
import org.jigsaw.link.spec.LinkSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files exchanged with the Spark job, written and read back with DuckDB (no Spark needed). */
class ParquetExchangeTest {

    @Test
    void inputsAreTheEnginesLayoutInTableOrder(@TempDir Path dir) throws Exception {
        RecordTable table = RecordTable.fromRows(List.of("b:2", "a:1", "a:3"), List.of("b", "a", "a"), List.of(
                Map.of("given_name", "AMIRA", "dob", "2015-03-07", "state", "NSW"),
                Map.of("family_name", "OKAFOR"),
                Map.of("given_name", "TOM")));
        LinkSpec spec = MatchJob.oneToOne(LinkSpec.defaultSpec());
        SparkInputs in = SparkInputs.write(dir, table, spec,
                List.of(new ReviewDecision("a:1", "b:2", Decision.CLERICAL_NON_MATCH, "reviewer", Instant.EPOCH)),
                Map.of("a:1", "P-1"));

        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT key, source, given_name, family_name, dob, nhs_number, state FROM read_parquet('"
                    + in.records() + "')")) {
                while (rs.next()) rows.add(rs.getString(1) + "," + rs.getString(2) + "," + rs.getString(3) + "," + rs.getString(4)
                        + "," + rs.getString(5) + "," + rs.getString(6) + "," + rs.getString(7));
            }
            assertThat(rows).containsExactly("b:2,b,AMIRA,null,2015-03-07,null,NSW", "a:1,a,null,OKAFOR,null,null,null",
                    "a:3,a,TOM,null,null,null,null");
            try (ResultSet rs = s.executeQuery("SELECT \"left\", \"right\", decision FROM read_parquet('" + in.reviews() + "')")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3)).isEqualTo("a:1|b:2|CLERICAL_NON_MATCH");
            }
            try (ResultSet rs = s.executeQuery("SELECT record_key, person_id FROM read_parquet('" + in.previous() + "')")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1) + "=" + rs.getString(2)).isEqualTo("a:1=P-1");
            }
        }
        // the job applies the spec as given, one-to-one rules included
        assertThat(LinkSpec.read(in.spec())).isEqualTo(spec);
        assertThat(in.matchArgs(dir.resolve("out"), "local[2]")).containsSubsequence("--input", "--spec", "--reviews", "--previous", "--out",
                "--master", "local[2]");
    }

    @Test
    void noReviewsOrPreviousIdsMeanNoFiles(@TempDir Path dir) throws Exception {
        RecordTable table = RecordTable.fromRows(List.of("a:1"), List.of("a"), List.of(Map.of("given_name", "AVA")));
        SparkInputs in = SparkInputs.write(dir, table, LinkSpec.defaultSpec(), List.of(), Map.of());
        assertThat(in.reviews()).isNull();
        assertThat(in.previous()).isNull();
        assertThat(in.matchArgs(dir, "local[*]")).doesNotContain("--reviews", "--previous");
    }

    @Test
    void outputsBecomeTheStageContract(@TempDir Path out) throws Exception {
        // what the job writes: Parquet folders of part files, run.json
        for (String d : List.of("pairs", "persons", "explanations")) Files.createDirectories(out.resolve(d));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT * FROM (VALUES ('a:1', 'b:2', 12.5::DOUBLE, 0.9998::DOUBLE, 'ACCEPTED', 7::BIGINT), "
                    + "('a:1', 'a:3', -8.0::DOUBLE, 0.004::DOUBLE, 'REJECTED', 1::BIGINT), ('a:3', 'b:2', 1.0::DOUBLE, 0.6::DOUBLE, 'REVIEW', 3::BIGINT)) "
                    + "t(left_key, right_key, match_weight, match_probability, decision, pattern)) TO '" + out.resolve("pairs/part-0.parquet") + "' (FORMAT PARQUET)");
            s.execute("COPY (SELECT * FROM (VALUES ('a:1', 'P1'), ('b:2', 'P1'), ('a:3', 'P2')) t(record_key, person_id)) TO '"
                    + out.resolve("persons/part-0.parquet") + "' (FORMAT PARQUET)");
            s.execute("COPY (SELECT * FROM (VALUES ('a:1', 'b:2', '{\"terms\":[]}')) t(left_key, right_key, explanation)) TO '"
                    + out.resolve("explanations/part-0.parquet") + "' (FORMAT PARQUET)");
        }
        Files.writeString(out.resolve("run.json"), "{\"seconds\":{\"block\":1.5,\"total\":9.0},\"metrics\":{\"records\":3,\"em_iterations\":12}}");

        LinkResult r = SparkOutputs.read(out, "local[2]");

        assertThat(r.pairs()).hasSize(3);
        assertThat(r.pairs().get(0).leftKey()).isEqualTo("a:1");
        assertThat(r.assignments()).extracting(a -> a.recordKey() + "=" + a.personId()).containsExactly("a:1=P1", "a:3=P2", "b:2=P1");
        assertThat(r.explanations()).containsOnlyKeys("a:1|b:2");
        assertThat(r.metrics()).containsEntry("engine", "spark").containsEntry("master", "local[2]").containsEntry("em_iterations", 12)
                .containsEntry("accepted", 1L).containsEntry("review", 1L).containsEntry("rejected", 1L).containsEntry("persons", 2L);
        assertThat(r.metrics().get("seconds").toString()).contains("block=1.5");
        assertThat(r.metrics().get("quality").toString()).contains("estimated_precision=0.9998", "review_queue=1");
    }

    @Test
    void explanationsAreOptional(@TempDir Path out) throws Exception {
        for (String d : List.of("pairs", "persons")) Files.createDirectories(out.resolve(d));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT 'a:1' left_key, 'b:2' right_key, 3.0::DOUBLE match_weight, 0.9::DOUBLE match_probability, "
                    + "'ACCEPTED' decision, 1::BIGINT pattern) TO '" + out.resolve("pairs/p.parquet") + "' (FORMAT PARQUET)");
            s.execute("COPY (SELECT 'a:1' record_key, 'P1' person_id) TO '" + out.resolve("persons/p.parquet") + "' (FORMAT PARQUET)");
        }
        assertThat(SparkOutputs.read(out, "local[*]").explanations()).isEmpty();
    }

    @Test
    void noCandidatePairsIsAnEmptyResultButNoPersonsIsAFailedJob(@TempDir Path out) throws Exception {
        Files.createDirectories(out.resolve("pairs"));
        assertThatThrownBy(() -> SparkOutputs.read(out, "local[*]")).hasMessageContaining("no persons/");
        Files.createDirectories(out.resolve("persons"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT 'a:1' record_key, 'P1' person_id) TO '" + out.resolve("persons/p.parquet") + "' (FORMAT PARQUET)");
        }
        LinkResult r = SparkOutputs.read(out, "local[*]");
        assertThat(r.pairs()).isEmpty();
        assertThat(r.assignments()).hasSize(1);
    }

    @Test
    void theTemporaryFolderIsPrivateAndDeleted() throws Exception {
        Path p;
        try (PrivateTempDir tmp = PrivateTempDir.create("jigsaw-spark-test-")) {
            p = tmp.path();
            Files.createDirectories(p.resolve("out/pairs"));
            Files.writeString(p.resolve("out/pairs/part-0.parquet"), "x");
            if (p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).isEqualTo("rwx------");
            }
        }
        assertThat(p).doesNotExist();
    }
}
