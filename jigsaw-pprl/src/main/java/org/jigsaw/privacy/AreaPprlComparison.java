package org.jigsaw.privacy;

import org.jigsaw.keys.KeyFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jigsaw.area.Area;
import org.jigsaw.ingest.IngestResult;
import org.jigsaw.link.compare.LevelKinds;
import org.jigsaw.link.eval.AreaTruth;
import org.jigsaw.link.eval.ClusterEvaluation;
import org.jigsaw.link.LinkContext;
import org.jigsaw.progress.Progress;

/**
 * Clear-text against encoded linkage of a whole synthetic area through the area pipeline
 * (ingest, then the area linker): once as it is, once with its health sources encoded as the
 * health partner would send them ({@link EncodedAreaCopy}), both scored against {@code truth/}.
 */
public final class AreaPprlComparison {
    private AreaPprlComparison() {
    }

    /**
     * @param encodedSources the sources sent encoded
     * @param records        records scored: those loaded by both runs
     * @param clearLoaded    records the clear run loaded
     * @param encodedLoaded  records the encoded run loaded
     */
    public record Result(List<String> encodedSources, long records, long clearLoaded, long encodedLoaded, ClusterEvaluation clear, ClusterEvaluation encoded,
                         double clearSeconds, double encodedSeconds) {
        /** F1 of encoded minus F1 of clear, in percentage points. */
        public double f1GapPoints() {
            return (encoded.f1() - clear.f1()) * 100;
        }

        public String table() {
            String row = "%-10s %10.4f %10.4f %10.4f %14d %10.1f%n";
            return String.format(Locale.ROOT, "Encoded sources: %s%nRecords scored: %,d (loaded: %,d clear, %,d with encoded health sources)%n",
                    String.join(", ", encodedSources), records, clearLoaded, encodedLoaded)
                    + String.format(Locale.ROOT, "%-10s %10s %10s %10s %14s %10s%n", "linkage", "precision", "recall", "F1",
                    "linked pairs", "seconds")
                    + String.format(Locale.ROOT, row, "clear", clear.precision(), clear.recall(), clear.f1(), clear.predictedPairs(), clearSeconds)
                    + String.format(Locale.ROOT, row, "encoded", encoded.precision(), encoded.recall(), encoded.f1(),
                    encoded.predictedPairs(), encodedSeconds)
                    + String.format(Locale.ROOT, "F1 difference: %+.2f percentage points%n", f1GapPoints());
        }
    }

    /**
     * @param area    a synthetic area with {@code truth/}
     * @param workDir an empty or missing folder outside the area: the throwaway key file and the
     *                encoded copy of the area go there
     */
    public static Result run(Path area, Path workDir, Progress progress) throws IOException {
        if (!AreaTruth.available(area)) throw new IOException(area + " has no truth/ (only synthetic areas can be scored)");
        Files.createDirectories(workDir);
        Path keyFile = workDir.resolve("pprl-keys.yaml");
        KeyFile.init(keyFile, List.of(KeyFile.LINKAGE));  // a throwaway key: only the comparison is wanted
        Path copy = workDir.resolve("area");
        List<String> encoded = EncodedAreaCopy.write(area, copy, KeyFile.load(keyFile), KeyFile.LINKAGE, EncodedAreaCopy.HEALTH);
        if (encoded.isEmpty()) throw new IOException(area + " has no health source to encode");
        AreaTruth truth = AreaTruth.read(area);
        long t0 = System.nanoTime();
        Run clear = link(area, keyFile, progress);
        long t1 = System.nanoTime();
        Run enc = link(copy, keyFile, progress);
        long t2 = System.nanoTime();
        // score both on the records both loaded: the partner's encoder cannot apply the area's
        // reference-date checks (a birth date after it), so a handful of rows may differ
        java.util.Set<String> both = new java.util.HashSet<>();
        java.util.Set<String> clearKeys = new java.util.HashSet<>();
        clear.result.forEach(a -> clearKeys.add(a.recordKey()));
        enc.result.forEach(a -> {
            if (clearKeys.contains(a.recordKey())) both.add(a.recordKey());
        });
        return new Result(encoded, both.size(), clear.records, enc.records,
                ClusterEvaluation.of(only(clear.result, both), truth.personByRecord()),
                ClusterEvaluation.of(only(enc.result, both), truth.personByRecord()), (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }

    private static List<org.jigsaw.link.PersonAssignment> only(List<org.jigsaw.link.PersonAssignment> as, java.util.Set<String> keys) {
        return as.stream().filter(a -> keys.contains(a.recordKey())).toList();
    }

    private record Run(long records, List<org.jigsaw.link.PersonAssignment> result) {
    }

    private static Run link(Path dir, Path keyFile, Progress progress) throws IOException {
        IngestResult in = PprlStages.ingest(keyFile).ingest(dir, Area.open(dir).config(), progress);
        var linkage = PprlStages.linker(LevelKinds.defaults(), keyFile).linkage(in.records(), new LinkContext(dir, List.of(), Map.of()), progress);
        return new Run(in.records().size(), linkage.toLinkResult().assignments());
    }
}
