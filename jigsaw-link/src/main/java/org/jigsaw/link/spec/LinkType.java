package org.jigsaw.link.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which pairs are considered: within sources, across sources, or both. */
public enum LinkType {
    /** every pair of records (an area: duplicates inside a source and links across sources) */
    DEDUPE_AND_LINK,
    /** only pairs from different sources */
    LINK_ONLY,
    /** only pairs from the same source */
    DEDUPE_ONLY;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static LinkType fromKey(String key) {
        return valueOf(key.trim().toUpperCase(Locale.ROOT));
    }

    public boolean allows(int sourceA, int sourceB) {
        return allows(sourceA == sourceB);
    }

    /** Whether a pair of records from the same source ({@code sameSource}) or from two is considered. */
    public boolean allows(boolean sameSource) {
        return switch (this) {
            case DEDUPE_AND_LINK -> true;
            case LINK_ONLY -> !sameSource;
            case DEDUPE_ONLY -> sameSource;
        };
    }

    /** How many pairs this link type considers among records in sources of the given sizes. */
    public long pairsAmong(long[] sourceSizes) {
        long n = 0, within = 0;
        for (long s : sourceSizes) {
            n += s;
            within += s * (s - 1) / 2;
        }
        long all = n * (n - 1) / 2;
        return switch (this) {
            case DEDUPE_AND_LINK -> all;
            case LINK_ONLY -> all - within;
            case DEDUPE_ONLY -> within;
        };
    }
}
