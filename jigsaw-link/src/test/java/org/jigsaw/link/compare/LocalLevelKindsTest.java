package org.jigsaw.link.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jigsaw.link.data.RecordTable;
import org.junit.jupiter.api.Test;

/** The level kinds' cases on the local engine: {@link Comparison} on a two-row table. */
class LocalLevelKindsTest extends LevelKindSuite {

    @Override
    protected Reached reach(LevelCase c) {
        RecordTable t = RecordTable.fromRows(List.of("a", "b"), List.of("s", "s"), List.of(c.leftRow(), c.rightRow()));
        Comparison cmp = new Comparison(c.comparison(), LevelKinds.installed(), t);
        return reached(cmp.level(0, 1), cmp.levelCount());
    }

    @Test
    void aBlankSideIsTheNullLevel() {
        LevelCase blank = LevelCase.of("given_name", "JOHN", null, org.jigsaw.link.spec.LevelSpec.of("exact"), false);
        assertThat(reach(blank)).isEqualTo(Reached.NULL);
    }
}
