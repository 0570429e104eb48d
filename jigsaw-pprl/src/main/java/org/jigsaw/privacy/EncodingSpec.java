package org.jigsaw.privacy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jigsaw.area.ConfigYaml;
import org.jigsaw.record.Field;

/**
 * How {@code jigsaw encode} turns a partner's extract into an encoded one (the {@code --map} file,
 * agreed between the partners and shared with the key's check value):
 *
 * <pre>
 * key_check: 1a2b3c4d          # check value of the linkage key both sides must use
 * id: PatientRef               # the partner's own record id, passed through
 * fields:
 *   nhs_number: {column: NHSNumber, method: hmac}
 *   dob:        {column: DateOfBirth, method: hmac, date_formats: [dd/MM/yyyy]}
 *   given_name: {column: Forename, method: bloom}
 *   family_name: {column: Surname, method: bloom}
 *   sex:        {column: Gender, method: hmac}
 *   postcode:   {column: Postcode, method: hmac}
 * keep: [ReferralDate, Service] # non-identifying columns passed through unchanged
 * bloom: {bits: 1024, hashes: 20, q: 2, balanced: false}
 * </pre>
 *
 * Every column not named here is dropped: nothing reaches the output in clear unless listed in
 * {@code keep}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EncodingSpec(@JsonProperty("key_check") String keyCheck, String id, Map<String, FieldEncoding> fields,
                           List<String> keep, BloomParams bloom) {

    public static final String HMAC = "hmac";
    public static final String BLOOM = "bloom";

    /**
     * @param column      the input column
     * @param method      {@code hmac} (exact) or {@code bloom} (fuzzy)
     * @param dateFormats for dates: java.time patterns tried in order
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record FieldEncoding(String column, String method, @JsonProperty("date_formats") List<String> dateFormats) {
    }

    public EncodingSpec {
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        keep = keep == null ? List.of() : List.copyOf(keep);
        bloom = bloom == null ? BloomParams.DEFAULT : bloom;
        for (Map.Entry<String, FieldEncoding> e : fields.entrySet()) {
            try {
                Field.fromKey(e.getKey());
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("encoding spec: unknown field '" + e.getKey() + "'");
            }
            String m = e.getValue().method();
            if (m != null && !HMAC.equals(m) && !BLOOM.equals(m)) {
                throw new IllegalArgumentException("encoding spec: field " + e.getKey() + ": method must be hmac or bloom, not '" + m + "'");
            }
            if (BLOOM.equals(m) && !PprlCodec.fuzzy(e.getKey())) {
                throw new IllegalArgumentException("encoding spec: field " + e.getKey() + " cannot be a Bloom filter (only names, dob,"
                        + " postcode, address, locality); use hmac");
            }
        }
    }

    public static EncodingSpec load(Path file) throws IOException {
        return ConfigYaml.read(file, "encoding spec " + file, EncodingSpec.class);
    }

    /**
     * The spec for an extract whose columns already carry canonical names ({@code nhs_number},
     * {@code dob}…, any case): names and other fuzzy fields as Bloom filters, the rest as HMAC.
     */
    public static EncodingSpec fromHeader(List<String> header) {
        Map<String, FieldEncoding> f = new LinkedHashMap<>();
        String id = null;
        for (String h : header) {
            String k = h.trim().toLowerCase(Locale.ROOT);
            if (id == null && (k.equals("id") || k.equals("record_id") || k.equals("local_id"))) {
                id = h;
                continue;
            }
            try {
                Field field = Field.fromKey(k);
                f.put(field.key(), new FieldEncoding(h, defaultMethod(field), null));
            } catch (IllegalArgumentException e) {
                // not an identifier column: dropped
            }
        }
        return new EncodingSpec(null, id, f, List.of(), null);
    }

    static String defaultMethod(Field f) {
        return PprlCodec.fuzzy(f.key()) ? BLOOM : HMAC;
    }

    String methodOf(String field) {
        FieldEncoding e = fields.get(field);
        return e.method() == null ? defaultMethod(Field.fromKey(field)) : e.method();
    }
}
