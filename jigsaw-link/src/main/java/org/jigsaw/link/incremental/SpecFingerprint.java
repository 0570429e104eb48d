package org.jigsaw.link.incremental;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.commons.codec.digest.DigestUtils;
import org.jigsaw.link.spec.LinkSpec;

/**
 * Comparison vectors are only reusable under the same comparisons: the cache is keyed by a hash
 * of the whole link spec and of the Jigsaw version (a new release may compare differently).
 */
public final class SpecFingerprint {

    private static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private SpecFingerprint() {
    }

    public static String of(LinkSpec spec) {
        try {
            String version = SpecFingerprint.class.getPackage().getImplementationVersion();
            return DigestUtils.sha256Hex((version == null ? "development" : version) + "\n" + JSON.writeValueAsString(spec));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint the link spec: " + e.getMessage(), e);
        }
    }
}
