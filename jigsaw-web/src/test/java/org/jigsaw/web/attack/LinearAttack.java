package org.jigsaw.web.attack;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * The attacker's linear system: one unknown per true count, its released interval, and equations
 * the attacker knows hold exactly (a table's cells sum to its total, a breakdown over every value of
 * a filter sums to the unfiltered figure). {@link #solve} narrows every unknown as far as the
 * equations allow.
 *
 * <p>Two stages, both <em>sound</em> (every value they rule out is truly impossible, so a pin they
 * report is a real disclosure): interval propagation over the whole system to a fixed point, then,
 * for each suppressed unknown still unpinned, the exact LP minimum and maximum
 * ({@link SimplexSolver}) over the equations around it — the equations within {@code radius} steps of
 * it, with every other unknown held to its propagated interval. Dropping far equations only widens
 * what the LP allows, so the answer stays sound; on the planted cases the radius covers the whole
 * system and the LP is exact (up to integrality: its bounds are rounded inwards).
 */
public final class LinearAttack {
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<Interval> released = new ArrayList<>();
    private final List<Boolean> suppressed = new ArrayList<>();
    private final List<Map<Integer, Integer>> equations = new ArrayList<>();
    private final int radius;
    private final int maxLpUnknowns;

    public LinearAttack() {
        this(3, 160);
    }

    /** @param radius how many equation steps around a cell its LP takes in; @param maxLpUnknowns a cap on one LP's size */
    public LinearAttack(int radius, int maxLpUnknowns) {
        this.radius = radius;
        this.maxLpUnknowns = maxLpUnknowns;
    }

    /** What the attack found out about one unknown. */
    public record Recovery(String name, boolean suppressed, Interval released, Interval deduced) {
        public boolean narrowed() {
            return deduced.size() < released.size();
        }
    }

    /** The outcome: every unknown's deduced interval, and any equation the released figures contradict. */
    public record Result(List<Recovery> recoveries, List<String> contradictions) {
        public List<Recovery> pinnedSuppressed() {
            return recoveries.stream().filter(r -> r.suppressed() && r.deduced().pinned()).toList();
        }

        public List<Recovery> narrowedSuppressed() {
            return recoveries.stream().filter(r -> r.suppressed() && r.narrowed()).toList();
        }

        public Recovery of(String name) {
            return recoveries.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow(() -> new IllegalArgumentException(name));
        }
    }

    public boolean has(String name) {
        return index.containsKey(name);
    }

    /**
     * Adds an unknown, or narrows one already known (the same figure released twice); returns false
     * when the new release contradicts the old one.
     */
    public boolean release(String name, Interval interval, boolean isSuppressed) {
        Integer i = index.get(name);
        if (i == null) {
            index.put(name, names.size());
            names.add(name);
            released.add(interval);
            suppressed.add(isSuppressed);
            return true;
        }
        Interval both = released.get(i).intersect(interval);
        released.set(i, both);
        suppressed.set(i, suppressed.get(i) || isSuppressed);
        return !both.empty();
    }

    /** An unknown the attacker has no release for (e.g. a group nobody is shown): any count. */
    public void unknown(String name) {
        if (!has(name)) release(name, Interval.atLeastZero(), false);
    }

    /** {@code total = Σ parts}, exactly. Every name must be known. */
    public void sum(String total, Collection<String> parts) {
        Map<Integer, Integer> e = new LinkedHashMap<>();
        e.merge(id(total), -1, Integer::sum);
        for (String p : parts) e.merge(id(p), 1, Integer::sum);
        e.values().removeIf(c -> c == 0);
        if (!e.isEmpty()) equations.add(e);
    }

    private int id(String name) {
        Integer i = index.get(name);
        if (i == null) throw new IllegalArgumentException("unknown " + name);
        return i;
    }

    public int unknowns() {
        return names.size();
    }

    public int equationCount() {
        return equations.size();
    }

    public Result solve() {
        long[] lo = new long[names.size()];
        long[] hi = new long[names.size()];
        for (int i = 0; i < lo.length; i++) {
            lo[i] = released.get(i).lo();
            hi[i] = released.get(i).hi();
        }
        List<String> contradictions = new ArrayList<>();
        propagate(lo, hi, contradictions);
        List<List<Integer>> byUnknown = new ArrayList<>();
        for (int i = 0; i < lo.length; i++) byUnknown.add(new ArrayList<>());
        for (int e = 0; e < equations.size(); e++) for (int v : equations.get(e).keySet()) byUnknown.get(v).add(e);
        if (contradictions.isEmpty()) {
            for (int i = 0; i < lo.length; i++) {
                if (!suppressed.get(i) || lo[i] == hi[i] || byUnknown.get(i).isEmpty()) continue;
                long[] lp = lp(i, lo, hi, byUnknown);
                if (lp == null) {
                    contradictions.add("no counts satisfy the equations around " + names.get(i));
                    continue;
                }
                lo[i] = Math.max(lo[i], lp[0]);
                hi[i] = Math.min(hi[i], lp[1]);
            }
        }
        List<Recovery> out = new ArrayList<>();
        for (int i = 0; i < lo.length; i++) out.add(new Recovery(names.get(i), suppressed.get(i), released.get(i), new Interval(lo[i], hi[i])));
        return new Result(out, contradictions);
    }

    /** Bounds propagation: each equation bounds each of its unknowns by the others' bounds, until nothing moves. */
    private void propagate(long[] lo, long[] hi, List<String> contradictions) {
        Deque<Integer> work = new ArrayDeque<>();
        boolean[] queued = new boolean[equations.size()];
        List<List<Integer>> byUnknown = new ArrayList<>();
        for (int i = 0; i < lo.length; i++) byUnknown.add(new ArrayList<>());
        for (int e = 0; e < equations.size(); e++) {
            work.add(e);
            queued[e] = true;
            for (int v : equations.get(e).keySet()) byUnknown.get(v).add(e);
        }
        while (!work.isEmpty()) {
            int e = work.poll();
            queued[e] = false;
            Map<Integer, Integer> eq = equations.get(e);
            long minSum = 0;
            long maxSum = 0;
            for (Map.Entry<Integer, Integer> t : eq.entrySet()) {
                long a = t.getValue();
                minSum += a > 0 ? a * lo[t.getKey()] : a * hi[t.getKey()];
                maxSum += a > 0 ? a * hi[t.getKey()] : a * lo[t.getKey()];
            }
            for (Map.Entry<Integer, Integer> t : eq.entrySet()) {
                int v = t.getKey();
                long a = t.getValue();
                // a·x = −(rest): rest lies in [minSum − own min term, maxSum − own max term]
                long restMin = minSum - (a > 0 ? a * lo[v] : a * hi[v]);
                long restMax = maxSum - (a > 0 ? a * hi[v] : a * lo[v]);
                long nlo;
                long nhi;
                if (a > 0) {
                    nlo = -Math.floorDiv(restMax, a);          // ceil(−restMax / a)
                    nhi = Math.floorDiv(-restMin, a);
                } else {
                    long b = -a;
                    nlo = -Math.floorDiv(-restMin, b);         // ceil(restMin / b)
                    nhi = Math.floorDiv(restMax, b);
                }
                if (nlo > lo[v] || nhi < hi[v]) {
                    lo[v] = Math.max(lo[v], nlo);
                    hi[v] = Math.min(hi[v], nhi);
                    if (lo[v] > hi[v]) {
                        contradictions.add("the released figures contradict an equation on " + names.get(v));
                        return;
                    }
                    for (int f : byUnknown.get(v)) {
                        if (!queued[f]) {
                            queued[f] = true;
                            work.add(f);
                        }
                    }
                    minSum = 0;
                    maxSum = 0;
                    for (Map.Entry<Integer, Integer> u : eq.entrySet()) {
                        long c = u.getValue();
                        minSum += c > 0 ? c * lo[u.getKey()] : c * hi[u.getKey()];
                        maxSum += c > 0 ? c * hi[u.getKey()] : c * lo[u.getKey()];
                    }
                }
            }
        }
    }

    /** The LP minimum and maximum of unknown {@code target} over the equations near it; null when infeasible. */
    private long[] lp(int target, long[] lo, long[] hi, List<List<Integer>> byUnknown) {
        Set<Integer> eqs = new HashSet<>();
        List<Integer> vars = new ArrayList<>(List.of(target));
        Set<Integer> seen = new HashSet<>(vars);
        List<Integer> frontier = List.of(target);
        for (int step = 0; step < radius && !frontier.isEmpty(); step++) {
            List<Integer> next = new ArrayList<>();
            for (int v : frontier) {
                for (int e : byUnknown.get(v)) {
                    if (eqs.contains(e)) continue;
                    Set<Integer> add = new HashSet<>(equations.get(e).keySet());
                    add.removeAll(seen);
                    if (vars.size() + add.size() > maxLpUnknowns) continue;
                    eqs.add(e);
                    for (int u : add) {
                        seen.add(u);
                        vars.add(u);
                        next.add(u);
                    }
                }
            }
            frontier = next;
        }
        Map<Integer, Integer> col = new LinkedHashMap<>();
        for (int v : vars) col.put(v, col.size());
        int n = vars.size();
        List<LinearConstraint> cons = new ArrayList<>();
        // unknowns are shifted to y = x − lo ≥ 0, so only the upper bounds need constraints
        for (int v : vars) {
            double[] c = new double[n];
            c[col.get(v)] = 1;
            cons.add(new LinearConstraint(c, Relationship.LEQ, hi[v] - lo[v]));
        }
        for (int e : eqs) {
            double[] c = new double[n];
            double rhs = 0;
            for (Map.Entry<Integer, Integer> t : equations.get(e).entrySet()) {
                c[col.get(t.getKey())] = t.getValue();
                rhs -= (double) t.getValue() * lo[t.getKey()];
            }
            cons.add(new LinearConstraint(c, Relationship.EQ, rhs));
        }
        double[] obj = new double[n];
        obj[0] = 1;
        try {
            double min = optimise(obj, cons, GoalType.MINIMIZE);
            double max = optimise(obj, cons, GoalType.MAXIMIZE);
            return new long[] {lo[target] + (long) Math.ceil(min - 1e-6), lo[target] + (long) Math.floor(max + 1e-6)};
        } catch (NoFeasibleSolutionException e) {
            return null;
        }
    }

    private static double optimise(double[] obj, List<LinearConstraint> cons, GoalType goal) {
        PointValuePair p = new SimplexSolver().optimize(new MaxIter(100_000), new LinearObjectiveFunction(obj, 0),
                new LinearConstraintSet(cons), goal, new NonNegativeConstraint(true));
        return p.getValue();
    }
}
