package org.jigsaw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jigsaw.store.SnapshotReader;
import org.jigsaw.store.Snapshots;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 2 acceptance: {@code jigsaw demo --no-serve} exits 0 and its summary's figures come from
 * the data — another seed gives other figures, and each figure is what its snapshot holds.
 * (Same seed ⇒ byte-identical synth output is SynthDeterminismTest in jigsaw-synth.)
 */
class DemoAcceptanceTest {
    private static final Pattern RECORDS = Pattern.compile("records ([\\d,]+), quarantined ([\\d,]+), facts ([\\d,]+)");
    private static final Pattern PERSONS = Pattern.compile("persons ([\\d,]+) from ([\\d,]+) candidate pairs: ([\\d,]+) links");
    private static final Pattern RECONCILE = Pattern.compile("(\\S+): ([\\d,]+) rows read = ([\\d,]+) loaded \\+ ([\\d,]+) quarantined");
    private static final Pattern COHORT = Pattern.compile("^  ([a-z0-9_]+) +([\\d,]+)$", Pattern.MULTILINE);
    private static final Pattern TRUTH = Pattern.compile("precision ([\\d.]+), recall ([\\d.]+)");

    @TempDir
    static Path dir;
    static Demo seed5;
    static Demo seed6;

    record Demo(Path area, int exit, String out) {
        long figure(Pattern p, int group) {
            Matcher m = p.matcher(out);
            assertThat(m.find()).as("summary line %s in:%n%s", p, out).isTrue();
            return Long.parseLong(m.group(group).replace(",", ""));
        }

        Map<String, Long> cohorts() {
            Map<String, Long> m = new LinkedHashMap<>();
            String section = out.substring(out.indexOf("Cohorts"), out.indexOf("Timings"));
            Matcher x = COHORT.matcher(section);
            while (x.find()) m.put(x.group(1), Long.parseLong(x.group(2).replace(",", "")));
            return m;
        }
    }

    @BeforeAll
    static void runDemoTwice() {
        seed5 = demo(5);
        seed6 = demo(6);
    }

    private static Demo demo(long seed) {
        Path area = dir.resolve("area-" + seed);
        PrintStream stdout = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            exit = Main.commandLine().execute("demo", "--seed", Long.toString(seed), "--children", "5000", "--out",
                    area.toString(), "--keys", dir.resolve("keys-" + seed + ".yaml").toString(), "--no-serve");
        } finally {
            System.setOut(stdout);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        System.out.println(out);
        return new Demo(area, exit, out);
    }

    @Test
    void exitsZeroWithASummaryAndATruthCheck() {
        for (Demo d : new Demo[] {seed5, seed6}) {
            assertThat(d.exit()).isZero();
            assertThat(d.out()).contains("Made synthetic area", "Cohorts", "Linkage against the ground truth");
            Matcher m = TRUTH.matcher(d.out());
            assertThat(m.find()).isTrue();
            assertThat(Double.parseDouble(m.group(1))).isBetween(0.9, 1.0);
            assertThat(Double.parseDouble(m.group(2))).isBetween(0.9, 1.0);
        }
    }

    @Test
    void summaryFiguresAreWhatTheSnapshotHolds() throws Exception {
        for (Demo d : new Demo[] {seed5, seed6}) {
            try (SnapshotReader r = Snapshots.of(d.area()).openCurrent()) {
                Connection c = r.connection();
                assertThat(d.figure(PERSONS, 1)).isEqualTo(AcceptanceArea.count(c, "SELECT count(*) FROM person"));
                assertThat(d.figure(PERSONS, 2)).isEqualTo(AcceptanceArea.count(c, "SELECT sum(pairs) FROM pair_weight"));
                assertThat(d.figure(RECORDS, 1)).isEqualTo(AcceptanceArea.count(c, "SELECT count(*) FROM record"));
                assertThat(d.figure(RECORDS, 2)).isEqualTo(AcceptanceArea.count(c, "SELECT count(*) FROM quarantine"));
                assertThat(d.figure(RECORDS, 3)).isEqualTo(AcceptanceArea.count(c, "SELECT count(*) FROM fact"));
                Map<String, Long> cohorts = d.cohorts();
                assertThat(cohorts).hasSizeGreaterThan(30);
                r.cohorts().forEach(cc -> assertThat(cohorts.get(cc.cohort())).as(cc.cohort()).isEqualTo(cc.members()));
                AcceptanceArea.assertSnapshotReconciles(r);
            }
        }
    }

    @Test
    void everySourceLineReconciles() {
        for (Demo d : new Demo[] {seed5, seed6}) {
            Matcher m = RECONCILE.matcher(d.out());
            int sources = 0;
            while (m.find()) {
                sources++;
                long read = Long.parseLong(m.group(2).replace(",", ""));
                long loaded = Long.parseLong(m.group(3).replace(",", ""));
                long quarantined = Long.parseLong(m.group(4).replace(",", ""));
                assertThat(read).as(m.group(1)).isEqualTo(loaded + quarantined);
            }
            assertThat(sources).isGreaterThanOrEqualTo(15);
        }
    }

    @Test
    void anotherSeedGivesOtherFigures() {
        assertThat(seed6.figure(PERSONS, 1)).isNotEqualTo(seed5.figure(PERSONS, 1));
        assertThat(seed6.figure(RECORDS, 1)).isNotEqualTo(seed5.figure(RECORDS, 1));
        assertThat(seed6.figure(RECORDS, 3)).isNotEqualTo(seed5.figure(RECORDS, 3));
        assertThat(seed6.cohorts()).isNotEqualTo(seed5.cohorts());
    }
}
