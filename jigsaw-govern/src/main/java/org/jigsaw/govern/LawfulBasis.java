package org.jigsaw.govern;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The lawful basis an agreement relies on, as UK GDPR condition codes: Article 6(1) for any
 * personal data, Article 9(2) for special category data (health is special category, so any
 * agreement covering health data needs at least one Article 9 condition).
 *
 * @param article6 codes such as {@code 6(1)(e)}
 * @param article9 codes such as {@code 9(2)(h)}
 * @param dpa2018  optional DPA 2018 Schedule 1 conditions, as free text
 * @param notes    free text for the DPIA
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record LawfulBasis(List<String> article6, List<String> article9, List<String> dpa2018, String notes) {

    /** The UK GDPR Article 6(1) conditions. */
    public static final Map<String, String> ARTICLE_6 = Map.of(
            "6(1)(a)", "consent",
            "6(1)(b)", "contract",
            "6(1)(c)", "legal obligation",
            "6(1)(d)", "vital interests",
            "6(1)(e)", "public task",
            "6(1)(f)", "legitimate interests");

    /** The UK GDPR Article 9(2) conditions. */
    public static final Map<String, String> ARTICLE_9 = Map.ofEntries(
            Map.entry("9(2)(a)", "explicit consent"),
            Map.entry("9(2)(b)", "employment, social security and social protection"),
            Map.entry("9(2)(c)", "vital interests"),
            Map.entry("9(2)(d)", "not-for-profit bodies"),
            Map.entry("9(2)(e)", "made public by the data subject"),
            Map.entry("9(2)(f)", "legal claims or judicial acts"),
            Map.entry("9(2)(g)", "reasons of substantial public interest"),
            Map.entry("9(2)(h)", "health or social care"),
            Map.entry("9(2)(i)", "public health"),
            Map.entry("9(2)(j)", "archiving, research and statistics"));

    public LawfulBasis {
        article6 = normalise(article6);
        article9 = normalise(article9);
        dpa2018 = dpa2018 == null ? List.of() : List.copyOf(dpa2018);
    }

    /** Throws with the offending code when a code is not a UK GDPR condition. */
    public void validate() {
        if (article6.isEmpty()) throw new IllegalArgumentException("lawful_basis.article6 needs at least one condition, e.g. 6(1)(e)");
        for (String c : article6) {
            if (!ARTICLE_6.containsKey(c)) throw new IllegalArgumentException("unknown Article 6 condition '" + c + "' (6(1)(a) .. 6(1)(f))");
        }
        for (String c : article9) {
            if (!ARTICLE_9.containsKey(c)) throw new IllegalArgumentException("unknown Article 9 condition '" + c + "' (9(2)(a) .. 9(2)(j))");
        }
    }

    /** e.g. "6(1)(e) public task; 9(2)(h) health or social care". */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (String c : article6) sb.append(sb.isEmpty() ? "" : "; ").append("Art. ").append(c).append(' ').append(ARTICLE_6.get(c));
        for (String c : article9) sb.append("; Art. ").append(c).append(' ').append(ARTICLE_9.get(c));
        for (String c : dpa2018) sb.append("; DPA 2018 ").append(c);
        return sb.toString();
    }

    private static List<String> normalise(List<String> codes) {
        if (codes == null) return List.of();
        return codes.stream().map(c -> c.replace(" ", "").toLowerCase(java.util.Locale.ROOT)
                .replaceFirst("^art(icle)?\\.?", "")).toList();
    }
}
