package org.jigsaw.link.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The level kinds' cases ({@link LevelCaseTable}) run on one engine: a subclass per engine says
 * how two records reach a level there (local, Spark runtime, encodings). Every engine sees the
 * same rows, so a kind that behaves differently on one of them fails here.
 */
public abstract class LevelKindSuite {

    /** Which level the pair reaches: the comparison's blank level, its one level, or "else". */
    public enum Reached { NULL, LEVEL, ELSE }

    /** The level {@code c}'s two records reach on this engine. */
    protected abstract Reached reach(LevelCase c);

    /** Whether the level holds on this engine (the clear answer, unless the engine declares otherwise). */
    protected boolean holds(LevelCase c) {
        return c.holds();
    }

    /** {@link Reached} of the pair at rows 0 and 1 of a comparison, by its level index. */
    public static Reached reached(int level, int levelCount) {
        return level == 0 ? Reached.NULL : level == levelCount - 1 ? Reached.ELSE : Reached.LEVEL;
    }

    @TestFactory
    Stream<DynamicTest> everyCaseReachesItsLevel() {
        return LevelCaseTable.all().map(c -> DynamicTest.dynamicTest(c.toString(),
                () -> assertThat(reach(c)).as(c.toString()).isEqualTo(holds(c) ? Reached.LEVEL : Reached.ELSE)));
    }

    @Test
    void everyBuiltInKindHasACaseThatHoldsAndOneThatDoesNot() {
        Map<String, List<LevelCase>> table = LevelCaseTable.byKind();
        assertThat(table.keySet()).containsExactlyInAnyOrderElementsOf(LevelKinds.builtIn().names());
        table.forEach((kind, cases) -> assertThat(cases).as(kind)
                .anyMatch(LevelCase::holds).anyMatch(c -> !c.holds())
                .allMatch(c -> c.level().kind().equals(kind)));
    }
}
