package org.jigsaw.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Given-name short forms mapped to canonical names, read from a maintained list
 * ({@code nicknames.txt}: {@code CANONICAL: variant, variant}). A short form can belong to more
 * than one name (ALEX → ALEXANDER, ALEXANDRA); the first line naming it gives the default.
 * Immutable once loaded.
 */
public final class Nicknames {

    private static final Nicknames BUILT_IN = load(List.of());

    /** name → canonical names in file order (the first is the default). */
    private final Map<String, Set<String>> canonical;

    private Nicknames(Map<String, Set<String>> canonical) {
        this.canonical = canonical;
    }

    /** The list shipped with Jigsaw. */
    public static Nicknames builtIn() {
        return BUILT_IN;
    }

    /** The built-in list followed by extra lines in the same format (e.g. an area's local list). */
    public static Nicknames load(List<String> extraLines) {
        Map<String, Set<String>> map = new HashMap<>();
        try (InputStream in = Nicknames.class.getResourceAsStream("nicknames.txt")) {
            if (in == null) throw new IllegalStateException("nicknames.txt missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) add(map, line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String line : extraLines) add(map, line);
        Map<String, Set<String>> frozen = new HashMap<>();
        map.forEach((k, v) -> frozen.put(k, Collections.unmodifiableSet(v)));
        return new Nicknames(Collections.unmodifiableMap(frozen));
    }

    private static void add(Map<String, Set<String>> map, String line) {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) return;
        int colon = s.indexOf(':');
        if (colon <= 0) throw new IllegalArgumentException("nickname line without 'CANONICAL:'");
        String canon = s.substring(0, colon).strip().toUpperCase(Locale.ROOT);
        map.computeIfAbsent(canon, k -> new LinkedHashSet<>()).add(canon);
        for (String v : s.substring(colon + 1).split(",")) {
            String variant = v.strip().toUpperCase(Locale.ROOT);
            if (!variant.isEmpty()) map.computeIfAbsent(variant, k -> new LinkedHashSet<>()).add(canon);
        }
    }

    /** The default canonical name of a standardised given name, or the name itself when unknown. */
    public String canonical(String name) {
        if (name == null) return null;
        Set<String> c = canonical.get(name);
        return c == null ? name : c.iterator().next();
    }

    /** Every canonical name the given name may stand for (the name itself when unknown). */
    public Set<String> canonicals(String name) {
        if (name == null) return Set.of();
        Set<String> c = canonical.get(name);
        return c == null ? Set.of(name) : c;
    }

    /** True when two standardised given names may be the same name (BILL and WILLIAM, ALEX and ALEXANDRA). */
    public boolean equivalent(String a, String b) {
        if (a == null || b == null) return false;
        if (a.equals(b)) return true;
        Set<String> ca = canonicals(a);
        for (String c : canonicals(b)) {
            if (ca.contains(c)) return true;
        }
        return false;
    }
}
