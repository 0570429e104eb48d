package org.jigsaw.privacy;

import org.jigsaw.keys.KeyCheck;
import org.jigsaw.keys.KeyFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.jigsaw.ingest.SourceDefinition;
import org.jigsaw.ingest.SourceDefinitions;
import org.jigsaw.link.EncodedArea;
import org.jigsaw.link.data.Column;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.spec.BlockingKeys;
import org.jigsaw.link.spec.BlockingRuleSpec;
import org.jigsaw.link.spec.LinkSpec;

/**
 * An area refresh in which some sources arrive as keyed encodings made by {@code jigsaw encode}
 * (their definition has {@code encoding:}). Clear and encoded records can only be compared like
 * with like, so the whole area is linked on encodings: the LA's own clear records are encoded in
 * memory with the same key and Bloom parameters, exactly as {@code jigsaw encode} would at the
 * partner, and never written anywhere; the encoded sources' values are used as they arrived.
 * The link spec is the area's own, translated by {@link EncodedLinkage#spec}.
 *
 * <p>Blocking keys with a transform are read from the matching part of an encoded value
 * ({@code family_name:metaphone} from the {@code metaphone} part; see {@link PprlCodec}); for
 * a transform that is not a part, encoded records have no key and are blocked by the other rules.
 *
 * @param sources    names of the encoded sources whose key matches the area's
 * @param codec      the codec to encode the clear records with
 * @param keyCheck   check value of the linkage key
 */
public record AreaEncoding(Set<String> sources, PprlCodec codec, String keyCheck) implements EncodedArea {

    /**
     * Why an encoded source must be refused, or empty when its metadata is readable and its key
     * check value matches the key of the same name in {@code keyFile}.
     */
    public static Optional<String> refusal(Path areaDir, SourceDefinition def, Path keyFile) {
        try {
            check(areaDir, def, KeyFile.load(keyFile));
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("source " + def.name() + " refused: " + e.getMessage());
        }
    }

    private static EncodedMeta check(Path areaDir, SourceDefinition def, KeyFile keys) throws IOException {
        SourceDefinition.Encoding enc = def.encoding();
        if (enc.meta() == null || enc.meta().isBlank()) {
            throw new IOException("its encoding names no meta (the .meta.json written by 'jigsaw encode')");
        }
        Path meta = areaDir.resolve(enc.meta());
        if (!Files.isRegularFile(meta)) throw new IOException("no encoding metadata " + enc.meta() + " in the area");
        EncodedMeta m = PprlEncoder.JSON.readValue(meta.toFile(), EncodedMeta.class);
        if (!EncodedMeta.FORMAT.equals(m.format())) throw new IOException(enc.meta() + ": unknown format " + m.format());
        byte[] key = keys.find(enc.keyName()).orElseThrow(() -> new WrongKeyException("the key file " + keys.path()
                + " has no key '" + enc.keyName() + "' (the extract was encoded with check value " + m.keyCheck() + ")"));
        String check = KeyCheck.of(key);
        if (!check.equalsIgnoreCase(m.keyCheck())) {
            throw new WrongKeyException("wrong key: the extract was encoded with a key whose check value is " + m.keyCheck()
                    + " but key '" + enc.keyName() + "' in " + keys.path() + " has check value " + check
                    + "; nothing of this source was loaded — ask the partner to re-encode with the agreed linkage key");
        }
        return m;
    }

    /**
     * The encoding of the area's refresh, or empty when no source is encoded (or every encoded
     * source is refused, as ingest refused it). Encoded sources must agree on key and Bloom
     * parameters and on which fuzzy fields are exact HMACs.
     */
    public static Optional<AreaEncoding> forArea(Path areaDir, Path keyFile) throws IOException {
        if (areaDir == null || !Files.isDirectory(areaDir.resolve("sources"))) return Optional.empty();
        List<SourceDefinition> encoded = SourceDefinitions.load(areaDir).sources().stream()
                .map(SourceDefinitions.Parsed::definition).filter(d -> d.encoding() != null).toList();
        if (encoded.isEmpty()) return Optional.empty();
        KeyFile keys = KeyFile.load(keyFile);
        Set<String> names = new LinkedHashSet<>();
        EncodedMeta first = null;
        byte[] key = null;
        for (SourceDefinition d : encoded) {
            EncodedMeta m;
            try {
                m = check(areaDir, d, keys);
            } catch (IOException | RuntimeException refused) {
                continue; // ingest refused it too: no records of it to link
            }
            if (first == null) {
                first = m;
                key = keys.key(d.encoding().keyName());
            } else if (!first.keyCheck().equalsIgnoreCase(m.keyCheck()) || !first.bloom().equals(m.bloom())
                    || !exactFields(first).equals(exactFields(m))) {
                throw new IllegalArgumentException("encoded sources disagree on key, Bloom parameters or methods ("
                        + names.iterator().next() + " and " + d.name() + "): encode every extract with the same key and spec");
            }
            names.add(d.name());
        }
        if (first == null) return Optional.empty();
        return Optional.of(new AreaEncoding(Set.copyOf(names), new PprlCodec(key, first.bloom(), exactFields(first)), first.keyCheck()));
    }

    /** Fuzzy fields the partner encoded as exact HMACs ({@code method: hmac}). */
    private static Set<String> exactFields(EncodedMeta m) {
        Set<String> out = new LinkedHashSet<>();
        m.fields().forEach((f, method) -> {
            if (EncodingSpec.HMAC.equals(method) && PprlCodec.fuzzy(f)) out.add(f);
        });
        return out;
    }

    /** The area's link spec on encodings. */
    @Override
    public LinkSpec spec(LinkSpec clear) {
        return EncodedLinkage.spec(clear, codec::isFuzzy);
    }

    /**
     * {@code table} (clear records of the LA's sources and encoded records of {@link #sources},
     * as ingest loaded them) with every value encoded, plus the keyed blocking columns of
     * {@code clearSpec}.
     */
    @Override
    public RecordTable encode(RecordTable table, LinkSpec clearSpec) {
        int n = table.size();
        boolean[] encodedRow = new boolean[n];
        for (int i = 0; i < n; i++) encodedRow[i] = sources.contains(table.sourceName(i));
        Map<String, String[]> out = new LinkedHashMap<>();
        for (Map.Entry<String, Column> e : table.columns().entrySet()) {
            String field = e.getKey();
            out.put(field, column(table, e.getValue(), encodedRow, v -> codec.encode(field, v), v -> v));
        }
        Set<String> keys = new LinkedHashSet<>();
        for (BlockingRuleSpec b : clearSpec.blockingRules()) {
            for (String k : b.keys()) if (!"value".equals(BlockingKeys.transform(k))) keys.add(k);
        }
        for (String k : keys) {
            String field = BlockingKeys.field(k), t = BlockingKeys.transform(k);
            if (!table.has(field)) continue;
            out.put(PprlCodec.blockingColumn(field, t), column(table, table.column(field), encodedRow,
                    v -> codec.blockingKey(field, t, v), v -> partKey(v, t)));
        }
        String[] keyArr = new String[n];
        int[] src = new int[n];
        for (int i = 0; i < n; i++) {
            keyArr[i] = table.key(i);
            src[i] = table.source(i);
        }
        return RecordTable.fromColumns(keyArr, src, table.sourceNames(), out);
    }

    /** The blocking key a transform gives, read from the part of that name of an encoded value. */
    private static String partKey(String encoded, String transform) {
        List<String> codes = PprlCodec.partsOf(encoded).get(transform);
        return codes == null || codes.isEmpty() ? null : codes.get(0);
    }

    /** Each distinct value converted once, by {@code clear} for clear rows and {@code enc} for encoded ones. */
    private static String[] column(RecordTable table, Column c, boolean[] encodedRow,
                                   java.util.function.UnaryOperator<String> clear, java.util.function.UnaryOperator<String> enc) {
        int n = table.size();
        boolean[] needClear = new boolean[c.distinct()], needEnc = new boolean[c.distinct()];
        for (int i = 0; i < n; i++) {
            int id = c.id(i);
            if (id < 0) continue;
            if (encodedRow[i]) needEnc[id] = true;
            else needClear[id] = true;
        }
        String[] dictClear = new String[c.distinct()], dictEnc = new String[c.distinct()];
        IntStream.range(0, dictClear.length).parallel().forEach(v -> {
            if (needClear[v]) dictClear[v] = clear.apply(c.valueOf(v));
            if (needEnc[v]) dictEnc[v] = enc.apply(c.valueOf(v));
        });
        String[] col = new String[n];
        for (int i = 0; i < n; i++) {
            int id = c.id(i);
            col[i] = id < 0 ? null : encodedRow[i] ? dictEnc[id] : dictClear[id];
        }
        return col;
    }
}
