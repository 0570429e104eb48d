package org.jigsaw.privacy;

import java.util.List;
import java.util.Map;
import org.jigsaw.link.Linkage;
import org.jigsaw.link.Linker;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.eval.Evaluation;
import org.jigsaw.link.spec.LinkSpec;
import org.jigsaw.progress.Progress;

/**
 * Clear-text and encoded linkage of the same records, side by side: the evidence that
 * privacy-preserving linkage costs (almost) nothing in quality. Both runs use the same linker,
 * the same EM and the same thresholds; only the comparisons differ (see {@link EncodedLinkage#spec}).
 */
public final class PprlComparison {
    private PprlComparison() {
    }

    /**
     * @param clear   precision, recall, F1 of clear-text linkage (pairs implied by the persons)
     * @param encoded the same for encoded linkage
     * @param clearSeconds   seconds for the clear run
     * @param encodeSeconds  seconds to encode the records
     * @param encodedSeconds seconds for the encoded run
     */
    public record Result(Evaluation clear, Evaluation encoded, double clearSeconds, double encodeSeconds, double encodedSeconds) {
        /** F1 of encoded minus F1 of clear, in percentage points. */
        public double f1GapPoints() {
            return (encoded.f1() - clear.f1()) * 100;
        }

        public String table() {
            return String.format(java.util.Locale.ROOT,
                    "%-10s %10s %10s %10s %12s %10s%n%-10s %10.4f %10.4f %10.4f %12d %10.1f%n%-10s %10.4f %10.4f %10.4f %12d %10.1f%n"
                            + "F1 difference: %+.2f percentage points (encoding took %.1f s)%n",
                    "linkage", "precision", "recall", "F1", "linked pairs", "seconds",
                    "clear", clear.precision(), clear.recall(), clear.f1(), clear.predictedPairs(), clearSeconds,
                    "encoded", encoded.precision(), encoded.recall(), encoded.f1(), encoded.predictedPairs(), encodedSeconds,
                    f1GapPoints(), encodeSeconds);
        }
    }

    /** Links {@code table} in clear and encoded under {@code key}, and scores both against {@code truth}. */
    public static Result run(RecordTable table, LinkSpec clearSpec, Map<String, String> truth, byte[] key, BloomParams bloom,
                             Progress progress) {
        long t0 = System.nanoTime();
        Linkage clear = new Linker(clearSpec).link(table, List.of(), Map.of(), progress);
        long t1 = System.nanoTime();
        RecordTable encodedTable = EncodedLinkage.encode(table, clearSpec, new PprlCodec(key, bloom));
        long t2 = System.nanoTime();
        Linkage encoded = new Linker(EncodedLinkage.spec(clearSpec)).link(encodedTable, List.of(), Map.of(), progress);
        long t3 = System.nanoTime();
        Evaluation ce = Evaluation.of(table, clear.clusterPairs(), truth, clearSpec.linkType(), 0);
        Evaluation ee = Evaluation.of(encodedTable, encoded.clusterPairs(), truth, clearSpec.linkType(), 0);
        return new Result(ce, ee, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
    }
}
