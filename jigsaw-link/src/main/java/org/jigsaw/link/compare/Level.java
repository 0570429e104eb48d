package org.jigsaw.link.compare;

import org.jigsaw.link.data.Column;

/**
 * One level of a comparison: a test on two values of the same field. Levels are tried in the
 * order the spec lists them and the first that holds is the pair's level, so they go from
 * strictest (exact) to loosest. Blank values never reach a level (blank is the comparison's own
 * "null" level, weight 0).
 *
 * <p>A level is bound to its column once ({@link #bind}), so per-value work such as phonetic
 * codes or parsed dates is done before the pair loop, and the returned {@link Test} only reads
 * arrays.
 */
public interface Level {

    /** Short text shown in explanations, e.g. {@code jaro_winkler>=0.92}. */
    String label();

    /** The test on value ids of {@code column}; must be thread-safe. */
    Test bind(Column column);

    /**
     * A level that also looks at another field of the same two records (names entered in each
     * other's boxes). Its test gets the rows as well as the value ids.
     */
    interface CrossField extends Level {
        /** The other field this level reads. */
        String otherField();

        RowTest bind(Column column, Column other);

        @Override
        default Test bind(Column column) {
            throw new UnsupportedOperationException("a cross-field level is bound with both columns");
        }
    }

    @FunctionalInterface
    interface RowTest {
        /** Rows {@code i}, {@code j} with value ids {@code a}, {@code b} of the comparison's own field. */
        boolean test(int i, int j, int a, int b);
    }

    @FunctionalInterface
    interface Test {
        /** Does the level hold for value ids {@code a} and {@code b} (both ≥ 0)? */
        boolean test(int a, int b);
    }
}
