package org.jigsaw.ingest.rules;

/** A rule that one row fails or passes on its own: a missing field, a code not in the list, dates out of order. */
public record RowRule(String code, String message, RuleSeverity severity, Check check) implements Rule {

    /** True when the row fails. */
    @FunctionalInterface
    public interface Check {
        boolean fails(Values row, RuleContext context);
    }

    @Override
    public Tally start(RuleContext context) {
        return new Tally() {
            private long failures;

            @Override
            public void accept(Values row) {
                if (check.fails(row, context)) failures++;
            }

            @Override
            public long failures() {
                return failures;
            }
        };
    }
}
