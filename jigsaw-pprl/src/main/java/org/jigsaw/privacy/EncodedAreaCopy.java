package org.jigsaw.privacy;

import org.jigsaw.keys.KeyFile;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jigsaw.area.Area;
import org.jigsaw.area.FileTrees;
import org.jigsaw.ingest.SourceDefinition;
import org.jigsaw.ingest.SourceDefinitions;
import org.jigsaw.link.spec.LinkSpec;

/**
 * A copy of an area in which some sources arrive as a partner would send them under
 * privacy-preserving linkage: each chosen source's extract is run through {@code jigsaw encode}
 * ({@link PprlEncoder}) — identifier columns encoded, the columns its facts use kept, the rest
 * dropped — and its definition rewritten to read the encoded file ({@code encoding:} set, fields
 * named by their canonical keys). The clear extract is not copied. Used to measure encoded
 * against clear-text linkage of a synthetic area, and as a worked example of the partner's
 * side of the how-to.
 */
public final class EncodedAreaCopy {
    private EncodedAreaCopy() {
    }

    /** The sources a health partner sends. */
    public static final Predicate<SourceDefinition> HEALTH = d -> "health".equalsIgnoreCase(d.agency());

    /**
     * Copies {@code area} to {@code target} (which must not exist or be empty; snapshots are left
     * out) and encodes the sources {@code which} selects with key {@code keyName} of {@code keys}.
     *
     * @return the names of the encoded sources
     */
    public static List<String> write(Path area, Path target, KeyFile keys, String keyName, Predicate<SourceDefinition> which)
            throws IOException {
        if (Files.isDirectory(target)) {
            try (Stream<Path> s = Files.list(target)) {
                if (s.findAny().isPresent()) throw new IOException("target " + target + " is not empty");
            }
        }
        // an encoded copy starts without the clear-text snapshots
        FileTrees.copy(area, target, p -> !p.startsWith(area.resolve("snapshots")));
        LinkSpec linkSpec = LinkSpec.forArea(area);
        List<String> encoded = new ArrayList<>();
        for (SourceDefinitions.Parsed p : SourceDefinitions.load(area).sources()) {
            SourceDefinition d = p.definition();
            if (!which.test(d)) continue;
            String type = d.format() == null || d.format().type() == null ? "csv" : d.format().type();
            if (!"csv".equalsIgnoreCase(type)) throw new IOException("source " + d.name() + ": only CSV extracts can be encoded");
            List<Path> files = SourceDefinitions.files(area, d);
            if (files.size() != 1) throw new IOException("source " + d.name() + ": expected one file, found " + files.size());
            Path in = files.get(0);
            String rel = "extracts/" + d.name() + ".enc.csv";
            Path out = target.resolve(rel);
            Files.deleteIfExists(target.resolve(area.relativize(in)));
            new PprlEncoder(keys, keyName, specFor(d), linkSpec).encode(in, out);
            SourceDefinition enc = encodedDefinition(d, rel, keyName);
            Path yaml = target.resolve("sources").resolve(Path.of(p.yamlFile()).getFileName().toString());
            Files.writeString(yaml, "# " + d.name() + " as encoded by 'jigsaw encode' (privacy-preserving linkage)\n"
                    + writer().writeValueAsString(enc));
            encoded.add(d.name());
        }
        return encoded;
    }

    /** What {@code jigsaw encode --map} would say for this source: its identifier columns, and the columns its facts use. */
    static EncodingSpec specFor(SourceDefinition d) {
        Map<String, EncodingSpec.FieldEncoding> fields = new LinkedHashMap<>();
        if (d.fields() != null) {
            d.fieldColumns().forEach((field, column) -> fields.put(field, new EncodingSpec.FieldEncoding(column, null, d.dateFormats())));
        }
        return new EncodingSpec(null, d.idLabel(), fields, List.copyOf(factColumns(d)), null);
    }

    private static Set<String> factColumns(SourceDefinition d) {
        Set<String> cols = new LinkedHashSet<>();
        if (d.facts() == null) return cols;
        Set<String> identifiers = d.fields() == null ? Set.of() : Set.copyOf(d.fieldColumns().values());
        for (SourceDefinition.FactRule f : d.facts()) {
            for (String c : new String[] {f.start(), f.end(), f.date(), f.code(), f.value(), f.when() == null ? null : f.when().column()}) {
                if (c != null && !c.isBlank() && !c.startsWith("=") && !identifiers.contains(c)) cols.add(c);
            }
        }
        return cols;
    }

    private static SourceDefinition encodedDefinition(SourceDefinition d, String file, String keyName) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (d.fields() != null) d.fields().keySet().forEach(f -> fields.put(f, f));
        Set<String> identifiers = d.fields() == null ? Set.of() : Set.copyOf(d.fieldColumns().values());
        Map<String, Map<String, String>> values = null;
        if (d.values() != null) {
            values = new LinkedHashMap<>(d.values());
            values.keySet().removeIf(identifiers::contains); // the column is now an encoding
        }
        SourceDefinition.Format csv = new SourceDefinition.Format("csv", ",", "\"", "UTF-8", null, null, null);
        return new SourceDefinition(d.name(), d.agency(), d.dataset(), file, csv, d.extractDate(), "id", fields,
                d.dateFormats(), values, d.required(), d.facts(),
                new SourceDefinition.Encoding(keyName, file + ".meta.json"));
    }

    private static ObjectMapper writer() {
        return Area.yaml().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }
}
