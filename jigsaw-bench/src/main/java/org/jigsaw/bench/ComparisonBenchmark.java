package org.jigsaw.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.jigsaw.link.compare.Comparison;
import org.jigsaw.link.compare.LevelKinds;
import org.jigsaw.link.compare.StringMetrics;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.io.Standardise;
import org.jigsaw.link.model.PatternSpace;
import org.jigsaw.link.spec.LinkSpec;
import org.jigsaw.synth.people.SyntheticPeople;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The comparison functions in the linker's inner loop, against the Commons Text versions they
 * replace, plus a whole comparison vector of the default spec. Run:
 * {@code java -cp "jigsaw-bench/target/jigsaw-bench-0.1.0-SNAPSHOT.jar:jigsaw-bench/target/lib/*" org.openjdk.jmh.Main}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ComparisonBenchmark {

    private static final String[][] NAMES = {{"CATHERINE", "KATHRYN"}, {"OKAFOR", "OKAFORR"}, {"MARTHA", "MARHTA"},
            {"SIOBHAN", "SHIVAUN"}, {"ALEXANDER", "ALEXANDRA"}, {"SMITH", "SMYTHE"}, {"MOHAMMED", "MUHAMMAD"}, {"LI", "LEE"}};
    private char[][] left;
    private char[][] right;
    private final JaroWinklerSimilarity commonsJw = new JaroWinklerSimilarity();
    private final LevenshteinDistance commonsLev = new LevenshteinDistance(2);
    private PatternSpace space;
    private int n;

    @Setup
    public void setup() {
        left = new char[NAMES.length][];
        right = new char[NAMES.length][];
        for (int i = 0; i < NAMES.length; i++) {
            left[i] = NAMES[i][0].toCharArray();
            right[i] = NAMES[i][1].toCharArray();
        }
        SyntheticPeople.Data d = SyntheticPeople.generate(20_000, 6, 1);
        RecordTable t = Standardise.table(d.keys(), d.sources(), d.sourceNames(), d.columns());
        LinkSpec spec = LinkSpec.defaultSpec().restrictTo(t::has);
        List<Comparison> cs = spec.comparisons().stream().map(c -> new Comparison(c, LevelKinds.defaults(), t)).toList();
        space = new PatternSpace(cs);
        n = t.size();
    }

    @Benchmark
    public void jaroWinkler(Blackhole bh) {
        for (int i = 0; i < left.length; i++) bh.consume(StringMetrics.jaroWinkler(left[i], right[i]));
    }

    @Benchmark
    public void jaroWinklerCommonsText(Blackhole bh) {
        for (String[] p : NAMES) bh.consume(commonsJw.apply(p[0], p[1]));
    }

    @Benchmark
    public void damerauLevenshteinWithinOne(Blackhole bh) {
        for (int i = 0; i < left.length; i++) bh.consume(StringMetrics.damerauLevenshtein(left[i], right[i], 1));
    }

    @Benchmark
    public void damerauLevenshteinWithinTwo(Blackhole bh) {
        for (int i = 0; i < left.length; i++) bh.consume(StringMetrics.damerauLevenshtein(left[i], right[i], 2));
    }

    @Benchmark
    public void levenshteinCommonsText(Blackhole bh) {
        for (String[] p : NAMES) bh.consume(commonsLev.apply(p[0], p[1]));
    }

    /** One full comparison vector of the default spec on a pseudo-random pair of records. */
    @Benchmark
    public long comparisonVector() {
        long seed = System.nanoTime();
        int i = (int) Math.floorMod(seed * 0x9E3779B97F4A7C15L, (long) n);
        int j = (int) Math.floorMod(seed * 0xC2B2AE3D27D4EB4FL, (long) n);
        return space.pattern(i, j);
    }
}
