package org.jigsaw.ingest.rules;

/**
 * A published validation rule.
 *
 * @see RowRule one row on its own
 * @see DuplicateRule rows sharing a value
 * @see EpisodeRule a child's episodes in date order
 */
public sealed interface Rule permits RowRule, DuplicateRule, EpisodeRule {

    /** The code as the published validator prints it, e.g. {@code 107}, {@code 8525}. */
    String code();

    /** One plain line, as the validator words it. */
    String message();

    RuleSeverity severity();

    /** A fresh count for one run of rows. */
    Tally start(RuleContext context);
}
