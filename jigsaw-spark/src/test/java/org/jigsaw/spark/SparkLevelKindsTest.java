package org.jigsaw.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.jigsaw.link.compare.LevelCase;
import org.jigsaw.link.compare.LevelKindSuite;
import org.jigsaw.link.compare.LevelKinds;
import org.jigsaw.link.compare.SameLengthLevel;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.model.PatternSpace;
import org.jigsaw.link.spec.LevelSpec;
import org.jigsaw.progress.Progress;
import org.junit.jupiter.api.Test;

/**
 * The level kinds' cases through the Spark runtime's executor-side path: the {@link SpecRuntime}
 * is serialized as Spark ships it, then builds the chunk's table and pattern space as an executor
 * does. A kind registered on the driver only must reach a real {@code local[2]} executor.
 */
class SparkLevelKindsTest extends LevelKindSuite {

    @Override
    protected Reached reach(LevelCase c) {
        return reach(shipped(new SpecRuntime(c.linkSpec(), LevelKinds.installed())), c.leftRow(), c.rightRow());
    }

    private static Reached reach(SpecRuntime runtime, Map<String, String> left, Map<String, String> right) {
        RecordTable t = runtime.table(List.of("a", "b"), List.of("s", "s"), List.of(left, right));
        PatternSpace space = runtime.patternSpace(t);
        return reached(space.level(space.pattern(0, 1), 0), space.levelCount(0));
    }

    private static LevelCase sameLength() {
        return LevelCase.of("given_name", "JACK", "MARY", LevelSpec.of(SameLengthLevel.KIND), true);
    }

    private static SpecRuntime shipped(SpecRuntime runtime) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(runtime);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (SpecRuntime) in.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aKindAddedOnTheDriverRunsOnExecutors() {
        LevelKinds kinds = LevelKinds.installed().with("same_length", s -> new SameLengthLevel());
        SpecRuntime runtime = new SpecRuntime(sameLength().linkSpec(), kinds);
        SparkSession spark = LocalSpark.session();
        // the runtime travels in the task's closure, as SparkLinker's chunk comparer gets it
        List<String> reached = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(List.of("MARY", "ANN"), 2)
                .map(other -> reach(runtime, Map.of("given_name", "JACK"), Map.of("given_name", other)).name()).collect();
        assertThat(reached).containsExactly("LEVEL", "ELSE");
    }

    @Test
    void theDriverRefusesAKindBeforeAnyJobRuns() {
        SparkSession spark = LocalSpark.session();
        RecordTable t = RecordTable.fromRows(List.of("a", "b"), List.of("s", "s"), List.of(Map.of("given_name", "JACK"), Map.of("given_name", "MARY")));
        assertThatThrownBy(() -> new SparkLinker(spark, sameLength().linkSpec(), SparkLinker.Options.defaults())
                .link(TableFrames.of(spark, t), null, null, Progress.NONE))
                .hasMessageContaining("comparison 'same_length' level 1: unknown level kind 'same_length'");
    }
}
