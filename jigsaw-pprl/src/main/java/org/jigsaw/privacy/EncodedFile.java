package org.jigsaw.privacy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An encoded extract and its metadata, as the linking side reads it. */
public record EncodedFile(Path path, EncodedMeta meta, List<Map<String, String>> rows) {

    public static Path metaPath(Path csv) {
        return csv.resolveSibling(csv.getFileName() + ".meta.json");
    }

    public static EncodedFile read(Path csv) throws IOException {
        Path m = metaPath(csv);
        if (!Files.isRegularFile(m)) {
            throw new IOException("no metadata " + m.getFileName() + " next to " + csv.getFileName()
                    + ": not a file made by 'jigsaw encode', or separated from its metadata");
        }
        EncodedMeta meta = PprlEncoder.JSON.readValue(m.toFile(), EncodedMeta.class);
        if (!EncodedMeta.FORMAT.equals(meta.format())) throw new IOException(m.getFileName() + ": unknown format " + meta.format());
        List<Map<String, String>> rows = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> r = CsvReader.builder().ofNamedCsvRecord(csv)) {
            for (NamedCsvRecord rec : r) rows.add(rec.getFieldsAsMap());
        }
        return new EncodedFile(csv, meta, rows);
    }

    /**
     * Refuses to compare encodings made with different keys or parameters: they would simply
     * never match, and a linkage that silently finds nothing is worse than an error.
     */
    public void requireComparableWith(EncodedFile other) {
        if (!meta.keyCheck().equalsIgnoreCase(other.meta.keyCheck())) {
            throw new WrongKeyException(path.getFileName() + " and " + other.path.getFileName() + " were encoded with different keys"
                    + " (check values " + meta.keyCheck() + " and " + other.meta.keyCheck() + "): both parties must use the same linkage key");
        }
        if (!meta.bloom().equals(other.meta.bloom())) {
            throw new IllegalArgumentException(path.getFileName() + " and " + other.path.getFileName()
                    + " use different Bloom-filter parameters: encode both with the same spec");
        }
    }

    /** The Bloom filter in {@code column} of a row, or null when blank. */
    public BloomFilter bloom(Map<String, String> row, String column) {
        String v = row.get(column);
        return v == null || v.isBlank() ? null : BloomFilter.parse(v);
    }
}
