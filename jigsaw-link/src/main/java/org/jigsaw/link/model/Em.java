package org.jigsaw.link.model;

/**
 * Expectation–Maximisation for the two-class (match / non-match) mixture of conditionally
 * independent comparisons, on pattern counts. No labels are used.
 *
 * <p>Both m and u are free here: the candidate pairs were chosen by blocking, so non-matches among
 * them agree on the blocking fields far more often than random pairs do, and holding u at its
 * random-pair value would pull those non-matches into the match class. The random-pair u is the
 * starting point and is what scoring uses afterwards; EM's job is m and the match share.
 */
public final class Em {

    /** Result: m and u per comparison and level, the match share among candidates, iterations run. */
    public record Fit(double[][] m, double[][] u, double lambda, int iterations, boolean converged) {
    }

    private static final double FLOOR = 1e-6;
    /** Share of the matched mass added as pseudo-counts, spread over a comparison's levels. */
    static final double PSEUDO_SHARE = 0.01;

    private Em() {
    }

    public static Fit fit(PatternSpace space, PatternCounts counts, double[][] uStart, int maxIterations, double tolerance) {
        int k = space.size();
        int p = counts.size();
        int[][] lev = new int[p][k];
        double[] c = new double[p];
        for (int i = 0; i < p; i++) {
            long pat = counts.pattern(i);
            for (int j = 0; j < k; j++) lev[i][j] = space.level(pat, j);
            c[i] = counts.count(i);
        }
        double[][] m = new double[k][];
        double[][] u = new double[k][];
        for (int j = 0; j < k; j++) {
            int levels = space.levelCount(j);
            m[j] = initialM(levels);
            u[j] = uStart[j].clone();
        }
        double lambda = 0.1;
        double[] g = new double[p];
        int it = 0;
        boolean converged = false;
        while (it < maxIterations) {
            it++;
            // E-step
            for (int i = 0; i < p; i++) {
                double logM = Math.log(lambda), logU = Math.log(1 - lambda);
                for (int j = 0; j < k; j++) {
                    int l = lev[i][j];
                    if (l == 0) continue;
                    logM += Math.log(m[j][l]);
                    logU += Math.log(u[j][l]);
                }
                g[i] = 1.0 / (1.0 + Math.exp(logU - logM));
            }
            // M-step
            double total = 0, matched = 0;
            double[][] mNew = new double[k][];
            double[][] uNew = new double[k][];
            for (int j = 0; j < k; j++) {
                mNew[j] = new double[m[j].length];
                uNew[j] = new double[u[j].length];
            }
            for (int i = 0; i < p; i++) {
                double gm = c[i] * g[i], gu = c[i] * (1 - g[i]);
                total += c[i];
                matched += gm;
                for (int j = 0; j < k; j++) {
                    int l = lev[i][j];
                    if (l == 0) continue;
                    mNew[j][l] += gm;
                    uNew[j][l] += gu;
                }
            }
            double change = 0;
            for (int j = 0; j < k; j++) {
                // a weak Dirichlet prior: matched mass spread evenly over the levels, so m for a level
                // that matches rarely show (a move, a replaced name) never collapses to zero and one
                // disagreement cannot veto a pair that agrees on everything else
                double mass = 0;
                for (int l = 1; l < mNew[j].length; l++) mass += mNew[j][l];
                double pseudo = PSEUDO_SHARE * mass / (mNew[j].length - 1);
                for (int l = 1; l < mNew[j].length; l++) mNew[j][l] += pseudo;
                normalise(mNew[j]);
                normalise(uNew[j]);
                for (int l = 1; l < mNew[j].length; l++) {
                    change = Math.max(change, Math.abs(mNew[j][l] - m[j][l]));
                    change = Math.max(change, Math.abs(uNew[j][l] - u[j][l]));
                }
            }
            m = mNew;
            u = uNew;
            double newLambda = Math.min(1 - FLOOR, Math.max(FLOOR, matched / Math.max(1, total)));
            change = Math.max(change, Math.abs(newLambda - lambda));
            lambda = newLambda;
            if (change < tolerance) {
                converged = true;
                break;
            }
        }
        return new Fit(m, u, lambda, it, converged);
    }

    /** Strictest level most likely among matches, decreasing after it; "else" least likely. */
    static double[] initialM(int levels) {
        double[] m = new double[levels];
        int real = levels - 1; // levels 1..levels-1 (null excluded)
        if (real == 1) {
            m[1] = 1;
            return m;
        }
        m[1] = 0.8;
        double rest = 0.2;
        for (int l = 2; l < levels; l++) {
            m[l] = rest / 2;
            rest /= 2;
        }
        m[levels - 1] += rest;
        normalise(m);
        return m;
    }

    /** Scales levels 1.. to sum to 1, then floors each at {@link #FLOOR} (and rescales). */
    static void normalise(double[] v) {
        double s = 0;
        for (int l = 1; l < v.length; l++) s += v[l];
        if (s <= 0) s = 1;
        double t = 0;
        for (int l = 1; l < v.length; l++) {
            v[l] = Math.max(v[l] / s, FLOOR);
            t += v[l];
        }
        for (int l = 1; l < v.length; l++) v[l] /= t;
    }
}
