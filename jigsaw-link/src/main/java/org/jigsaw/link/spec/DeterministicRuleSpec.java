package org.jigsaw.link.spec;

import java.util.List;

/** Records that agree exactly on all these (non-blank) fields are the same person, whatever the model says. */
public record DeterministicRuleSpec(String name, List<String> fields) {

    public DeterministicRuleSpec {
        if (fields == null || fields.isEmpty()) throw new IllegalArgumentException("a deterministic rule needs fields");
        fields = List.copyOf(fields);
        if (name == null || name.isBlank()) name = String.join("+", fields);
    }
}
