package org.jigsaw.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jigsaw.ingest.SourceDefinitions;
import org.jigsaw.link.data.AreaRecords;
import org.jigsaw.link.data.LocalIdScopes;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.spec.LinkSpec;
import org.jigsaw.record.SourceRecord;

/**
 * An area's records and spec as every engine links them: linkage values with local IDs scoped by
 * agency, under {@code AREA/linkage.yaml} (or the default spec) — and, when a source of the area
 * arrives encoded, every other source encoded in memory with the same key and the spec translated
 * to encodings, since encodings can only be compared with encodings.
 */
public record AreaLinkInput(RecordTable table, LinkSpec spec) {

    /** @param encodings how the area's encoded sources are linked (the privacy module's) */
    public static AreaLinkInput of(List<SourceRecord> records, Path areaDir, EncodedAreas encodings) throws IOException {
        RecordTable table = AreaRecords.toTable(records, LocalIdScopes.of(areaDir));
        LinkSpec spec = LinkSpec.forArea(areaDir);
        Optional<EncodedArea> enc = encodings.forArea(areaDir);
        if (enc.isEmpty()) {
            requireClear(records, areaDir);
            return new AreaLinkInput(table, spec);
        }
        return new AreaLinkInput(enc.get().encode(table, spec), enc.get().spec(spec));
    }

    /** Only the spec {@link #of} would link with, for callers that need it before the records (a cache key). */
    public static LinkSpec spec(Path areaDir, EncodedAreas encodings) throws IOException {
        LinkSpec clear = LinkSpec.forArea(areaDir);
        return encodings.forArea(areaDir).map(e -> e.spec(clear)).orElse(clear);
    }

    /** Records of an encoded source linked as clear text would silently match nobody: refuse instead. */
    private static void requireClear(List<SourceRecord> records, Path areaDir) throws IOException {
        if (areaDir == null || !Files.isDirectory(areaDir.resolve("sources"))) return;
        Set<String> encoded = SourceDefinitions.load(areaDir).sources().stream().map(SourceDefinitions.Parsed::definition)
                .filter(d -> d.encoding() != null).map(d -> d.name()).collect(Collectors.toSet());
        if (encoded.isEmpty()) return;
        for (SourceRecord r : records) {
            if (encoded.contains(r.source())) {
                throw new IllegalStateException("source " + r.source()
                        + " arrives encoded: link the area with the privacy module's stages, which encode the rest to match");
            }
        }
    }
}
