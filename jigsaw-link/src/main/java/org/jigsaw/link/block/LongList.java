package org.jigsaw.link.block;

import java.util.Arrays;

/** A growable {@code long[]}: pairs are packed as {@code (left << 32) | right}. */
public final class LongList {

    private long[] data;
    private int size;

    public LongList(int capacity) {
        data = new long[Math.max(16, capacity)];
    }

    public void add(long v) {
        if (size == data.length) data = Arrays.copyOf(data, Math.max(16, (int) Math.min(Integer.MAX_VALUE - 8, data.length * 2L)));
        data[size++] = v;
    }

    public void addAll(LongList other) {
        if (size + other.size > data.length) data = Arrays.copyOf(data, size + other.size);
        System.arraycopy(other.data, 0, data, size, other.size);
        size += other.size;
    }

    /** Empties the list, keeping its capacity for reuse. */
    public void clear() {
        size = 0;
    }

    public int size() {
        return size;
    }

    public long get(int i) {
        return data[i];
    }

    public long[] toArray() {
        return Arrays.copyOf(data, size);
    }

    public static long pair(int left, int right) {
        return ((long) left << 32) | (right & 0xffffffffL);
    }

    public static int left(long pair) {
        return (int) (pair >>> 32);
    }

    public static int right(long pair) {
        return (int) pair;
    }
}
