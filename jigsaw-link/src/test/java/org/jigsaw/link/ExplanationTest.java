package org.jigsaw.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.jigsaw.link.data.AreaRecords;
import org.jigsaw.link.explain.Explanation;
import org.jigsaw.link.spec.LinkSpec;
import org.jigsaw.progress.Progress;
import org.junit.jupiter.api.Test;

class ExplanationTest {

    @Test
    void waterfallTermsSumToTheMatchWeightInTextJsonAndTheResult() throws Exception {
        SyntheticArea area = new SyntheticArea(2000, 4, 3);
        Linkage linkage = new Linker(LinkSpec.defaultSpec()).link(AreaRecords.toTable(area.records), List.of(), Map.of(), Progress.NONE);
        ObjectMapper json = new ObjectMapper();
        int checked = 0;
        for (int p = 0; p < linkage.pairCount(); p += Math.max(1, linkage.pairCount() / 300)) {
            Explanation e = linkage.explain(p);
            double sum = e.terms().stream().mapToDouble(t -> t.weight()).sum();
            assertThat(sum).isCloseTo(linkage.weight(p), within(1e-9));
            assertThat(e.matchWeight()).isCloseTo(linkage.weight(p), within(1e-9));
            JsonNode node = json.readTree(e.toJson());
            double jsonSum = 0;
            for (JsonNode t : node.get("terms")) jsonSum += t.get("weight").asDouble();
            assertThat(jsonSum).isCloseTo(node.get("match_weight").asDouble(), within(1e-5));
            assertThat(e.toText()).contains("match weight").contains("prior");
            checked++;
        }
        assertThat(checked).isGreaterThan(100);

        // the stage result carries JSON explanations for linked pairs, keyed left|right
        LinkResult result = new AreaLinker().link(area.records, new LinkContext(null, List.of(), Map.of()), Progress.NONE);
        ScoredPair linked = result.pairs().stream().filter(sp -> sp.decision() == Decision.ACCEPTED).findFirst().orElseThrow();
        JsonNode node = json.readTree(result.explanations().get(linked.leftKey() + "|" + linked.rightKey()));
        assertThat(node.get("match_weight").asDouble()).isCloseTo(linked.matchWeight(), within(1e-5));
    }

    @Test
    void explanationsNeverShowValues() {
        SyntheticArea area = new SyntheticArea(500, 3, 5);
        Linkage linkage = new Linker(LinkSpec.defaultSpec()).link(AreaRecords.toTable(area.records), List.of(), Map.of(), Progress.NONE);
        String text = linkage.explain(0).toText() + linkage.explain(0).toJson();
        String given = linkage.table().column("given_name").value(linkage.left(0));
        if (given != null) assertThat(text).doesNotContain(given);
    }
}
