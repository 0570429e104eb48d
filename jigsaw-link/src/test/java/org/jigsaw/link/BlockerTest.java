package org.jigsaw.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jigsaw.link.block.Blocker;
import org.jigsaw.link.block.LongList;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.spec.BlockingRuleSpec;
import org.jigsaw.link.spec.LinkType;
import org.junit.jupiter.api.Test;

class BlockerTest {

    private static RecordTable table() {
        Map<String, String[]> cols = new LinkedHashMap<>();
        cols.put("dob", new String[] {"2015-01-01", "2015-01-01", "2015-01-01", null, "2016-02-02"});
        cols.put("family_name", new String[] {"SMITH", "SMYTH", "JONES", "SMITH", "SMITH"});
        return RecordTable.fromColumns(new String[] {"a:1", "a:2", "b:1", "b:2", "b:3"}, new int[] {0, 0, 1, 1, 1},
                List.of("a", "b"), cols);
    }

    @Test
    void rulesAreUnionedWithoutDuplicatesAndBlankKeysNeverPair() {
        List<BlockingRuleSpec> rules = List.of(new BlockingRuleSpec("dob", List.of("dob")),
                new BlockingRuleSpec("sound", List.of("family_name:metaphone")));
        Blocker.Candidates c = Blocker.candidates(table(), rules, LinkType.DEDUPE_AND_LINK, 100);
        // dob: (0,1) (0,2) (1,2); metaphone SMITH=SMYTH: (0,1) (0,3) (0,4) (1,3) (1,4) (3,4)
        assertThat(c.pairs()).containsExactly(p(0, 1), p(0, 2), p(0, 3), p(0, 4), p(1, 2), p(1, 3), p(1, 4), p(3, 4));
        assertThat(c.pairsPerRule()).containsEntry("dob", 3L).containsEntry("sound", 6L);
    }

    @Test
    void linkOnlyKeepsCrossSourcePairsAndOversizedBlocksAreSkipped() {
        List<BlockingRuleSpec> rules = List.of(new BlockingRuleSpec("dob", List.of("dob")));
        assertThat(Blocker.candidates(table(), rules, LinkType.LINK_ONLY, 100).pairs()).containsExactly(p(0, 2), p(1, 2));
        Blocker.Candidates small = Blocker.candidates(table(), rules, LinkType.DEDUPE_AND_LINK, 2);
        assertThat(small.pairs()).isEmpty();
        assertThat(small.skippedBlocks()).containsEntry("dob", 1L);
    }

    private static long p(int a, int b) {
        return LongList.pair(a, b);
    }
}
