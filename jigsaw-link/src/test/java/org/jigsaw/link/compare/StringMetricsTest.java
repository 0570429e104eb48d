package org.jigsaw.link.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;

class StringMetricsTest {

    @Test
    void jaroWinklerAgreesWithCommonsText() {
        JaroWinklerSimilarity reference = new JaroWinklerSimilarity();
        SplittableRandom rnd = new SplittableRandom(1);
        String[] samples = {"MARTHA", "MARHTA", "DWAYNE", "DUANE", "DIXON", "DICKSONX", "OKAFOR", "OKAFORR", "A", "", "SIOBHAN",
                "SHIVAUN", "CATHERINE", "KATHRYN"};
        for (String a : samples) {
            for (String b : samples) {
                assertThat(StringMetrics.jaroWinkler(a.toCharArray(), b.toCharArray()))
                        .as(a + "/" + b).isCloseTo(reference.apply(a, b), within(1e-9));
            }
        }
        for (int i = 0; i < 2000; i++) {
            String a = random(rnd, 1 + rnd.nextInt(80)), b = random(rnd, 1 + rnd.nextInt(80));
            assertThat(StringMetrics.jaroWinkler(a.toCharArray(), b.toCharArray())).isCloseTo(reference.apply(a, b), within(1e-9));
        }
    }

    @Test
    void boundedDamerauLevenshteinMatchesTheFullTable() {
        SplittableRandom rnd = new SplittableRandom(2);
        for (int i = 0; i < 20000; i++) {
            String a = random(rnd, rnd.nextInt(7)), b = mutate(rnd, a);
            int full = StringMetrics.damerauLevenshtein(a.toCharArray(), b.toCharArray(), 20);
            assertThat(StringMetrics.withinOneEdit(a.toCharArray(), b.toCharArray())).as(a + "/" + b).isEqualTo(full <= 1);
            assertThat(StringMetrics.damerauLevenshtein(a.toCharArray(), b.toCharArray(), 1)).isEqualTo(Math.min(full, 2));
            assertThat(StringMetrics.damerauLevenshtein(a.toCharArray(), b.toCharArray(), 2)).isEqualTo(Math.min(full, 3));
        }
        assertThat(StringMetrics.damerauLevenshtein("PATRICK".toCharArray(), "PATRVRCK".toCharArray(), 5)).isEqualTo(2);
        assertThat(StringMetrics.oneTransposition("9434765919".toCharArray(), "9434765991".toCharArray())).isTrue();
        assertThat(StringMetrics.oneTransposition("9434765919".toCharArray(), "9434765919".toCharArray())).isFalse();
    }

    private static String random(SplittableRandom rnd, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append((char) ('A' + rnd.nextInt(4)));
        return b.toString();
    }

    private static String mutate(SplittableRandom rnd, String s) {
        StringBuilder b = new StringBuilder(s);
        int edits = rnd.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int op = rnd.nextInt(4);
            int pos = b.length() == 0 ? 0 : rnd.nextInt(b.length());
            if (op == 0) b.insert(pos, (char) ('A' + rnd.nextInt(4)));
            else if (op == 1 && b.length() > 0) b.deleteCharAt(pos);
            else if (op == 2 && b.length() > 0) b.setCharAt(pos, (char) ('A' + rnd.nextInt(4)));
            else if (b.length() > 1 && pos + 1 < b.length()) {
                char t = b.charAt(pos);
                b.setCharAt(pos, b.charAt(pos + 1));
                b.setCharAt(pos + 1, t);
            }
        }
        return b.toString();
    }
}
