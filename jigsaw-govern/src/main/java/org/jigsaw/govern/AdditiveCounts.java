package org.jigsaw.govern;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts that add up — one cohort under every filter combination and every breakdown a page offers
 * — released together, so that what is hidden in one place cannot be worked out from what is shown
 * in all the others.
 *
 * <p>Released one at a time, such counts leak through their sums. A breakdown that lists a group as
 * {@code *} tells the reader the group is not empty (so at least 1), and a group left out or shown
 * as 0 is exactly 0; with the age, residence and ICB filters each partitioning the same count, a
 * {@code *} total over seven {@code *} age bands is then at least 7, so exactly 7. Each call of
 * {@link #line} records one such sum, and {@link #release} decides every count once, for all of
 * them:
 * <ol>
 *   <li>primary suppression by the rule;</li>
 *   <li>where the rule shows zeros, a zero in a line that also hides a non-zero count is hidden too,
 *       so a {@code *} no longer says "at least one": it stands for 0 to {@code minimum - 1};</li>
 *   <li>for rules with secondary suppression, no line keeps exactly one hidden entry (it would be
 *       the line's total less its other entries).</li>
 * </ol>
 * The result depends only on the counts, so it is the same on every screen, export and request.
 *
 * @param <K> what identifies a count (e.g. a cohort cell)
 */
public final class AdditiveCounts<K> {
    private final Map<K, Integer> index = new HashMap<>();
    private final List<K> keys = new ArrayList<>();
    private final List<Long> values = new ArrayList<>();
    private final List<int[]> lines = new ArrayList<>();

    /** Records the true count of {@code key}; recording the same key again must give the same count. */
    public void count(K key, long n) {
        if (n < 0) throw new IllegalArgumentException("a count cannot be negative");
        Integer i = index.get(key);
        if (i != null) {
            if (values.get(i) != n) throw new IllegalArgumentException("two different counts for one cell");
            return;
        }
        index.put(key, keys.size());
        keys.add(key);
        values.add(n);
    }

    public boolean has(K key) {
        return index.containsKey(key);
    }

    /** {@code total} is exactly the sum of {@code parts}; every key must already be counted. */
    public void line(K total, Collection<K> parts) {
        int[] line = new int[parts.size() + 1];
        line[0] = id(total);
        int j = 1;
        long sum = 0;
        for (K p : parts) {
            line[j++] = id(p);
            sum += values.get(line[j - 1]);
        }
        if (sum != values.get(line[0])) throw new IllegalArgumentException("the parts do not add up to the total");
        lines.add(line);
    }

    private int id(K key) {
        Integer i = index.get(key);
        if (i == null) throw new IllegalArgumentException("a line names a cell with no count");
        return i;
    }

    public int size() {
        return keys.size();
    }

    /** Every count as {@code rule} releases it, protected across all the lines. */
    public Map<K, Released> release(Suppression rule) {
        int n = keys.size();
        boolean[] hidden = new boolean[n];
        for (int i = 0; i < n; i++) hidden[i] = rule.hides(values.get(i));
        if (!rule.hideZero()) hideZerosBesideHidden(hidden);
        if (rule.secondary()) noLoneHiddenEntry(hidden);
        Map<K, Released> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) out.put(keys.get(i), hidden[i] ? Released.hidden() : rule.count(values.get(i)));
        return out;
    }

    private void hideZerosBesideHidden(boolean[] hidden) {
        boolean[] primary = hidden.clone();
        for (int[] line : lines) {
            boolean any = false;
            for (int i : line) any |= primary[i] && values.get(i) > 0;
            if (!any) continue;
            for (int i : line) if (values.get(i) == 0) hidden[i] = true;
        }
    }

    /**
     * Greedy complementary suppression: while some line hides exactly one entry, hide its smallest
     * visible non-zero part (a visible zero protects nothing), else its total. Hiding only adds, so
     * this ends.
     */
    private void noLoneHiddenEntry(boolean[] hidden) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] line : lines) {
                int count = 0;
                for (int i : line) if (hidden[i]) count++;
                if (count != 1) continue;
                int best = -1;
                for (int j = 1; j < line.length; j++) {
                    int i = line[j];
                    if (!hidden[i] && values.get(i) > 0 && (best < 0 || values.get(i) < values.get(best))) best = i;
                }
                if (best < 0) best = line[0];
                if (hidden[best]) continue;
                hidden[best] = true;
                changed = true;
            }
        }
    }
}
