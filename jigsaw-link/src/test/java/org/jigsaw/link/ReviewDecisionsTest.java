package org.jigsaw.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jigsaw.progress.Progress;
import org.jigsaw.record.SourceRecord;
import org.junit.jupiter.api.Test;

class ReviewDecisionsTest {

    private static final List<SourceRecord> RECORDS = List.of(
            Records.child("school", "1", "AMIRA", "OKAFOR", "2015-03-07", "F", "BS1 4DJ", "12", null),
            Records.child("health", "9", "AMIRA", "OKAFOR", "2015-03-07", "F", "BS1 4DJ", "12", null),
            Records.child("care", "5", "AMIRA", "OKAFORR", "2015-07-03", "F", "BS5 6QR", "3", null),
            Records.child("school", "2", "TOM", "BAKER", "2012-01-01", "M", "BS2 1AA", "7", null));

    @Test
    void clericalDecisionsAreHonouredOnEveryRun() {
        AreaLinker linker = new AreaLinker();
        LinkResult before = TwinsAndConstraintsTest.linkWithBackground(RECORDS);
        assertThat(person(before, "school:1")).isEqualTo(person(before, "health:9"));
        assertThat(person(before, "school:1")).isNotEqualTo(person(before, "school:2"));

        List<ReviewDecision> decisions = List.of(
                new ReviewDecision("school:1", "health:9", Decision.CLERICAL_NON_MATCH, "reviewer-a", Instant.parse("2026-11-01T10:00:00Z")),
                new ReviewDecision("school:2", "care:5", Decision.CLERICAL_MATCH, "reviewer-b", Instant.parse("2026-11-01T10:05:00Z")));
        for (int run = 0; run < 2; run++) {
            List<SourceRecord> all = new java.util.ArrayList<>(new SyntheticArea(3000, 6, 99).records);
            all.addAll(RECORDS);
            LinkResult after = linker.link(all, new LinkContext(null, decisions, Map.of()), Progress.NONE);
            assertThat(person(after, "school:1")).isNotEqualTo(person(after, "health:9"));
            assertThat(person(after, "school:2")).isEqualTo(person(after, "care:5"));
            assertThat(decision(after, "school:1", "health:9")).isEqualTo(Decision.CLERICAL_NON_MATCH);
            assertThat(decision(after, "care:5", "school:2")).isEqualTo(Decision.CLERICAL_MATCH);
        }
    }

    private static String person(LinkResult r, String key) {
        Map<String, String> m = r.assignments().stream().collect(Collectors.toMap(PersonAssignment::recordKey, PersonAssignment::personId));
        return m.get(key);
    }

    private static Decision decision(LinkResult r, String a, String b) {
        return r.pairs().stream()
                .filter(p -> (p.leftKey().equals(a) && p.rightKey().equals(b)) || (p.leftKey().equals(b) && p.rightKey().equals(a)))
                .findFirst().orElseThrow().decision();
    }
}
