package org.jigsaw.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One column's value mapping, compiled once per source. Keys are tried in this order:
 * an exact code ({@code "1": M}), the same in upper case, then prefixes ({@code "N1*": N1}, any case)
 * and patterns ({@code "/^a\)/i": M}; {@code $1} in the value is the first group) in the order
 * written. Patterns run once per distinct raw code: results are remembered, because a column holds
 * few distinct codes and a regex per row would cost more than the rest of the row.
 * Safe to share between the reading thread and the loader's thread.
 */
final class ValueMap {

    /** Distinct codes remembered per column; beyond this, patterns simply run again. */
    private static final int MEMO_LIMIT = 4096;
    private static final String NO_MATCH = new String("\u0000");

    private record Rule(String prefix, Pattern pattern, String value) {
    }

    private final Map<String, String> exact = new HashMap<>();
    private final List<Rule> rules = new ArrayList<>();
    private final Map<String, String> memo = new ConcurrentHashMap<>();

    private ValueMap() {
    }

    /** @throws IllegalArgumentException naming the key when a pattern does not compile */
    static ValueMap compile(Map<String, String> source) {
        ValueMap m = new ValueMap();
        if (source == null) return m;
        source.forEach((k, v) -> {
            String key = k == null ? "" : k.strip();
            String value = v == null ? "" : v.strip();
            Pattern p = pattern(key);
            if (p != null) m.rules.add(new Rule(null, p, value));
            else if (isPrefix(key)) m.rules.add(new Rule(key.substring(0, key.length() - 1), null, value));
            else m.exact.put(key, value);
        });
        return m;
    }

    /** {@code /regex/} or {@code /regex/i}; null when the key is a plain code. */
    static Pattern pattern(String key) {
        boolean insensitive = key.length() > 3 && key.startsWith("/") && key.endsWith("/i");
        if (!insensitive && !(key.length() > 2 && key.startsWith("/") && key.endsWith("/"))) return null;
        String body = key.substring(1, key.length() - (insensitive ? 2 : 1));
        try {
            return Pattern.compile(body, insensitive ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("'" + key + "' is not a valid pattern: " + e.getDescription());
        }
    }

    static boolean isPrefix(String key) {
        return key.length() > 1 && key.endsWith("*") && key.indexOf('*') == key.length() - 1;
    }

    /** The canonical code for a stripped, non-empty raw code, or null when no key matches it. */
    String map(String key) {
        String v = exact.get(key);
        if (v != null) return v;
        v = exact.get(key.toUpperCase(Locale.ROOT));
        if (v != null || rules.isEmpty()) return v;
        String known = memo.get(key);
        if (known != null) return known == NO_MATCH ? null : known;
        String found = matchRules(key);
        if (memo.size() < MEMO_LIMIT) memo.put(key, found == null ? NO_MATCH : found);
        return found;
    }

    private String matchRules(String key) {
        for (Rule r : rules) {
            if (r.prefix() != null) {
                if (key.regionMatches(true, 0, r.prefix(), 0, r.prefix().length())) return r.value();
            } else {
                Matcher mt = r.pattern().matcher(key);
                if (mt.find()) return r.value().indexOf('$') < 0 ? r.value() : expand(mt, r.value());
            }
        }
        return null;
    }

    private static String expand(Matcher mt, String value) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '$' && i + 1 < value.length() && Character.isDigit(value.charAt(i + 1))) {
                int g = value.charAt(++i) - '0';
                if (g <= mt.groupCount() && mt.group(g) != null) sb.append(mt.group(g));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Every output the mapping can give, or null when a pattern's output depends on the code
     * ({@code $1}): then which literals can match is not known in advance.
     */
    Set<String> outputs() {
        Set<String> out = new LinkedHashSet<>(exact.values());
        for (Rule r : rules) {
            if (r.pattern() != null && r.value().matches(".*\\$\\d.*")) return null;
            out.add(r.value());
        }
        return out;
    }
}
