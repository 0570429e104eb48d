package org.jigsaw.link.spec;

import java.util.List;

/**
 * Candidate pairs are the records that agree on every key of at least one rule. A key is a field,
 * optionally through a transform: {@code dob}, {@code family_name:metaphone}, {@code postcode:sector}.
 * A record with a blank key part is not blocked by that rule (so blank fields never pair records).
 */
public record BlockingRuleSpec(String name, List<String> keys) {

    public BlockingRuleSpec {
        if (keys == null || keys.isEmpty()) throw new IllegalArgumentException("a blocking rule needs keys");
        keys = List.copyOf(keys);
        if (name == null || name.isBlank()) name = String.join("+", keys);
    }
}
