package org.jigsaw.link.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Given-name equivalence for the nickname level: "ALFIE" agrees with "ALFRED" and "ALEXANDER".
 * The list is the ingest stage's ({@code org/jigsaw/ingest/nicknames.txt}); a variant may belong to
 * several canonical names, and two names agree when their sets of canonical names intersect.
 */
public final class Names {

    private static final String RESOURCE = "/org/jigsaw/ingest/nicknames.txt";
    private static final Map<String, Set<String>> CANONICAL = load();

    private Names() {
    }

    /** The first canonical name of {@code name} (itself when it has none). */
    public static String canonical(String name) {
        String first = firstToken(name);
        Set<String> c = CANONICAL.get(first);
        return c == null ? first : c.iterator().next();
    }

    /** True when the two (standardised, upper-case) given names share a canonical name. */
    public static boolean equivalent(String a, String b) {
        String fa = firstToken(a), fb = firstToken(b);
        if (fa.equals(fb)) return true;
        Set<String> ca = CANONICAL.getOrDefault(fa, Set.of(fa));
        Set<String> cb = CANONICAL.getOrDefault(fb, Set.of(fb));
        for (String x : ca) if (cb.contains(x)) return true;
        return false;
    }

    public static int size() {
        return CANONICAL.size();
    }

    private static String firstToken(String v) {
        String s = v.trim().toUpperCase(Locale.ROOT);
        int sp = s.indexOf(' ');
        return sp < 0 ? s : s.substring(0, sp);
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> m = new HashMap<>();
        try (InputStream in = Names.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return Map.of();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.trim();
                if (line.isEmpty() || line.startsWith("#")) continue;
                int colon = line.indexOf(':');
                if (colon < 0) continue;
                String canon = line.substring(0, colon).trim().toUpperCase(Locale.ROOT);
                m.computeIfAbsent(canon, k -> new LinkedHashSet<>()).add(canon);
                for (String v : line.substring(colon + 1).split(",")) {
                    String variant = v.trim().toUpperCase(Locale.ROOT);
                    if (!variant.isEmpty()) m.computeIfAbsent(variant, k -> new LinkedHashSet<>()).add(canon);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the nickname list", e);
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        m.forEach((k, v) -> frozen.put(k, java.util.Collections.unmodifiableSet(v)));
        return java.util.Collections.unmodifiableMap(frozen);
    }
}
