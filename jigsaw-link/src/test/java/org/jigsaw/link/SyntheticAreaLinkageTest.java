package org.jigsaw.link;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jigsaw.area.Area;
import org.jigsaw.ingest.AreaIngest;
import org.jigsaw.link.eval.ClusterEvaluation;
import org.jigsaw.progress.Progress;
import org.jigsaw.record.SourceRecord;
import org.jigsaw.synth.SynthOptions;
import org.jigsaw.synth.Synthesizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The accuracy bar on the synthetic area, end to end: generated extracts (typos,
 * nicknames, hyphenated and changed surnames, swapped dates, moves, twins, duplicate rows,
 * mistyped NHS numbers, temporary UPNs, name-less contact and episode rows), ingested as an area
 * is, linked with the default spec: pairwise F1 of the persons at least 0.995 and no twin pair
 * in one person.
 */
class SyntheticAreaLinkageTest {

    @TempDir
    static Path dir;
    static Linkage linkage;
    static List<SourceRecord> records;
    static Map<String, String> truePerson = new HashMap<>();
    static Map<String, String> twinGroup = new HashMap<>();

    @BeforeAll
    static void generateIngestLink() throws IOException {
        Synthesizer.generate(new SynthOptions(10_000, 11, 0), dir, Progress.NONE);
        Area area = Area.open(dir);
        records = new AreaIngest().ingest(area.dir(), area.config(), Progress.NONE).records();
        linkage = new AreaLinker().linkage(records, new LinkContext(dir, List.of(), Map.of()), Progress.NONE);
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(dir.resolve("truth/records.csv"))) {
            for (NamedCsvRecord r : csv) truePerson.put(r.getField("record_key"), r.getField("person_id"));
        }
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(dir.resolve("truth/persons.csv"))) {
            for (NamedCsvRecord r : csv) if (!r.getField("twin_group").isBlank()) twinGroup.put(r.getField("person_id"), r.getField("twin_group"));
        }
    }

    @Test
    void personsMatchTheGroundTruth() {
        ClusterEvaluation e = ClusterEvaluation.of(linkage.assignments(), truePerson);
        assertThat(e.truePairs()).as("the area has records to link").isGreaterThan(5_000);
        assertThat(e.f1()).as("pairwise F1 (precision %.4f, recall %.4f)", e.precision(), e.recall()).isGreaterThanOrEqualTo(0.995);
    }

    @Test
    void noTwinPairIsMerged() {
        assertThat(twinGroup).as("the area has twins").hasSizeGreaterThan(20);
        Map<String, Set<String>> twinsInPerson = new HashMap<>();
        for (PersonAssignment a : linkage.assignments()) {
            String p = truePerson.get(a.recordKey());
            if (p != null && twinGroup.containsKey(p)) twinsInPerson.computeIfAbsent(a.personId(), k -> new HashSet<>()).add(p);
        }
        List<String> merged = new ArrayList<>();
        for (Set<String> people : twinsInPerson.values()) {
            for (String x : people) for (String y : people) {
                if (x.compareTo(y) < 0 && twinGroup.get(x).equals(twinGroup.get(y))) merged.add(x + "+" + y);
            }
        }
        assertThat(merged).as("twin pairs in one person").isEmpty();
    }

    @Test
    void everySsda903EpisodeHasItsChildsDobAndSexFromTheHeaderTable() {
        // the synthetic 903 is the published CSV table set: Episodes carry only CHILD
        List<SourceRecord> episodes = records.stream().filter(r -> r.source().equals("ssda903")).toList();
        assertThat(episodes).hasSizeGreaterThan(20);
        assertThat(episodes).allSatisfy(r -> {
            assertThat(r.get(org.jigsaw.record.Field.DOB)).as(r.key()).isNotBlank();
            assertThat(r.get(org.jigsaw.record.Field.SEX)).as(r.key()).isIn("M", "F");
        });
        assertThat(episodes).allMatch(r -> truePerson.containsKey(r.key()));
    }

    @Test
    void rowsWithoutNamesJoinTheirChildThroughTheAgencysLocalId() {
        // SSDA903 episodes carry no name: the LA child ID (CHILD = LAchildID, shared by the 903
        // Header and the CIN census) joins every record under it into one person
        long episodes = 0, joined = 0;
        Map<String, Set<String>> personsOfChild = new HashMap<>();
        for (PersonAssignment a : linkage.assignments()) {
            String child = childId(a.recordKey());
            if (child != null) personsOfChild.computeIfAbsent(child, k -> new HashSet<>()).add(a.personId());
        }
        for (PersonAssignment a : linkage.assignments()) {
            if (!a.recordKey().startsWith("ssda903:")) continue;
            episodes++;
            if (personsOfChild.get(childId(a.recordKey())).size() == 1) joined++;
        }
        assertThat(episodes).isGreaterThan(0);
        assertThat((double) joined / episodes).isGreaterThan(0.99);
    }

    /** The LA child id in a social-care record key: {@code ssda903:C|DECOM}, {@code ssda903_header:C}, {@code cin:C}. */
    private static String childId(String key) {
        int colon = key.indexOf(':');
        String source = key.substring(0, colon);
        if (!List.of("ssda903", "ssda903_header", "cin").contains(source)) return null;
        String id = key.substring(colon + 1);
        return id.contains("|") ? id.substring(0, id.indexOf('|')) : id;
    }
}
