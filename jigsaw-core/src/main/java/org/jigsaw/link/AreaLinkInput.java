package org.jigsaw.link;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jigsaw.link.data.AreaRecords;
import org.jigsaw.link.data.LocalIdScopes;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.spec.LinkSpec;
import org.jigsaw.privacy.AreaEncoding;
import org.jigsaw.record.SourceRecord;

/**
 * An area's records and spec as every engine links them: linkage values with local IDs scoped by
 * agency, under {@code AREA/linkage.yaml} (or the default spec) — and, when a source of the area
 * arrives encoded, every other source encoded in memory with the same key and the spec translated
 * to encodings, since encodings can only be compared with encodings.
 */
public record AreaLinkInput(RecordTable table, LinkSpec spec) {

    /** @param keyFile the key file encoded sources are checked and the rest encoded with */
    public static AreaLinkInput of(List<SourceRecord> records, Path areaDir, Path keyFile) throws IOException {
        RecordTable table = AreaRecords.toTable(records, LocalIdScopes.of(areaDir));
        LinkSpec spec = LinkSpec.forArea(areaDir);
        var enc = AreaEncoding.forArea(areaDir, keyFile);
        if (enc.isEmpty()) return new AreaLinkInput(table, spec);
        return new AreaLinkInput(enc.get().encode(table, spec), enc.get().spec(spec));
    }

    /** Only the spec {@link #of} would link with, for callers that need it before the records (a cache key). */
    public static LinkSpec spec(Path areaDir, Path keyFile) throws IOException {
        LinkSpec clear = LinkSpec.forArea(areaDir);
        return AreaEncoding.forArea(areaDir, keyFile).map(e -> e.spec(clear)).orElse(clear);
    }
}
