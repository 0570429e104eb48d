package org.jigsaw.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jigsaw.progress.Progress;
import org.jigsaw.record.SourceRecord;
import org.junit.jupiter.api.Test;

class TwinsAndConstraintsTest {

    @Test
    void twinsStayApartWhileEachTwinsOwnRecordsLink() {
        List<SourceRecord> records = List.of(
                Records.child("school", "1", "OLIVER", "NGUYEN", "2016-05-04", "M", "LS6 2AB", "14", null),
                Records.child("school", "2", "HARRY", "NGUYEN", "2016-05-04", "M", "LS6 2AB", "14", null),
                Records.child("health", "1", "OLIVER", "NGUYEN", "2016-05-04", "M", "LS6 2AB", "14", null),
                Records.child("health", "2", "HARRY", "NGUYEN", "2016-05-04", "M", "LS6 2AB", "14", null),
                Records.child("care", "1", "OLLIE", "NGUYEN", "2016-05-04", "M", "LS6 2AB", "14", null),
                Records.child("care", "2", "HARY", "NGUYEN", "2016-04-05", "M", "LS6 2AB", "14", null),
                // twins with the family name mistyped on one record
                Records.child("sen2", "1", "HARRY", "NGUYENN", "2016-05-04", "M", "LS6 2AB", "14", null));
        LinkResult r = linkWithBackground(records);
        Map<String, String> p = persons(r);
        assertThat(p.get("school:1")).isEqualTo(p.get("health:1")).isEqualTo(p.get("care:1"));
        assertThat(p.get("school:2")).isEqualTo(p.get("health:2")).isEqualTo(p.get("care:2")).isEqualTo(p.get("sen2:1"));
        assertThat(p.get("school:1")).isNotEqualTo(p.get("school:2"));
    }

    @Test
    void twoDifferentValidNhsNumbersAreNeverOnePerson() {
        List<SourceRecord> records = List.of(
                Records.child("gp", "1", "AVA", "SMITH", "2014-02-02", "F", "M1 1AE", "3", "9434765919"),
                Records.child("hospital", "1", "AVA", "SMITH", "2014-02-02", "F", "M1 1AE", "3", "9990000018"),
                Records.child("school", "1", "AVA", "SMITH", "2014-02-02", "F", "M1 1AE", "3", null));
        LinkResult r = linkWithBackground(records);
        Map<String, String> p = persons(r);
        assertThat(p.get("gp:1")).isNotEqualTo(p.get("hospital:1"));
        // the record without an NHS number fits both equally well: it is ambiguous, so it links to
        // neither and waits for a reviewer
        assertThat(p.get("school:1")).isNotIn(p.get("gp:1"), p.get("hospital:1"));
        assertThat(r.pairs()).filteredOn(sp -> (sp.leftKey().equals("school:1") || sp.rightKey().equals("school:1"))
                        && (sp.leftKey().matches("gp:1|hospital:1") || sp.rightKey().matches("gp:1|hospital:1")))
                .hasSize(2).extracting(ScoredPair::decision).containsOnly(Decision.REVIEW);
    }

    @Test
    void blankFieldsDoNotMakeGiantClusters() {
        List<SourceRecord> records = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            // a shared default date, sex and postcode (say, "no fixed abode" coded as a placeholder)
            // and no names: nothing that identifies a person
            records.add(Records.child("s" + (i % 3), String.valueOf(i), null, null, "1900-01-01", "F", "ZZ99 3VZ", null, null));
        }
        LinkResult r = linkWithBackground(records);
        Map<String, Long> sizes = r.assignments().stream().filter(a -> a.recordKey().matches("s[012]:.*"))
                .collect(Collectors.groupingBy(PersonAssignment::personId, Collectors.counting()));
        assertThat(sizes).hasSize(300);
        assertThat(r.pairs()).filteredOn(sp -> sp.leftKey().matches("s[012]:.*"))
                .isNotEmpty().noneMatch(sp -> sp.decision().links());
    }

    @Test
    void deterministicRuleLinksSameNhsNumberAndBirthDate() {
        List<SourceRecord> records = List.of(
                Records.child("gp", "1", "MUHAMMAD", "ALI", "2013-09-09", "M", "B1 1AA", "1", "9434765919"),
                Records.child("school", "1", "MOHAMMED", "ALLI", "2013-09-09", null, "B9 9ZZ", "200", "9434765919"));
        LinkResult r = linkWithBackground(records);
        assertThat(r.pairs()).filteredOn(sp -> sp.leftKey().equals("gp:1") || sp.rightKey().equals("gp:1"))
                .singleElement().extracting(ScoredPair::decision).isEqualTo(Decision.DETERMINISTIC);
    }

    /** The hand-made records among a synthetic population, so the model is trained on realistic data. */
    static LinkResult linkWithBackground(List<SourceRecord> records) {
        List<SourceRecord> all = new java.util.ArrayList<>(BACKGROUND.records);
        all.addAll(records);
        return new AreaLinker().link(all, new LinkContext(null, List.of(), Map.of()), Progress.NONE);
    }

    private static final SyntheticArea BACKGROUND = new SyntheticArea(3000, 6, 99);

    static Map<String, String> persons(LinkResult r) {
        return r.assignments().stream().collect(Collectors.toMap(PersonAssignment::recordKey, PersonAssignment::personId));
    }
}
