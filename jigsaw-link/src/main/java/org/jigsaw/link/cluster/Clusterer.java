package org.jigsaw.link.cluster;

import java.util.Arrays;

/**
 * Greedy constrained clustering: links are merged strongest first (clerical matches, then
 * deterministic rules, then by match weight), and a merge is refused when any record of one
 * cluster cannot link with any record of the other, or when the merged cluster would exceed the
 * size limit. So a weak chain (A–B strong, B–C weak) never overrules a constraint, and the
 * outcome does not depend on input order.
 */
public final class Clusterer {

    private final int[] parent;
    private final int[] size;
    private final int[] next;
    private final int[] tail;
    private final CannotLink cannotLink;
    private final int maxClusterSize;

    public Clusterer(int records, CannotLink cannotLink, int maxClusterSize) {
        parent = new int[records];
        size = new int[records];
        next = new int[records];
        tail = new int[records];
        for (int i = 0; i < records; i++) {
            parent[i] = i;
            size[i] = 1;
            next[i] = -1;
            tail[i] = i;
        }
        this.cannotLink = cannotLink;
        this.maxClusterSize = maxClusterSize;
    }

    public int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** Outcome of {@link #link}. */
    public enum Outcome {
        LINKED, REFUSED_BY_CONSTRAINT, REFUSED_BY_UNIQUENESS, REFUSED_BY_SIZE;

        public boolean together() {
            return this == LINKED;
        }
    }

    /** Merges the clusters of a and b unless a constraint or the size limit forbids it. */
    public Outcome link(int a, int b, boolean force) {
        int ra = find(a), rb = find(b);
        if (ra == rb) return Outcome.LINKED;
        if (!force) {
            if (size[ra] + size[rb] > maxClusterSize) return Outcome.REFUSED_BY_SIZE;
            for (int x = ra; x >= 0; x = next[x]) {
                for (int y = rb; y >= 0; y = next[y]) {
                    if (cannotLink.forbids(x, y)) return Outcome.REFUSED_BY_CONSTRAINT;
                    if (cannotLink.forbidsAsDuplicateInSource(x, y)) return Outcome.REFUSED_BY_UNIQUENESS;
                }
            }
        }
        if (size[ra] < size[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
        next[tail[ra]] = rb;
        tail[ra] = tail[rb];
        return Outcome.LINKED;
    }

    /** Cluster number (0..k-1, in order of each cluster's first row) for every row. */
    public int[] clusters() {
        int n = parent.length;
        int[] id = new int[n];
        Arrays.fill(id, -1);
        int[] byRoot = new int[n];
        Arrays.fill(byRoot, -1);
        int k = 0;
        for (int i = 0; i < n; i++) {
            int r = find(i);
            if (byRoot[r] < 0) byRoot[r] = k++;
            id[i] = byRoot[r];
        }
        return id;
    }
}
