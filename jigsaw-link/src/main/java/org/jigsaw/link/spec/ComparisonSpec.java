package org.jigsaw.link.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A comparison of one field between two records: ordered levels (strictest first); a blank value
 * on either side is the "null" level and anything that passes no level is "else".
 *
 * @param termFrequency weigh an exact agreement by how rare the value is (names)
 */
public record ComparisonSpec(String name, String field, List<LevelSpec> levels,
                             @JsonProperty("term_frequency") boolean termFrequency) {

    public ComparisonSpec {
        if (field == null || field.isBlank()) throw new IllegalArgumentException("a comparison needs a field");
        if (name == null || name.isBlank()) name = field;
        levels = levels == null ? List.of() : List.copyOf(levels);
    }
}
