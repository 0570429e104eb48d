package org.jigsaw.govern;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Statistical disclosure control for every aggregate leaving Jigsaw.
 *
 * <p>Three rule packs, all expressed by the same parameters:
 * <ul>
 *   <li>{@link #nhsEngland()} (the default): the NHS England rule for HES/ECDS outputs — 0 is
 *       shown, counts of 1–7 are shown as {@code *}, every other count is rounded to the nearest
 *       5, means and medians over fewer than 8 people are not shown.</li>
 *   <li>{@link #openSafely()}: the OpenSAFELY output-checking rule — every count of 7 or fewer,
 *       zero included, is redacted, then the rest rounded to the nearest 5.</li>
 *   <li>{@link #threshold(int)}: primary suppression of counts below a threshold, with secondary
 *       suppression in tables so that no suppressed cell can be worked out from its row or column
 *       totals, and rounding to 5 of everything released.</li>
 * </ul>
 *
 * <p><b>Derived figures.</b> A percentage or rate is computed from the <em>released</em>
 * numerator and the <em>released</em> denominator, and shown to one decimal place, so it carries no
 * more than the two released counts it comes from: a share computed from exact counts gives both
 * counts away (75/207 = 36.2318…% names 207 exactly, whatever the rounded count says).
 *
 * <p><b>Differencing.</b> Every rule rounds <em>every</em> released count (including totals) to a
 * base of at least 5. Two overlapping queries whose true counts differ by one child then release
 * counts whose difference is 0 or 5, and a released difference {@code d} is consistent with any
 * true difference in {@code d-4..d+4}, so no count — in particular a count of 1 — can be recovered
 * from a pair of queries. We chose rounding over a query-set-size or overlap-auditing rule
 * because it is stateless: it protects across users, sessions, screens, CSV and API alike, with
 * nothing to remember and no way round it by two colleagues splitting the queries between them.
 * A round base of 1 disables this protection and is refused.
 *
 * @param rule      the pack's name, as an agreement writes it
 * @param minimum   the smallest non-zero count released
 * @param roundTo   the rounding base of every released count
 * @param secondary whether tables get secondary (complementary) suppression
 * @param hideZero  whether a zero is suppressed too (OpenSAFELY: "counts of 7 or fewer")
 */
public record Suppression(String rule, int minimum, int roundTo, boolean secondary, boolean hideZero) {
    public static final String NHS_ENGLAND = "nhs_england";
    public static final String OPENSAFELY = "opensafely";
    public static final String THRESHOLD = "threshold";

    /** Decimal places of a released percentage or rate: finer digits would say nothing the counts do not. */
    private static final double DERIVED_SCALE = 10.0;

    public Suppression {
        if (minimum < 1) throw new IllegalArgumentException("suppression minimum must be at least 1");
        if (roundTo < 2) {
            throw new IllegalArgumentException("round_to must be at least 2: without rounding, two overlapping"
                    + " queries can reveal a count of 1 by differencing");
        }
    }

    /** Counts 1–7 suppressed, others to the nearest 5; no secondary suppression (rounding protects totals). */
    public static Suppression nhsEngland() {
        return new Suppression(NHS_ENGLAND, 8, 5, false, false);
    }

    /** Counts 0–7 redacted, others to the nearest 5 (OpenSAFELY's output-checking rule). */
    public static Suppression openSafely() {
        return new Suppression(OPENSAFELY, 8, 5, false, true);
    }

    /** Counts 1..minimum-1 suppressed, with secondary suppression; released counts rounded to 5. */
    public static Suppression threshold(int minimum) {
        return threshold(minimum, 5);
    }

    public static Suppression threshold(int minimum, int roundTo) {
        return new Suppression(THRESHOLD, minimum, roundTo, true, false);
    }

    /** The rule an agreement names in YAML ({@code nhs_england}, {@code opensafely} or {@code threshold}). */
    public static Suppression of(String rule, Integer threshold, Integer roundTo) {
        String r = rule == null ? NHS_ENGLAND : rule.trim().toLowerCase(Locale.ROOT);
        return switch (r) {
            case NHS_ENGLAND -> nhsEngland();
            case OPENSAFELY -> openSafely();
            case THRESHOLD -> threshold(threshold == null ? 10 : threshold, roundTo == null ? 5 : roundTo);
            default -> throw new IllegalArgumentException("unknown suppression rule '" + rule
                    + "' (nhs_england, opensafely or threshold)");
        };
    }

    /** The rule protecting output that combines data under both rules: the stricter of each parameter. */
    public Suppression strictest(Suppression other) {
        boolean sec = secondary || other.secondary;
        boolean zero = hideZero || other.hideZero;
        String name = rule.equals(other.rule) ? rule : sec ? THRESHOLD : zero ? OPENSAFELY : NHS_ENGLAND;
        return new Suppression(name, Math.max(minimum, other.minimum), Math.max(roundTo, other.roundTo), sec, zero);
    }

    /** The rule in words, for the DPIA and the agreements page. */
    public String describe() {
        String small = hideZero ? "counts of 0 to " + (minimum - 1) + " shown as *"
                : "counts of 1 to " + (minimum - 1) + " shown as *";
        String name = switch (rule) {
            case NHS_ENGLAND -> "NHS England rule: ";
            case OPENSAFELY -> "OpenSAFELY rule: ";
            default -> "";
        };
        return name + small + (secondary ? " with secondary suppression" : "") + ", others rounded to the nearest " + roundTo
                + "; percentages and rates from the rounded counts; medians and means need " + minimum + " or more people";
    }

    /** A single count (a headline figure, a KPI numerator or denominator). */
    public Released count(long n) {
        if (n < 0) throw new IllegalArgumentException("a count cannot be negative");
        if (hides(n)) return Released.hidden();
        return Released.count(round(n));
    }

    /**
     * A mean, median or other statistic over {@code n} people: hidden when those people are few
     * enough that their count would be hidden. The value itself is shown as computed.
     */
    public Released statistic(double value, long n) {
        if (n < minimum || Double.isNaN(value)) return Released.hidden();
        return new Released(false, value, formatStatistic(value));
    }

    /**
     * A rate (percentage, per 10,000) of two protected counts: hidden when either is, otherwise the
     * <em>released</em> numerator over the <em>released</em> denominator, to one decimal place, so
     * the rate tells nothing the two released counts do not.
     */
    public Released rate(long numerator, long denominator, double per) {
        Released num = count(numerator);
        Released den = count(denominator);
        if (num.suppressed() || den.suppressed() || den.value() <= 0) return Released.hidden();
        double v = Math.round(num.value() * per / den.value() * DERIVED_SCALE) / DERIVED_SCALE;
        return new Released(false, v, formatStatistic(v));
    }

    /**
     * A two-way table: primary suppression, then (for the threshold rule) secondary suppression
     * until no row, column or total line has exactly one hidden entry — a line with a single hidden
     * entry can be solved from its total. Totals are computed from the true cells.
     */
    public ReleasedTable table(long[][] cells) {
        int rows = cells.length;
        int cols = rows == 0 ? 0 : cells[0].length;
        // an (rows+1) x (cols+1) grid: last row and column hold the totals
        long[][] v = new long[rows + 1][cols + 1];
        for (int r = 0; r < rows; r++) {
            if (cells[r].length != cols) throw new IllegalArgumentException("ragged table");
            for (int c = 0; c < cols; c++) {
                long x = cells[r][c];
                if (x < 0) throw new IllegalArgumentException("a count cannot be negative");
                v[r][c] = x;
                v[r][cols] += x;
                v[rows][c] += x;
                v[rows][cols] += x;
            }
        }
        boolean[][] hidden = new boolean[rows + 1][cols + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= cols; c++) {
                hidden[r][c] = hides(v[r][c]);
            }
        }
        if (secondary) secondary(v, hidden, rows, cols);
        Released[][] out = new Released[rows][cols];
        Released[] rowTotals = new Released[rows];
        Released[] colTotals = new Released[cols];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= cols; c++) {
                Released rel = hidden[r][c] ? Released.hidden() : Released.count(round(v[r][c]));
                if (r < rows && c < cols) out[r][c] = rel;
                else if (r < rows) rowTotals[r] = rel;
                else if (c < cols) colTotals[c] = rel;
            }
        }
        Released total = hidden[rows][cols] ? Released.hidden() : Released.count(round(v[rows][cols]));
        return new ReleasedTable(out, rowTotals, colTotals, total);
    }

    /**
     * Greedy complementary suppression. Each line (a row with its total, a column with its total)
     * is an equation; a line with exactly one hidden entry gives that entry away. For each such line
     * we hide one more entry — the smallest non-zero interior cell, to lose as little as possible
     * (zeros are known to be structural too often to protect anything), falling back to the total.
     * Lines with two or more hidden entries can still combine to pin one down, so after the greedy
     * pass an exact linear check ({@link TableSolver}) finds any entry still recoverable and hides
     * one more cell beside it, until none is. Hiding only adds, so both loops end.
     */
    private static void secondary(long[][] v, boolean[][] hidden, int rows, int cols) {
        while (true) {
            greedy(v, hidden, rows, cols);
            List<int[]> exposed = TableSolver.recoverable(hidden, rows, cols);
            if (exposed.isEmpty()) return;
            int[] e = exposed.get(0);
            List<int[]> row = new ArrayList<>();
            for (int c = 0; c <= cols; c++) row.add(new int[] {e[0], c});
            List<int[]> col = new ArrayList<>();
            for (int r = 0; r <= rows; r++) col.add(new int[] {r, e[1]});
            int[] a = smallestVisible(v, hidden, row);
            int[] b = smallestVisible(v, hidden, col);
            int[] pick = a == null ? b : b == null ? a : v[a[0]][a[1]] <= v[b[0]][b[1]] ? a : b;
            if (pick == null) {
                // nothing left beside it: hide the whole table rather than release a recoverable cell
                for (boolean[] line : hidden) java.util.Arrays.fill(line, true);
                return;
            }
            hidden[pick[0]][pick[1]] = true;
        }
    }

    private static int[] smallestVisible(long[][] v, boolean[][] hidden, List<int[]> line) {
        int[] best = null;
        for (int pass = 0; pass < 2 && best == null; pass++) {
            for (int[] p : line) {
                if (hidden[p[0]][p[1]] || (pass == 0 && v[p[0]][p[1]] == 0)) continue;
                if (best == null || v[p[0]][p[1]] < v[best[0]][best[1]]) best = p;
            }
        }
        return best;
    }

    private static void greedy(long[][] v, boolean[][] hidden, int rows, int cols) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r <= rows; r++) {
                List<int[]> line = new ArrayList<>();
                for (int c = 0; c <= cols; c++) line.add(new int[] {r, c});
                changed |= fixLine(v, hidden, line);
            }
            for (int c = 0; c <= cols; c++) {
                List<int[]> line = new ArrayList<>();
                for (int r = 0; r <= rows; r++) line.add(new int[] {r, c});
                changed |= fixLine(v, hidden, line);
            }
        }
    }

    private static boolean fixLine(long[][] v, boolean[][] hidden, List<int[]> line) {
        int count = 0;
        for (int[] p : line) if (hidden[p[0]][p[1]]) count++;
        if (count != 1) return false;
        int[] best = null;
        // interior entries first (the last entry of the line is its total)
        for (int pass = 0; pass < 2 && best == null; pass++) {
            for (int i = 0; i < line.size() - 1; i++) {
                int[] p = line.get(i);
                if (hidden[p[0]][p[1]]) continue;
                long x = v[p[0]][p[1]];
                if (pass == 0 && x == 0) continue;
                if (best == null || x < v[best[0]][best[1]]) best = p;
            }
        }
        if (best == null) best = line.get(line.size() - 1);
        if (hidden[best[0]][best[1]]) return false;
        hidden[best[0]][best[1]] = true;
        return true;
    }

    boolean hides(long n) {
        return n < minimum && (n > 0 || hideZero);
    }

    private long round(long n) {
        return Math.round((double) n / roundTo) * roundTo;
    }

    private static String formatStatistic(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
