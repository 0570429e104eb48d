package org.jigsaw.ingest.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rows fail each rule of a pack, for a list Jigsaw writes itself (the Annex A inspection
 * pack), where the area needs to find the rows to fix rather than only count them as an ingest
 * does. Rows are numbered from 0 in the order given. Counts equal {@link RuleRun}'s on the same rows.
 */
public final class FailingRows {

    /** One rule and the rows that fail it (empty when every row passes). */
    public record Result(Rule rule, List<Integer> rows) {
        public Result {
            rows = List.copyOf(rows);
        }
    }

    private FailingRows() {
    }

    /**
     * @throws IllegalArgumentException for a rule over a child's sequence of rows ({@link EpisodeRule}),
     *         which fails episodes, not rows of a list
     */
    public static List<Result> of(RulePack pack, RuleContext context, List<? extends Values> rows) {
        List<Result> out = new ArrayList<>(pack.rules().size());
        for (Rule rule : pack.rules()) out.add(new Result(rule, failing(rule, context, rows)));
        return out;
    }

    private static List<Integer> failing(Rule rule, RuleContext context, List<? extends Values> rows) {
        List<Integer> out = new ArrayList<>();
        if (rule instanceof RowRule row) {
            for (int i = 0; i < rows.size(); i++) if (row.check().fails(rows.get(i), context)) out.add(i);
        } else if (rule instanceof DuplicateRule dup) {
            // as DuplicateRule counts: every row of a value another row shares fails
            Map<String, Integer> seen = new HashMap<>();
            List<String> keys = new ArrayList<>(rows.size());
            for (Values v : rows) {
                String k = dup.key().apply(v);
                keys.add(k == null || k.isBlank() ? null : k);
                if (keys.get(keys.size() - 1) != null) seen.merge(k, 1, Integer::sum);
            }
            for (int i = 0; i < keys.size(); i++) if (keys.get(i) != null && seen.get(keys.get(i)) > 1) out.add(i);
        } else {
            throw new IllegalArgumentException("rule " + rule.code() + " compares a child's episodes, not rows of a list");
        }
        return out;
    }
}
