package org.jigsaw.link.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One level of a comparison in {@code linkage.yaml}, e.g. {@code {kind: jaro_winkler, threshold: 0.92}}.
 * Which parameters a kind reads is listed in docs/link.md; the others are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LevelSpec(String kind, Double threshold, Integer max, Integer days, String transform,
                        @JsonProperty("min_length") Integer minLength, String field) {

    public LevelSpec(String kind, Double threshold, Integer max, Integer days, String transform, Integer minLength) {
        this(kind, threshold, max, days, transform, minLength, null);
    }

    public static LevelSpec of(String kind) {
        return new LevelSpec(kind, null, null, null, null, null, null);
    }

    /** {@code value}, the parameter {@code param} this level's kind needs; an error naming both when it is absent. */
    public <T> T need(T value, String param) {
        if (value == null) throw new IllegalArgumentException("level '" + kind + "' needs '" + param + "'");
        return value;
    }
}
