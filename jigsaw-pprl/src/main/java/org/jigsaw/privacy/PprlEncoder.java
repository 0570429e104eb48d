package org.jigsaw.privacy;

import org.jigsaw.keys.KeyCheck;
import org.jigsaw.keys.KeyFile;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jigsaw.link.spec.BlockingKeys;
import org.jigsaw.link.spec.BlockingRuleSpec;
import org.jigsaw.link.spec.LinkSpec;

/**
 * Encodes a partner's CSV extract for privacy-preserving linkage, at the partner's site: each
 * identifier is standardised as Jigsaw's linker would, then encoded by {@link PprlCodec} (keyed
 * Bloom filters for names, dates of birth and postcodes; keyed HMAC for NHS number, sex and other
 * identifiers), keyed blocking-key columns are added for the link spec's blocking rules, listed
 * non-identifying columns pass through, and everything else is dropped. Output and metadata are
 * written to temporary files and moved into place only when the whole file is encoded, so a
 * failure never leaves a partial file behind, and nothing is ever written in clear.
 */
public final class PprlEncoder {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final byte[] key;
    private final String keyName;
    private final EncodingSpec spec;
    private final LinkSpec linkSpec;

    /**
     * @param keys    the key file (loaded: a missing file has already failed)
     * @param keyName the linkage key's name in it
     * @param spec    what to encode how; its {@code key_check}, when set, must match the key
     */
    public PprlEncoder(KeyFile keys, String keyName, EncodingSpec spec) {
        this(keys, keyName, spec, LinkSpec.defaultSpec());
    }

    /** @param linkSpec the spec the LA will link with: its blocking keys decide the extra columns */
    public PprlEncoder(KeyFile keys, String keyName, EncodingSpec spec, LinkSpec linkSpec) {
        this.key = keys.key(keyName);
        this.keyName = keyName;
        this.spec = spec;
        this.linkSpec = linkSpec;
        String check = KeyCheck.of(key);
        if (spec.keyCheck() != null && !spec.keyCheck().isBlank() && !spec.keyCheck().trim().equalsIgnoreCase(check)) {
            throw new WrongKeyException("wrong key: key '" + keyName + "' in " + keys.path() + " has check value " + check
                    + " but the encoding spec expects " + spec.keyCheck().trim()
                    + "; use the linkage key agreed with the other party (nothing was written)");
        }
    }

    /**
     * What an encode did: rows, values left blank because invalid (per field), input columns
     * dropped, and rows skipped because their number of fields differs from the header's (a
     * damaged row the receiving side would quarantine anyway; encoding it would shift columns).
     */
    public record Report(long rows, Map<String, Long> missing, List<String> dropped, String keyCheck, long skipped) {
    }

    public Report encode(Path in, Path out) throws IOException {
        if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
            throw new IOException("--out must differ from --in");
        }
        Path abs = out.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = abs.resolveSibling("." + abs.getFileName() + ".part");
        Path metaTmp = abs.resolveSibling("." + abs.getFileName() + ".meta.part");
        Map<String, Long> missing = new TreeMap<>();
        List<String> dropped = new ArrayList<>();
        long rows = 0;
        long skipped = 0;
        EncodingSpec effective = spec;
        // the header comes first and on its own: an extract with no rows (no referrals this month)
        // still encodes, to an encoded file with no rows
        List<String> header = headerOf(in);
        if (effective.fields().isEmpty()) effective = merge(effective, EncodingSpec.fromHeader(header));
        if (effective.fields().isEmpty()) {
            throw new IOException("no identifier columns to encode: name them in --map, or use canonical column names (nhs_number, dob, given_name...)");
        }
        checkColumns(effective, header);
        Set<String> exact = new LinkedHashSet<>();
        for (String f : effective.fields().keySet()) {
            if (EncodingSpec.HMAC.equals(effective.methodOf(f)) && PprlCodec.fuzzy(f)) exact.add(f);
        }
        PprlCodec codec = new PprlCodec(key, effective.bloom(), exact);
        List<String> order = new ArrayList<>(effective.fields().keySet());
        List<String[]> blocking = blockingKeys(effective.fields().keySet());
        for (String h : header) {
            if (!h.equals(effective.id()) && !effective.keep().contains(h)
                    && effective.fields().values().stream().noneMatch(fe -> fe.column().equals(h))) dropped.add(h);
        }
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().detectBomHeader(true)
                .allowMissingFields(true).allowExtraFields(true).ofNamedCsvRecord(in)) {
            try (CsvWriter w = CsvWriter.builder().build(tmp)) {
                List<String> cols = new ArrayList<>();
                cols.add("id");
                cols.addAll(order);
                for (String[] b : blocking) cols.add(PprlCodec.blockingColumn(b[0], b[1]));
                cols.addAll(effective.keep());
                w.writeRecord(cols);
                for (NamedCsvRecord r : reader) {
                    if (r.getFieldCount() != header.size()) {
                        skipped++;
                        continue;
                    }
                    List<String> row = new ArrayList<>();
                    row.add(effective.id() == null ? Long.toString(rows + 1) : r.getField(effective.id()));
                    Map<String, String> std = new LinkedHashMap<>();
                    for (String f : order) {
                        EncodingSpec.FieldEncoding fe = effective.fields().get(f);
                        String raw = r.getField(fe.column());
                        String s = Normaliser.standardise(f, raw, fe.dateFormats());
                        if (s == null && !raw.isBlank()) missing.merge(f, 1L, Long::sum);
                        std.put(f, s);
                        String code = codec.encode(f, s);
                        row.add(code == null ? "" : code);
                    }
                    for (String[] b : blocking) {
                        String k = codec.blockingKey(b[0], b[1], std.get(b[0]));
                        row.add(k == null ? "" : k);
                    }
                    for (String k : effective.keep()) row.add(r.getField(k));
                    w.writeRecord(row);
                    rows++;
                }
            }
            Map<String, String> methods = new LinkedHashMap<>();
            for (String f : order) methods.put(f, codec.isFuzzy(f) ? EncodingSpec.BLOOM : EncodingSpec.HMAC);
            for (String[] b : blocking) methods.put(PprlCodec.blockingColumn(b[0], b[1]), "blocking_key");
            EncodedMeta meta = new EncodedMeta(EncodedMeta.FORMAT, keyName, KeyCheck.of(key), "id", methods, effective.bloom(), rows);
            JSON.writeValue(metaTmp.toFile(), meta);
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.move(metaTmp, EncodedFile.metaPath(abs), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
            Files.deleteIfExists(metaTmp);
        }
        return new Report(rows, missing, dropped, KeyCheck.of(key), skipped);
    }

    /** The first line's column names; an input without even a header line is refused. */
    private static List<String> headerOf(Path in) throws IOException {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().detectBomHeader(true).allowMissingFields(true).allowExtraFields(true)
                .ofCsvRecord(in)) {
            var it = reader.iterator();
            if (!it.hasNext()) throw new IOException("input " + in.getFileName() + " is empty: not even a header line");
            return it.next().getFields();
        }
    }

    /** The link spec's blocking keys with a transform on an encoded field: {field, transform}. */
    private List<String[]> blockingKeys(Set<String> fields) {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (BlockingRuleSpec b : linkSpec.blockingRules()) {
            for (String k : b.keys()) {
                String f = BlockingKeys.field(k), t = BlockingKeys.transform(k);
                if (!"value".equals(t) && fields.contains(f)) out.putIfAbsent(f + ":" + t, new String[] {f, t});
            }
        }
        return new ArrayList<>(out.values());
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
