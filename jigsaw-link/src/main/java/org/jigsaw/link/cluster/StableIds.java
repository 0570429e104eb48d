package org.jigsaw.link.cluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Person IDs that survive refreshes. Each new cluster takes the previous ID held by most of its
 * records (a split leaves the ID with the larger part, a merge keeps the ID of the larger
 * person); clusters with no previous ID get a new opaque one, {@code P} + 12 base-32 characters of
 * a hash of the cluster's smallest record key, so a rerun on the same data reproduces it.
 */
public final class StableIds {

    private static final char[] BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private StableIds() {
    }

    /**
     * @param clusterOf  cluster number per row
     * @param keys       record key per row
     * @param previous   record key → person ID of the previous snapshot (may be empty)
     * @return person ID per cluster number
     */
    public static String[] assign(int[] clusterOf, String[] keys, Map<String, String> previous) {
        int k = 0;
        for (int c : clusterOf) k = Math.max(k, c + 1);
        String[] ids = new String[k];
        String[] minKey = new String[k];
        List<Map<String, Integer>> votes = new ArrayList<>(k);
        for (int c = 0; c < k; c++) votes.add(null);
        for (int i = 0; i < clusterOf.length; i++) {
            int c = clusterOf[i];
            if (minKey[c] == null || keys[i].compareTo(minKey[c]) < 0) minKey[c] = keys[i];
            String prev = previous.get(keys[i]);
            if (prev != null) {
                Map<String, Integer> v = votes.get(c);
                if (v == null) votes.set(c, v = new HashMap<>(4));
                v.merge(prev, 1, Integer::sum);
            }
        }
        // (votes, cluster, previous id), strongest claims first; ties broken by id then cluster
        record Claim(int votes, int cluster, String id) {
        }
        List<Claim> claims = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            Map<String, Integer> v = votes.get(c);
            if (v == null) continue;
            for (Map.Entry<String, Integer> e : v.entrySet()) claims.add(new Claim(e.getValue(), c, e.getKey()));
        }
        claims.sort(Comparator.comparingInt(Claim::votes).reversed()
                .thenComparing(Claim::id).thenComparingInt(Claim::cluster));
        Set<String> used = new HashSet<>(previous.values());
        Set<String> taken = new HashSet<>();
        for (Claim cl : claims) {
            if (ids[cl.cluster()] != null || taken.contains(cl.id())) continue;
            ids[cl.cluster()] = cl.id();
            taken.add(cl.id());
        }
        for (int c = 0; c < k; c++) {
            if (ids[c] != null) continue;
            String id;
            int salt = 0;
            do {
                id = newId(minKey[c], salt++);
            } while (used.contains(id) || taken.contains(id));
            ids[c] = id;
            taken.add(id);
        }
        return ids;
    }

    /** The new ID for a cluster whose smallest record key is {@code seedKey}; public for the Spark engine. */
    public static String newId(String seedKey, int salt) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] h = md.digest(("jigsaw-person\u0000" + salt + "\u0000" + seedKey).getBytes(StandardCharsets.UTF_8));
            long bits = 0;
            for (int i = 0; i < 8; i++) bits = (bits << 8) | (h[i] & 0xff);
            char[] out = new char[13];
            out[0] = 'P';
            for (int i = 1; i < 13; i++) {
                out[i] = BASE32[(int) (bits >>> 59)];
                bits <<= 5;
            }
            return new String(out);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
