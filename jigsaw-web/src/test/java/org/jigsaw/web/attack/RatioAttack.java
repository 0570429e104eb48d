package org.jigsaw.web.attack;

import java.util.Optional;
import java.util.TreeSet;

/**
 * The attacker against a derived figure {@code per × numerator / denominator} (a percentage, a rate
 * per 10,000): which whole (numerator, denominator) pairs, inside the intervals the released counts
 * allow, reproduce the figure to the precision it is shown with? Each {@link Model} is one way the
 * figure may have been computed; only {@link Model#RELEASED} (from rounded counts) is safe, since
 * it tells the attacker nothing the rounded counts did not. A figure no released-count pair
 * reproduces was computed from something finer, and the finer models say how much it gives away
 * (this is how 75/207 exposed a denominator of 207).
 */
public final class RatioAttack {
    private RatioAttack() {
    }

    public enum Model {
        /** from the true numerator and denominator */
        EXACT,
        /** from the rounded numerator and the true denominator */
        ROUNDED_NUMERATOR,
        /** from the rounded numerator and the rounded denominator: nothing finer than the counts */
        RELEASED
    }

    /** A figure as the attacker reads it: a value and how far the truth may be from it. */
    public record Observed(double value, double tolerance) {
        /** A figure read from its shown text ("36.2%", "1,234.5"): true to half its last digit. */
        public static Optional<Observed> ofText(String text) {
            String t = text.trim().replace(",", "").replace("%", "");
            if (!t.matches("[+-]?[0-9]+(\\.[0-9]+)?")) return Optional.empty();
            int dot = t.indexOf('.');
            int decimals = dot < 0 ? 0 : t.length() - dot - 1;
            return Optional.of(new Observed(Double.parseDouble(t), 0.5 * Math.pow(10, -decimals) + 1e-9));
        }

        /** A raw double (as the JSON API serves it): true to its last bit. */
        public static Observed ofRaw(double v) {
            return new Observed(v, 1e-9 * Math.max(1, Math.abs(v)));
        }
    }

    /** The pairs one model allows: numerators and denominators that occur in at least one pair. */
    public record Candidates(TreeSet<Long> numerators, TreeSet<Long> denominators) {
        public boolean possible() {
            return !numerators.isEmpty();
        }
    }

    /** Every (num, den) with num in {@code num}, den in {@code den} that reproduces {@code o} under {@code model}. */
    public static Candidates enumerate(Observed o, double per, Interval num, Interval den, Model model, ReleaseRule rule) {
        TreeSet<Long> nums = new TreeSet<>();
        TreeSet<Long> dens = new TreeSet<>();
        double lo = o.value() - o.tolerance();
        double hi = o.value() + o.tolerance();
        for (long x = num.lo(); x <= num.hi(); x++) {
            double top = per * (model == Model.EXACT ? x : rounded(x, rule));
            if (top == 0) continue;  // a zero figure says nothing about the denominator
            if (lo <= 0) continue;
            // per·top/y in [lo, hi]  ⇔  y in [top/hi, top/lo]
            long yMin = Math.max(den.lo(), (long) Math.ceil(top / hi - 1e-9));
            long yMax = Math.min(den.hi(), (long) Math.floor(top / lo + 1e-9));
            for (long y = Math.max(1, yMin - rule.base()); y <= yMax + rule.base() && y <= den.hi(); y++) {
                if (y < den.lo()) continue;
                double bottom = model == Model.RELEASED ? rounded(y, rule) : y;
                if (bottom <= 0) continue;
                double v = top / bottom;
                if (v >= lo && v <= hi) {
                    nums.add(x);
                    dens.add(y);
                }
            }
        }
        return new Candidates(nums, dens);
    }

    /** The count a true count is released as (0 when it is hidden, which a rate never is computed from). */
    private static long rounded(long n, ReleaseRule rule) {
        if (n < rule.minimum()) return 0;
        return Math.round((double) n / rule.base()) * rule.base();
    }

    /**
     * The attacker's verdict on one derived figure: whether rounded counts in the intervals reproduce
     * it, and, if not, what the finer model that does reproduce it narrows the denominator to.
     */
    public record Verdict(boolean fromReleased, Model finer, Candidates narrowed) {
        public String describe(Interval den) {
            if (fromReleased) return "reproducible from rounded counts";
            if (finer == null) return "reproduced by no model: computed from something else than the counts it stands for";
            return "not reproducible from rounded counts; computed " + finer.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + " it narrows the denominator from " + den + " to " + summary(narrowed.denominators())
                    + " and the numerator to " + summary(narrowed.numerators());
        }

        private static String summary(TreeSet<Long> s) {
            if (s.size() <= 6) return s.toString();
            return s.size() + " values in " + s.first() + ".." + s.last();
        }
    }

    public static Verdict judge(Observed o, double per, Interval num, Interval den, ReleaseRule rule) {
        if (enumerate(o, per, num, den, Model.RELEASED, rule).possible()) return new Verdict(true, null, null);
        for (Model m : new Model[] {Model.ROUNDED_NUMERATOR, Model.EXACT}) {
            Candidates c = enumerate(o, per, num, den, m, rule);
            if (c.possible()) return new Verdict(false, m, c);
        }
        return new Verdict(false, null, null);
    }
}
