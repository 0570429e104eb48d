package org.jigsaw.privacy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jigsaw.link.compare.Level;
import org.jigsaw.link.data.Column;

/**
 * Comparison level on the keyed parts of an encoded value ({@link PprlCodec}): the two values share
 * a code in any of the named parts — the encoded counterpart of {@code nickname} (part
 * {@code canonical}), {@code phonetic} ({@code metaphone}, {@code metaphone_alt}),
 * {@code day_month_swapped} ({@code day_month_either}), {@code postcode_sector} ({@code sector})
 * and {@code postcode_district} ({@code district}). In YAML: {@code {kind: encoded_key, transform: metaphone|metaphone_alt}}.
 */
public record EncodedKeyLevel(List<String> parts) implements Level {

    public EncodedKeyLevel {
        if (parts == null || parts.isEmpty()) throw new IllegalArgumentException("encoded_key needs the part name(s) in 'transform'");
        parts = List.copyOf(parts);
    }

    public static EncodedKeyLevel of(String transform) {
        if (transform == null) throw new IllegalArgumentException("encoded_key needs the part name(s) in 'transform'");
        return new EncodedKeyLevel(List.of(transform.split("\\|")));
    }

    @Override
    public String label() {
        return "encoded_key[" + String.join("|", parts) + "]";
    }

    @Override
    public Test bind(Column column) {
        // each distinct value's codes, per part, as small sorted int arrays
        int p = parts.size();
        int[][][] codes = new int[column.distinct()][p][];
        List<Map<String, Integer>> ids = new java.util.ArrayList<>();
        for (int k = 0; k < p; k++) ids.add(new HashMap<>());
        for (int v = 0; v < codes.length; v++) {
            Map<String, List<String>> all = PprlCodec.partsOf(column.valueOf(v));
            for (int k = 0; k < p; k++) {
                Map<String, Integer> idk = ids.get(k);
                codes[v][k] = all.getOrDefault(parts.get(k), List.of()).stream()
                        .mapToInt(c -> idk.computeIfAbsent(c, x -> idk.size())).sorted().toArray();
            }
        }
        return (a, b) -> {
            for (int k = 0; k < p; k++) if (intersects(codes[a][k], codes[b][k])) return true;
            return false;
        };
    }

    private static boolean intersects(int[] x, int[] y) {
        int i = 0, j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) return true;
            if (x[i] < y[j]) i++;
            else j++;
        }
        return false;
    }
}
