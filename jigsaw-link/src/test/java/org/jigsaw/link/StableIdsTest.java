package org.jigsaw.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jigsaw.progress.Progress;
import org.jigsaw.record.SourceRecord;
import org.junit.jupiter.api.Test;

class StableIdsTest {

    @Test
    void unchangedPersonsKeepTheirIdsWhenANewExtractArrives() {
        SyntheticArea area = new SyntheticArea(4000, 6, 7);
        List<SourceRecord> first = area.records.stream().filter(r -> !r.source().equals("source6")).toList();
        AreaLinker linker = new AreaLinker();
        LinkResult run1 = linker.link(first, new LinkContext(null, List.of(), Map.of()), Progress.NONE);
        Map<String, String> previous = run1.assignments().stream()
                .collect(Collectors.toMap(PersonAssignment::recordKey, PersonAssignment::personId));

        // second refresh: the same extracts plus one new source
        LinkResult run2 = linker.link(area.records, new LinkContext(null, List.of(), previous), Progress.NONE);
        Map<String, String> now = run2.assignments().stream()
                .collect(Collectors.toMap(PersonAssignment::recordKey, PersonAssignment::personId));

        // a person is unchanged when the old records it holds are exactly the old records of one earlier person
        Map<String, Set<String>> oldMembers = groupByPerson(previous);
        Map<String, Set<String>> newOldMembers = new HashMap<>();
        now.forEach((k, p) -> {
            if (previous.containsKey(k)) newOldMembers.computeIfAbsent(p, x -> new java.util.HashSet<>()).add(k);
        });
        int unchanged = 0;
        for (Map.Entry<String, Set<String>> e : oldMembers.entrySet()) {
            String anyKey = e.getValue().iterator().next();
            String newId = now.get(anyKey);
            if (newOldMembers.get(newId).equals(e.getValue())) {
                unchanged++;
                assertThat(newId).as("person kept its id").isEqualTo(e.getKey());
            }
        }
        assertThat(unchanged).isGreaterThan(oldMembers.size() * 9 / 10);
        // ids are opaque and unique per person
        assertThat(now.values()).allMatch(id -> id.matches("P[0-9A-Z]{12}"));
        // a rerun on identical input reproduces every id
        LinkResult again = linker.link(area.records, new LinkContext(null, List.of(), previous), Progress.NONE);
        assertThat(again.assignments()).containsExactlyInAnyOrderElementsOf(run2.assignments());
    }

    @Test
    void newPersonsGetNewIdsAndNoIdIsReused() {
        SyntheticArea area = new SyntheticArea(1500, 4, 11);
        AreaLinker linker = new AreaLinker();
        LinkResult run1 = linker.link(area.records, new LinkContext(null, List.of(), Map.of()), Progress.NONE);
        Map<String, String> previous = new HashMap<>();
        run1.assignments().forEach(a -> previous.put(a.recordKey(), a.personId()));
        List<SourceRecord> more = new ArrayList<>(area.records);
        more.add(Records.child("late", "1", "ZEBEDEE", "QUARTERMAINE", "2019-02-03", "M", "ZZ9 9ZZ", "1", null));
        LinkResult run2 = linker.link(more, new LinkContext(null, List.of(), previous), Progress.NONE);
        String newId = run2.assignments().stream().filter(a -> a.recordKey().equals("late:1")).findFirst().orElseThrow().personId();
        assertThat(previous.values()).doesNotContain(newId);
    }

    private static Map<String, Set<String>> groupByPerson(Map<String, String> assignment) {
        Map<String, Set<String>> m = new HashMap<>();
        assignment.forEach((k, p) -> m.computeIfAbsent(p, x -> new java.util.HashSet<>()).add(k));
        return m;
    }
}
