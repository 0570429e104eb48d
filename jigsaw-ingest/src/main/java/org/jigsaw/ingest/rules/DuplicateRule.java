package org.jigsaw.ingest.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Rows that share a value another row also has (Annex A 109 duplicated UPN, CIN 8510 LA child id):
 * every row of a shared value fails, as in the validators. Blank values are never duplicates.
 *
 * @param key the value compared, normalised; null or blank for none
 */
public record DuplicateRule(String code, String message, RuleSeverity severity, Function<Values, String> key) implements Rule {

    @Override
    public Tally start(RuleContext context) {
        return new Tally() {
            // value → rows holding it; held only in memory for the run and never reported
            private final Map<String, Integer> seen = new HashMap<>();

            @Override
            public void accept(Values row) {
                String k = key.apply(row);
                if (k != null && !k.isBlank()) seen.merge(k, 1, Integer::sum);
            }

            @Override
            public long failures() {
                return seen.values().stream().filter(n -> n > 1).mapToLong(Integer::longValue).sum();
            }
        };
    }
}
