package org.jigsaw.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jigsaw.record.Field;

/**
 * Encodes a partner's CSV extract for privacy-preserving linkage, at the partner's site: exact
 * identifiers become keyed HMAC codes, names become keyed Bloom filters, listed non-identifying
 * columns pass through, everything else is dropped. The output and its metadata are written to
 * temporary files and moved into place only when the whole file is encoded, so a failure (a
 * missing or wrong key, a missing column) never leaves a partial or clear-text file behind.
 */
public final class PprlEncoder {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final byte[] key;
    private final String keyName;
    private final EncodingSpec spec;

    /**
     * @param keys    the key file (loaded: a missing file has already failed)
     * @param keyName the linkage key's name in it
     * @param spec    what to encode how; its {@code key_check}, when set, must match the key
     */
    public PprlEncoder(KeyFile keys, String keyName, EncodingSpec spec) {
        this.key = keys.key(keyName);
        this.keyName = keyName;
        this.spec = spec;
        String check = KeyCheck.of(key);
        if (spec.keyCheck() != null && !spec.keyCheck().isBlank() && !spec.keyCheck().trim().equalsIgnoreCase(check)) {
            throw new WrongKeyException("wrong key: key '" + keyName + "' in " + keys.path() + " has check value " + check
                    + " but the encoding spec expects " + spec.keyCheck().trim()
                    + "; use the linkage key agreed with the other party (nothing was written)");
        }
    }

    /** What an encode did. */
    public record Report(long rows, Map<String, Long> missing, List<String> dropped, String keyCheck) {
    }

    public Report encode(Path in, Path out) throws IOException {
        if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
            throw new IOException("--out must differ from --in");
        }
        Path abs = out.toAbsolutePath();
        Path tmp = abs.resolveSibling("." + abs.getFileName() + ".part");
        Path metaTmp = abs.resolveSibling("." + abs.getFileName() + ".meta.part");
        Map<String, Long> missing = new TreeMap<>();
        List<String> dropped = new ArrayList<>();
        long rows = 0;
        EncodingSpec effective = spec;
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().detectBomHeader(true).ofNamedCsvRecord(in)) {
            var it = reader.iterator();
            List<String> header = null;
            Map<String, Object> encoders = new LinkedHashMap<>();
            List<String> order = new ArrayList<>();
            try (CsvWriter w = CsvWriter.builder().build(tmp)) {
                while (it.hasNext()) {
                    NamedCsvRecord r = it.next();
                    if (header == null) {
                        header = r.getHeader();
                        if (effective.fields().isEmpty()) effective = merge(effective, EncodingSpec.fromHeader(header));
                        if (effective.fields().isEmpty()) {
                            throw new IOException("no identifier columns to encode: name them in --map, or use canonical column names (nhs_number, dob, given_name...)");
                        }
                        checkColumns(effective, header);
                        for (var e : effective.fields().entrySet()) {
                            String f = e.getKey();
                            encoders.put(f, EncodingSpec.BLOOM.equals(effective.methodOf(f))
                                    ? new BloomEncoder(key, f, effective.bloom()) : new ExactEncoder(key, f));
                            order.add(f);
                        }
                        for (String h : header) {
                            if (!h.equals(effective.id()) && !effective.keep().contains(h)
                                    && effective.fields().values().stream().noneMatch(fe -> fe.column().equals(h))) dropped.add(h);
                        }
                        List<String> out2 = new ArrayList<>();
                        out2.add("id");
                        out2.addAll(order);
                        out2.addAll(effective.keep());
                        w.writeRecord(out2);
                    }
                    List<String> row = new ArrayList<>(order.size() + effective.keep().size() + 1);
                    row.add(effective.id() == null ? Long.toString(rows + 1) : r.getField(effective.id()));
                    for (String f : order) {
                        EncodingSpec.FieldEncoding fe = effective.fields().get(f);
                        String norm = Normaliser.normalise(Field.fromKey(f), r.getField(fe.column()), fe.dateFormats());
                        Object enc = encoders.get(f);
                        String code;
                        if (norm == null) {
                            code = "";
                            if (!r.getField(fe.column()).isBlank()) missing.merge(f, 1L, Long::sum);
                        } else if (enc instanceof BloomEncoder b) {
                            code = b.encode(norm).toBase64();
                        } else {
                            code = ((ExactEncoder) enc).encode(norm);
                        }
                        row.add(code);
                    }
                    for (String k : effective.keep()) row.add(r.getField(k));
                    w.writeRecord(row);
                    rows++;
                }
                if (header == null) throw new IOException("input " + in.getFileName() + " is empty");
            }
            Map<String, String> methods = new LinkedHashMap<>();
            for (String f : order) methods.put(f, effective.methodOf(f));
            EncodedMeta meta = new EncodedMeta(EncodedMeta.FORMAT, keyName, KeyCheck.of(key), "id", methods, effective.bloom(), rows);
            JSON.writeValue(metaTmp.toFile(), meta);
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.move(metaTmp, EncodedFile.metaPath(abs), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
            Files.deleteIfExists(metaTmp);
        }
        return new Report(rows, missing, dropped, KeyCheck.of(key));
    }

    private static EncodingSpec merge(EncodingSpec given, EncodingSpec detected) {
        return new EncodingSpec(given.keyCheck(), given.id() != null ? given.id() : detected.id(), detected.fields(),
                given.keep(), given.bloom());
    }

    private static void checkColumns(EncodingSpec s, List<String> header) throws IOException {
        List<String> missing = new ArrayList<>();
        if (s.id() != null && !header.contains(s.id())) missing.add(s.id());
        for (var fe : s.fields().values()) if (!header.contains(fe.column())) missing.add(fe.column());
        for (String k : s.keep()) if (!header.contains(k)) missing.add(k);
        if (!missing.isEmpty()) throw new IOException("input has no column(s) " + String.join(", ", missing));
    }
}
