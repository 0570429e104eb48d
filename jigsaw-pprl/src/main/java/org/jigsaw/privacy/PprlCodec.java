package org.jigsaw.privacy;

import org.jigsaw.keys.KeyCheck;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.jigsaw.link.data.Names;
import org.jigsaw.link.data.Transforms;
import org.jigsaw.record.Field;

/**
 * The encoding of each field for privacy-preserving linkage, shared by {@code jigsaw encode} (at
 * the partner) and the linker (on the LA's side), so both produce identical codes for identical
 * standardised values.
 *
 * <p>An encoded value is {@code <main>[~<part>=<codes>]...}: the main code is a keyed Bloom filter
 * (fuzzy fields: names, dates of birth, postcodes, addresses) or a keyed HMAC (exact fields:
 * NHS number, UPN, sex…); the parts are keyed HMACs of what the clear-text levels derive from a
 * value — canonical forms of nicknames, phonetic codes, postcode sector and district, the date
 * with day and month in either order — so those levels have encoded counterparts
 * ({@link EncodedKeyLevel}). Equal values give equal strings, so {@code exact} levels, term
 * frequencies and deterministic rules work on encodings unchanged. Blocking keys with a transform
 * ({@code family_name:metaphone}) become their own keyed columns ({@link #blockingColumn}).
 */
public final class PprlCodec {
    /** Separates the main code from the parts; not in the base64 alphabets. */
    public static final char PART = '~';

    private final byte[] key;
    private final BloomParams bloom;
    private final Set<String> exactFields;
    private final Map<String, BloomEncoder> blooms = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, ExactEncoder> exacts = new java.util.concurrent.ConcurrentHashMap<>();

    public PprlCodec(byte[] key, BloomParams bloom) {
        this(key, bloom, Set.of());
    }

    /** @param exactFields fuzzy fields to encode as exact HMAC codes anyway (e.g. {@code dob} when no typo tolerance is wanted) */
    public PprlCodec(byte[] key, BloomParams bloom, Set<String> exactFields) {
        this.key = key.clone();
        this.bloom = bloom;
        this.exactFields = Set.copyOf(exactFields);
    }

    /** Whether this codec encodes {@code field} as a Bloom filter. */
    public boolean isFuzzy(String field) {
        return fuzzy(field) && !exactFields.contains(field);
    }

    public BloomParams bloom() {
        return bloom;
    }

    /** Whether a field is by default encoded as a Bloom filter (fuzzy) rather than an HMAC (exact). */
    public static boolean fuzzy(String field) {
        return switch (field) {
            case "given_name", "middle_names", "family_name", "former_family_name", "dob", "postcode", "address", "locality" -> true;
            default -> false;
        };
    }

    /**
     * The parts (derived keys) a field's encoding carries. {@code initial} and {@code year_month}
     * serve only blocking: an encoded record that arrives through ingest has no blocking-key
     * columns, so the area linker reads its keys from the parts (see {@link AreaEncoding}); they
     * reveal no more than the blocking-key columns {@code jigsaw encode} writes anyway.
     */
    static List<String> parts(String field) {
        return switch (field) {
            case "given_name", "middle_names" -> List.of("canonical", "metaphone", "metaphone_alt", "initial");
            case "family_name", "former_family_name" -> List.of("metaphone", "metaphone_alt");
            case "dob" -> List.of("day_month_either", "year_month");
            case "postcode" -> List.of("sector", "district");
            default -> List.of();
        };
    }

    /** The encoding of a standardised value of {@code field}; null for blank. */
    public String encode(String field, String value) {
        if (value == null || value.isBlank()) return null;
        StringBuilder sb = new StringBuilder(isFuzzy(field) ? bloomOf(field).encode(bloomInput(field, value)).toBase64()
                : exactOf(field).encode(value));
        for (String part : parts(field)) {
            Set<String> derived = derive(field, part, value);
            if (derived.isEmpty()) continue;
            sb.append(PART).append(part).append('=');
            int i = 0;
            for (String d : derived) {
                if (i++ > 0) sb.append(',');
                sb.append(shortCode(field + ":" + part, d));
            }
        }
        return sb.toString();
    }

    /** Name of the column holding an encoded blocking key {@code field:transform}. */
    public static String blockingColumn(String field, String transform) {
        return field + "__" + transform;
    }

    /** The keyed blocking key {@code field:transform} of a standardised value; null when the transform gives none. */
    public String blockingKey(String field, String transform, String value) {
        if (value == null || value.isBlank()) return null;
        String t = Transforms.named(transform).apply(value);
        return t == null || t.isBlank() ? null : shortCode(field + ":" + transform, t);
    }

    /** Keyed check of this codec's key, to write next to encodings. */
    public String keyCheck() {
        return KeyCheck.of(key);
    }

    private String bloomInput(String field, String value) {
        // dates as digits only, so one mistyped digit costs two bigrams, not the separators
        return "dob".equals(field) ? value.replaceAll("[^0-9]", "") : value;
    }

    private Set<String> derive(String field, String part, String value) {
        Set<String> out = new TreeSet<>();
        switch (part) {
            case "canonical" -> out.addAll(Names.canonicals(value));
            case "day_month_either" -> {
                try {
                    LocalDate d = LocalDate.parse(value);
                    int a = Math.min(d.getMonthValue(), d.getDayOfMonth()), b = Math.max(d.getMonthValue(), d.getDayOfMonth());
                    out.add(d.getYear() + "-" + a + "-" + b);
                } catch (java.time.DateTimeException e) {
                    // not an ISO date: no part
                }
            }
            default -> {
                UnaryOperator<String> t = Transforms.named(part);
                String v = t.apply(value);
                if (v != null && !v.isBlank()) out.add(v);
            }
        }
        return out;
    }

    private String shortCode(String label, String value) {
        byte[] h = exactOf(label).raw(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(h, 12));
    }

    private BloomEncoder bloomOf(String field) {
        return blooms.computeIfAbsent(field, f -> new BloomEncoder(key, f, bloom));
    }

    private ExactEncoder exactOf(String field) {
        return exacts.computeIfAbsent(field, f -> new ExactEncoder(key, f));
    }

    /** Splits an encoded value into its main code and its parts (part name → codes). */
    public static Map<String, List<String>> partsOf(String encoded) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (encoded == null) return out;
        String[] pieces = encoded.split(String.valueOf(PART));
        for (int i = 1; i < pieces.length; i++) {
            int eq = pieces[i].indexOf('=');
            if (eq < 0) continue;
            out.put(pieces[i].substring(0, eq), new ArrayList<>(Arrays.asList(pieces[i].substring(eq + 1).split(","))));
        }
        return out;
    }

    /** The main code of an encoded value. */
    public static String main(String encoded) {
        int i = encoded.indexOf(PART);
        return i < 0 ? encoded : encoded.substring(0, i);
    }

    static String canonicalField(String column) {
        String k = column.trim().toLowerCase(Locale.ROOT);
        try {
            return Field.fromKey(k).key();
        } catch (IllegalArgumentException e) {
            return k;
        }
    }
}
