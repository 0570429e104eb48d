package org.jigsaw.link.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jigsaw.link.spec.BlockingRuleSpec;
import org.jigsaw.link.spec.ComparisonSpec;
import org.jigsaw.link.spec.LevelSpec;
import org.jigsaw.link.spec.LinkSpec;

/**
 * One row of a level kind's table: two values of {@code field} (and, for a cross-field level, of
 * the other field) and whether {@code level} holds between them. Engines compare the two records
 * with a comparison of that one level: level 1 when it holds, 2 ("else") when not.
 *
 * @param onEncodings whether the level's encoded counterpart holds, where it approximates the
 *                    clear one differently (a Dice threshold for an edit distance); null = as clear
 */
public record LevelCase(String field, String left, String right, LevelSpec level, boolean holds,
                        Map<String, String> leftOther, Map<String, String> rightOther, Boolean onEncodings) {

    public static LevelCase of(String field, String left, String right, LevelSpec level, boolean holds) {
        return new LevelCase(field, left, right, level, holds, Map.of(), Map.of(), null);
    }

    /** The same case with {@code other} valued on both records (for a cross-field level). */
    public LevelCase with(String other, String leftValue, String rightValue) {
        Map<String, String> l = new HashMap<>(leftOther), r = new HashMap<>(rightOther);
        l.put(other, leftValue);
        r.put(other, rightValue);
        return new LevelCase(field, left, right, level, holds, Map.copyOf(l), Map.copyOf(r), onEncodings);
    }

    /** The same case where the encoded counterpart decides otherwise than the clear level. */
    public LevelCase onEncodings(boolean encodedHolds) {
        return new LevelCase(field, left, right, level, holds, leftOther, rightOther, encodedHolds);
    }

    public ComparisonSpec comparison() {
        return new ComparisonSpec(level.kind(), field, List.of(level), false);
    }

    /** A spec of that one comparison, blocked on its field. */
    public LinkSpec linkSpec() {
        return new LinkSpec(null, null, null, List.of(new BlockingRuleSpec(null, List.of(field))), 0, List.of(comparison()), null, null, null, null);
    }

    public Map<String, String> leftRow() {
        return row(left, leftOther);
    }

    public Map<String, String> rightRow() {
        return row(right, rightOther);
    }

    private Map<String, String> row(String value, Map<String, String> other) {
        Map<String, String> r = new HashMap<>(other);
        r.put(field, value);
        return r;
    }

    /** The comparison level an engine must reach: 1 (the level) or 2 ("else"). */
    public int expected(boolean holds) {
        return holds ? 1 : 2;
    }

    @Override
    public String toString() {
        String extra = leftOther.isEmpty() ? "" : " with " + leftOther + " / " + rightOther;
        return level.kind() + " " + field + ": " + left + " / " + right + extra + (holds ? " holds" : " does not hold");
    }
}
