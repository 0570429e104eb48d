package org.jigsaw.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code jigsaw match} on files shaped like administrative extracts: a health file holding two
 * children twice (a house move), two pairs of twins, and record ids that repeat across the files
 * (so a truth file needs its source column).
 */
class MatchDefaultsCommandTest {

    static final String MAP = "given_name=given,family_name=family,dob=dob,sex=sex,postcode=postcode";
    static final String[] GIVEN = {"Oliver", "Amara", "Noah", "Isla", "Jack", "Freya", "Harry", "Maya", "George", "Ruby",
            "Oscar", "Evie", "Charlie", "Grace", "Thomas", "Sophie", "Henry", "Poppy", "Alfie", "Daisy", "Theo", "Ivy",
            "Archie", "Rosie", "Finley"};
    static final String[] FAMILY = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson",
            "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Okafor",
            "Nowak", "Hughes", "Edwards", "Turner"};
    static final String LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
    /** Children with a second record in the health file, after a house move. */
    static final int[] DUPLICATED = {3, 17};

    @TempDir
    Path dir;
    Path school, health, truth;

    @BeforeEach
    void files() throws IOException {
        school = dir.resolve("school.csv");
        health = dir.resolve("health.csv");
        truth = dir.resolve("truth.csv");
        StringBuilder s = new StringBuilder("id,given,family,dob,sex,postcode\n");
        StringBuilder h = new StringBuilder("id,given,family,dob,sex,postcode\n");
        StringBuilder t = new StringBuilder("source,record_id,person_id\n");
        DateTimeFormatter uk = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        for (int i = 0; i < 100; i++) {
            String given = GIVEN[i % 25], family = FAMILY[(3 * (i % 25) + 7 * (i / 25)) % 25];
            LocalDate dob = LocalDate.of(2006, 1, 1).plusDays(i * 53L);
            String sex = i % 2 == 0 ? "M" : "F";
            s.append(i + 1).append(',').append(given).append(',').append(family).append(',').append(dob).append(',')
                    .append(sex).append(',').append(postcode(i)).append('\n');
            t.append("school.csv,").append(i + 1).append(",p").append(i).append('\n');
            if (i >= 90) continue;
            // ids of the health file overlap the school's but name other children
            String hGiven = i % 6 == 5 ? given.charAt(0) + given.substring(2, 3) + given.charAt(1) + given.substring(3) : given;
            h.append(100 - i).append(',').append(hGiven.toUpperCase()).append(',').append(family.toUpperCase()).append(',')
                    .append(dob.format(uk)).append(',').append(sex).append(',').append(postcode(i % 8 == 7 ? i + 50 : i)).append('\n');
            t.append("health,").append(100 - i).append(",p").append(i).append('\n');
        }
        for (int i : DUPLICATED) {
            String given = GIVEN[i % 25], family = FAMILY[(3 * (i % 25) + 7 * (i / 25)) % 25];
            h.append(300 + i).append(',').append(given).append(',').append(family).append(',')
                    .append(LocalDate.of(2006, 1, 1).plusDays(i * 53L).format(uk)).append(',').append(i % 2 == 0 ? "M" : "F")
                    .append(',').append(postcode(i + 70)).append('\n');
            t.append("health,").append(300 + i).append(",p").append(i).append('\n');
        }
        // twins: both Khan girls at school, one at the clinic; one Patel boy in each file
        s.append("101,Amelia,Khan,2014-05-03,F,BS3 9QT\n102,Zainab,Khan,2014-05-03,F,BS3 9QT\n103,Leo,Patel,2013-09-09,M,BS5 2RW\n");
        h.append("401,Zainab,Khan,03/05/2014,F,BS3 9QT\n402,Arjun,Patel,09/09/2013,M,BS5 2RW\n");
        t.append("school.csv,101,khan-a\nschool.csv,102,khan-z\nschool.csv,103,patel-l\nhealth,401,khan-z\nhealth,402,patel-a\n");
        Files.writeString(school, s);
        Files.writeString(health, h);
        Files.writeString(truth, t);
    }

    static String postcode(int i) {
        return "BS" + (1 + i % 16) + " " + (i % 10) + LETTERS.charAt(i % 20) + LETTERS.charAt((i * 7 + 5) % 20);
    }

    GovernCommandsTest.Run match(List<String> extra, Path links) {
        List<String> args = new ArrayList<>(List.of("match", school.toString(), health.toString(), "--id", "id", "--map", MAP,
                "--out", links.toString()));
        args.addAll(extra);
        return GovernCommandsTest.run(args.toArray(String[]::new));
    }

    static Set<String> links(Path file) throws IOException {
        Set<String> out = new HashSet<>();
        for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
            String[] f = line.split(",");
            out.add(f[0] + "~" + f[1]);
        }
        return out;
    }

    @Test
    void byDefaultAFileWithDuplicatesIsLinkedManyToManySoEveryDuplicateJoinsItsChild() throws Exception {
        Path links = dir.resolve("links.csv");
        var run = match(List.of("--truth", truth.toString()), links);
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("one_to_one").asBoolean()).isFalse();
        // child 17's first health record has a typo in the given name: only child 3's is an exact repeat
        assertThat(report.get("records_repeating_another_in_their_file").get("health.csv").asInt()).isEqualTo(1);
        // both health records of each duplicated child link to the child's school record
        for (int i : DUPLICATED) assertThat(links(links)).contains((i + 1) + "~" + (100 - i), (i + 1) + "~" + (300 + i));
        assertThat(run.err()).doesNotContain("warning");
        // the truth is read by header (source, record_id, person_id), ids that repeat across files resolved by source
        assertThat(report.get("truth_records_matched").asInt()).isEqualTo(100 + 90 + 2 + 5);
        JsonNode ev = report.get("evaluation");
        assertThat(ev.get("recall").asDouble()).as(run.out()).isEqualTo(1.0);
        assertThat(ev.get("precision").asDouble()).as(run.out()).isEqualTo(1.0);
    }

    @Test
    void oneToOneOnAFileWithDuplicatesWarnsThatItCapsRecall() throws Exception {
        Path links = dir.resolve("links.csv");
        var run = match(List.of("--one-to-one", "--truth", truth.toString()), links);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("warning: --one-to-one caps recall: health.csv holds 1 record sharing");
        assertThat(run.err()).doesNotContain("school.csv");
        for (int i : DUPLICATED) {
            Set<String> made = links(links);
            made.retainAll(Set.of((i + 1) + "~" + (100 - i), (i + 1) + "~" + (300 + i)));
            assertThat(made).as("one record per file per person").hasSize(1);
        }
        assertThat(new ObjectMapper().readTree(run.out()).get("evaluation").get("recall").asDouble()).isLessThan(1.0);
    }

    @Test
    void filesShownFreeOfDuplicatesAreLinkedOneToOneWithoutAWarning() throws Exception {
        List<String> lines = Files.readAllLines(health);
        Files.write(health, lines.stream().filter(l -> !l.startsWith("303,") && !l.startsWith("317,")).toList());
        var run = match(List.of(), dir.resolve("links.csv"));
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(new ObjectMapper().readTree(run.out()).get("one_to_one").asBoolean()).isTrue();
        assertThat(run.err()).doesNotContain("warning");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--one-to-one", "--no-one-to-one"})
    void twinsAreNeverOnePersonInAnyMode(String mode) throws Exception {
        Path links = dir.resolve("links.csv"), clusters = dir.resolve("persons.csv");
        List<String> extra = new ArrayList<>(List.of("--clusters", clusters.toString()));
        if (!mode.isEmpty()) extra.add(mode);
        var run = match(extra, links);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(links(links)).doesNotContain("103~402", "101~401").contains("102~401");
        Map<String, String> person = persons(clusters);
        assertThat(person.get("school.csv|101")).isNotEqualTo(person.get("school.csv|102"));
        assertThat(person.get("school.csv|103")).isNotEqualTo(person.get("health.csv|402"));
        assertThat(person.get("school.csv|102")).isEqualTo(person.get("health.csv|401"));
    }

    @Test
    void theTwinsRuleIsWhatKeepsTheTwinsApart() throws Exception {
        // without the rule the model links the Patel boys (same birth date, family name, sex and postcode)
        Path links = dir.resolve("links.csv");
        var run = match(List.of("--one-to-one", "--no-twins-rule"), links);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(links(links)).contains("103~402");
    }

    @Test
    void deduplicatingWritesEveryRecordsPersonBesideTheLinksTheComponentsOfTheLinks() throws Exception {
        Path links = dir.resolve("out/links.csv");
        var run = GovernCommandsTest.run("match", health.toString(), "--id", "id", "--map", MAP, "--out", links.toString());
        assertThat(run.code()).as(run.err()).isZero();
        Path clusters = dir.resolve("out/links-clusters.csv");
        assertThat(new ObjectMapper().readTree(run.out()).get("clusters_file").asText()).isEqualTo(clusters.toString());
        List<String> rows = Files.readAllLines(clusters);
        assertThat(rows.get(0)).isEqualTo("source,record_id,person_id");
        assertThat(rows).hasSize(1 + Files.readAllLines(health).size() - 1);
        Map<String, String> person = persons(clusters);
        assertThat(person.get("health.csv|" + (100 - 3))).isEqualTo(person.get("health.csv|303"));
        assertThat(sameGrouping(person, components(person.keySet(), links, "health.csv", "health.csv"))).isTrue();
    }

    @Test
    void theClustersOfTwoFilesAreTheComponentsOfTheirLinks() throws Exception {
        Path links = dir.resolve("links.csv"), clusters = dir.resolve("persons.csv");
        var run = match(List.of("--clusters", clusters.toString()), links);
        assertThat(run.code()).as(run.err()).isZero();
        Map<String, String> person = persons(clusters);
        assertThat(person).hasSize(103 + 90 + 2 + 2);
        assertThat(sameGrouping(person, components(person.keySet(), links, "school.csv", "health.csv"))).isTrue();
        assertThat(person.get("school.csv|4")).isEqualTo(person.get("health.csv|97")).isEqualTo(person.get("health.csv|303"));
    }

    @Test
    void aTwoColumnTruthAndTheInputFileItselfAreReadByHeader() throws Exception {
        Path fake = Path.of("../../shared/data/splink/fake_1000.csv");
        assumeTrue(Files.isRegularFile(fake), "Splink's fake_1000 not present");
        Path twoColumns = dir.resolve("clusters-truth.csv");
        List<String> lines = Files.readAllLines(fake);
        List<String> out = new ArrayList<>(List.of("id,cluster"));
        for (String l : lines.subList(1, lines.size())) out.add(l.substring(0, l.indexOf(',')) + "," + l.substring(l.lastIndexOf(',') + 1));
        Files.write(twoColumns, out);
        for (Path t : List.of(fake, twoColumns)) {
            var run = GovernCommandsTest.run("match", fake.toString(), "--id", "unique_id", "--map",
                    "given_name=first_name,family_name=surname,dob=dob,locality=city,email=email",
                    "--out", dir.resolve("fake-links.csv").toString(), "--truth", t.toString());
            assertThat(run.code()).as(run.err()).isZero();
            JsonNode report = new ObjectMapper().readTree(run.out());
            assertThat(report.get("truth_records_matched").asInt()).isEqualTo(1000);
            assertThat(report.get("evaluation").get("true_pairs").asInt()).as("pairs within the labelled clusters").isGreaterThan(1000);
            assertThat(report.get("evaluation").get("precision").asDouble()).as(run.out()).isGreaterThan(0.9);
        }
    }

    @Test
    void aTruthFileWhoseColumnsCannotBeToldApartIsRefused() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "file,rec,who\nschool.csv,1,p0\n");
        var run = match(List.of("--truth", bad.toString()), dir.resolve("links.csv"));
        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("cannot tell which columns hold the record id and the true person", "record_id", "person_id",
                "found: file, rec, who");

        Files.writeString(bad, "record_id,person_id\nX1,p0\nX2,p1\n");
        run = match(List.of("--truth", bad.toString()), dir.resolve("links.csv"));
        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("none of its 2 rows names a record of the input files");
    }

    /** {@code source|record_id} → person id, from a clusters file. */
    static Map<String, String> persons(Path clusters) throws IOException {
        Map<String, String> out = new HashMap<>();
        List<String> rows = Files.readAllLines(clusters);
        for (String r : rows.subList(1, rows.size())) {
            String[] f = r.split(",");
            assertThat(out.put(f[0] + "|" + f[1], f[2])).as("one row per record").isNull();
        }
        return out;
    }

    /** Connected components of the links (left ids from {@code left}, right ids from {@code right}), by union-find. */
    static Map<String, String> components(Set<String> records, Path links, String left, String right) throws IOException {
        Map<String, String> parent = new HashMap<>();
        for (String r : records) parent.put(r, r);
        for (String l : links(links)) {
            String[] ends = l.split("~");
            String a = find(parent, left + "|" + ends[0]), b = find(parent, right + "|" + ends[1]);
            if (!a.equals(b)) parent.put(a, b);
        }
        Map<String, String> root = new HashMap<>();
        for (String r : records) root.put(r, find(parent, r));
        return root;
    }

    static String find(Map<String, String> parent, String x) {
        while (!parent.get(x).equals(x)) x = parent.get(x);
        return x;
    }

    /** Whether two labellings of the same records group them identically. */
    static boolean sameGrouping(Map<String, String> a, Map<String, String> b) {
        Map<String, String> ab = new HashMap<>(), ba = new HashMap<>();
        for (String r : a.keySet()) {
            if (!ab.computeIfAbsent(a.get(r), k -> b.get(r)).equals(b.get(r))) return false;
            if (!ba.computeIfAbsent(b.get(r), k -> a.get(r)).equals(a.get(r))) return false;
        }
        return a.keySet().equals(b.keySet());
    }
}
