package org.jigsaw.privacy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jigsaw.link.cluster.CannotLink;
import org.jigsaw.link.data.Column;

/**
 * The {@code twins} cannot-link rule on encodings ({@code encoded_twins}): the clear rule judges
 * given names "clearly different" by edit distance and Jaro–Winkler, which encodings hide; here
 * the same judgement is made from what encodings do show. Two records are kept apart when their
 * dates of birth are equal or close (Dice ≥ 0.7, about one keying error), their family names equal
 * or similar (Dice ≥ 0.8, or the same phonetic code) or blank on one side, both given names are
 * present and share no nickname-canonical form and no phonetic code and their Dice is below
 * {@value #GIVEN_DICE_BELOW}, and they share no identifier.
 */
public final class EncodedTwins {
    /** Given-name Dice below which two names count as clearly different (a single typo stays well above). */
    static final double GIVEN_DICE_BELOW = 0.5;

    private EncodedTwins() {
    }

    public static CannotLink.Rule rule(Column dob, Column family, Column given, List<Column> identifiers) {
        BloomFilter[] dobs = filters(dob), families = filters(family), givens = filters(given);
        Set<String>[] familySound = parts(family, "metaphone", "metaphone_alt");
        Set<String>[] givenKeys = parts(given, "canonical", "metaphone", "metaphone_alt");
        return (a, b) -> {
            int d1 = dob.id(a), d2 = dob.id(b);
            if (d1 < 0 || d2 < 0) return false;
            if (d1 != d2 && !(dobs[d1] != null && dobs[d2] != null && dobs[d1].dice(dobs[d2]) >= 0.7)) return false;
            int f1 = family.id(a), f2 = family.id(b);
            if (f1 >= 0 && f2 >= 0 && f1 != f2 && !(families[f1] != null && families[f2] != null && families[f1].dice(families[f2]) >= 0.8)
                    && !shares(familySound[f1], familySound[f2])) return false;
            int g1 = given.id(a), g2 = given.id(b);
            if (g1 < 0 || g2 < 0 || g1 == g2) return false;
            if (shares(givenKeys[g1], givenKeys[g2])) return false;
            if (givens[g1] == null || givens[g2] == null || givens[g1].dice(givens[g2]) >= GIVEN_DICE_BELOW) return false;
            for (Column id : identifiers) {
                int x = id.id(a);
                if (x >= 0 && x == id.id(b)) return false;
            }
            return true;
        };
    }

    private static boolean shares(Set<String> x, Set<String> y) {
        for (String s : x) if (y.contains(s)) return true;
        return false;
    }

    private static BloomFilter[] filters(Column c) {
        BloomFilter[] out = new BloomFilter[c.distinct()];
        for (int v = 0; v < out.length; v++) {
            try {
                out[v] = BloomFilter.parse(c.valueOf(v));
            } catch (RuntimeException notBloom) {
                out[v] = null; // an HMAC (method: hmac): only equality is known
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Set<String>[] parts(Column c, String... names) {
        Set<String>[] out = new Set[c.distinct()];
        for (int v = 0; v < out.length; v++) {
            Set<String> s = new HashSet<>();
            Map<String, List<String>> p = PprlCodec.partsOf(c.valueOf(v));
            for (String n : names) {
                List<String> codes = p.get(n);
                if (codes != null) codes.forEach(code -> s.add(n + ":" + code));
            }
            out[v] = s;
        }
        return out;
    }
}
