package org.jigsaw.privacy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * The metadata written next to an encoded file ({@code <file>.meta.json}): enough to compare it
 * with another encoded file — and to refuse to when the keys or parameters differ — without any
 * secret. {@code key_check} is the key's check value, never the key.
 *
 * @param format   {@code jigsaw-pprl-1}
 * @param keyName  name of the linkage key in the key file
 * @param keyCheck check value of that key
 * @param id       output column holding the record id
 * @param fields   output column → method ({@code hmac} or {@code bloom})
 * @param bloom    Bloom-filter parameters for the bloom columns
 * @param rows     records written
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EncodedMeta(String format, @JsonProperty("key_name") String keyName, @JsonProperty("key_check") String keyCheck,
                          String id, Map<String, String> fields, BloomParams bloom, long rows) {
    public static final String FORMAT = "jigsaw-pprl-1";
}
