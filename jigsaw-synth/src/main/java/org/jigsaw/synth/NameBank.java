package org.jigsaw.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The built-in name lists (resource files, most common first) and nickname pairs. Draws are
 * skewed towards the top of each list so that, as in real data, some names are very common
 * (which is what term-frequency adjustment in linkage is for) and most are rare.
 */
public final class NameBank {
    private final List<String> female;
    private final List<String> male;
    private final List<String> surnames;
    private final Map<String, List<String>> nicknames;

    private NameBank(List<String> female, List<String> male, List<String> surnames,
                     Map<String, List<String>> nicknames) {
        this.female = female;
        this.male = male;
        this.surnames = surnames;
        this.nicknames = nicknames;
    }

    public static NameBank builtIn() {
        Map<String, List<String>> nick = new LinkedHashMap<>();
        for (String line : lines("nicknames.csv")) {
            String[] p = line.split(",", 2);
            List<String> forms = nick.computeIfAbsent(p[0].trim(), k -> new ArrayList<>());
            if (!forms.contains(p[1].trim())) forms.add(p[1].trim());
        }
        return new NameBank(lines("given-names-female.txt"), lines("given-names-male.txt"),
                lines("surnames.txt"), nick);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = NameBank.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            Set<String> out = new LinkedHashSet<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String given(String sex, RandomGenerator rng) {
        return skewed("F".equals(sex) ? female : male, rng);
    }

    public String surname(RandomGenerator rng) {
        return skewed(surnames, rng);
    }

    /** A nickname for the name, or null if the list has none. */
    public String nickname(String given, RandomGenerator rng) {
        List<String> forms = nicknames.get(given);
        return forms == null ? null : forms.get(rng.nextInt(forms.size()));
    }

    public boolean hasNickname(String given) {
        return nicknames.containsKey(given);
    }

    /** Index ~ n·u², so the first names are drawn far more often than the last. */
    private static String skewed(List<String> list, RandomGenerator rng) {
        double u = rng.nextDouble();
        return list.get((int) (list.size() * u * u));
    }
}
