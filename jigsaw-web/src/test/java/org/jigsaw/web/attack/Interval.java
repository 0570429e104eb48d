package org.jigsaw.web.attack;

/** The whole numbers {@code lo..hi} a true count may still take, as far as the attacker knows. */
public record Interval(long lo, long hi) {
    /** An upper bound for counts nothing bounds (no count of people in an area comes near it). */
    public static final long UNBOUNDED = 10_000_000L;

    public static Interval exactly(long v) {
        return new Interval(v, v);
    }

    public static Interval atLeastZero() {
        return new Interval(0, UNBOUNDED);
    }

    public boolean empty() {
        return lo > hi;
    }

    public boolean pinned() {
        return lo == hi;
    }

    public long size() {
        return empty() ? 0 : hi - lo + 1;
    }

    public Interval intersect(Interval o) {
        return new Interval(Math.max(lo, o.lo), Math.min(hi, o.hi));
    }

    public boolean contains(long v) {
        return v >= lo && v <= hi;
    }

    @Override
    public String toString() {
        return empty() ? "(none)" : pinned() ? Long.toString(lo) : lo + ".." + (hi >= UNBOUNDED ? "∞" : Long.toString(hi));
    }
}
