package org.jigsaw.privacy;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jigsaw.link.spec.LevelSpec;

/**
 * How each clear-text level kind is carried onto encodings, declared for every kind: kept (equality
 * survives keyed encoding), replaced by its encoded counterpart on Bloom-filter fields, or not
 * carried, with the reason. A kind declared nowhere here is an error naming it, never dropped
 * silently: a new level kind must say what becomes of it on encoded sources.
 */
final class EncodedLevels {

    /** Kept on any field: equal values have equal encodings. */
    private static final Set<String> EQUALITY = Set.of("exact", "exact_with");

    /** Kept on Bloom-filter fields: they already work on encodings. */
    private static final Set<String> ENCODED = Set.of("dice", "encoded_key");

    /** The counterpart on a Bloom-filter field; an HMAC field (exact encoding) shows only equality. */
    private static final Map<String, LevelSpec> ON_BLOOM = Map.ofEntries(
            Map.entry("nickname", key("canonical")),
            Map.entry("phonetic", key("metaphone|metaphone_alt")),
            Map.entry("day_month_swapped", key("day_month_either")),
            Map.entry("postcode_sector", key("sector")),
            Map.entry("postcode_district", key("district")),
            Map.entry("damerau_levenshtein", dice(0.8)),
            Map.entry("transposition", dice(0.8)),
            Map.entry("substitutions", dice(0.8)),
            Map.entry("one_component_differs", dice(0.7)),
            Map.entry("jaro_winkler", dice(0.6)),
            Map.entry("token_overlap", dice(0.5)));

    /** Kinds with no encoded counterpart, and why: the price of not seeing the values. */
    private static final Map<String, String> NOT_CARRIED = Map.of(
            "prefix", "a prefix of a value is not visible in its encoding",
            "same_key", "an arbitrary key transform cannot be computed from an encoding",
            "part_of", "a part of a value is not visible in its encoding",
            "swapped", "fields are encoded under different field keys",
            "within_days", "a date's distance is not visible in its encoding");

    private EncodedLevels() {
    }

    /**
     * The level on encodings that stands for {@code clear} in {@code comparison}, or empty when the
     * kind is declared not carried (on this field).
     *
     * @param fuzzy whether the field is encoded as a Bloom filter
     */
    static Optional<LevelSpec> carry(String comparison, boolean fuzzy, LevelSpec clear) {
        String k = clear.kind();
        if ("exact".equals(k)) return Optional.of(LevelSpec.of("exact"));
        if (EQUALITY.contains(k)) return Optional.of(clear);
        if (ENCODED.contains(k)) return fuzzy ? Optional.of(clear) : Optional.empty();
        LevelSpec onBloom = ON_BLOOM.get(k);
        if (onBloom != null) return fuzzy ? Optional.of(onBloom) : Optional.empty();
        if (NOT_CARRIED.containsKey(k)) return Optional.empty();
        throw new IllegalArgumentException("comparison '" + comparison + "': level kind '" + k
                + "' has no declared counterpart on encodings, so encoded sources cannot be linked on it");
    }

    /** Whether {@code kind} reaches encodings on a field encoded so; false also for an undeclared kind. */
    static boolean carries(String kind, boolean fuzzy) {
        return EQUALITY.contains(kind) || fuzzy && (ENCODED.contains(kind) || ON_BLOOM.containsKey(kind));
    }

    /** Why {@code kind} never reaches encodings, if it is declared so. */
    static Optional<String> whyNotCarried(String kind) {
        return Optional.ofNullable(NOT_CARRIED.get(kind));
    }

    private static LevelSpec key(String parts) {
        return new LevelSpec("encoded_key", null, null, null, parts, null);
    }

    private static LevelSpec dice(double t) {
        return new LevelSpec("dice", t, null, null, null, null);
    }
}
