package org.jigsaw.cohort;

import java.util.List;

/**
 * Which facts a criterion or KPI looks at: one {@link FactType}, optionally narrowed to some codes
 * (e.g. primary need MLD/SLD/PMLD, caseload service SLT) and to some values (e.g. CAMHS team CORE).
 * Empty lists mean "any".
 */
public record FactMatch(FactType type, List<String> codes, List<String> values) {

    public FactMatch {
        if (type == null) throw new IllegalArgumentException("a fact match needs a fact type");
        codes = codes == null ? List.of() : List.copyOf(codes);
        values = values == null ? List.of() : List.copyOf(values);
    }

    public static FactMatch of(FactType type, String... codes) {
        return new FactMatch(type, List.of(codes), List.of());
    }
}
