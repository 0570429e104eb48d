package org.jigsaw.link.explain;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.jigsaw.link.model.FellegiSunter;
import org.jigsaw.link.model.FellegiSunter.Term;

/**
 * Why a pair scored what it did: the prior, then each comparison's level and weight (and any
 * term-frequency adjustment), adding up to the pair's match weight. No values are shown, only
 * levels, so an explanation can be logged or exported without disclosing identifiers.
 */
public record Explanation(String leftKey, String rightKey, List<Term> terms, double matchWeight,
                          double matchProbability, String decision) {

    private static final JsonFactory JSON = new JsonFactory();

    public static Explanation of(String leftKey, String rightKey, List<Term> terms, String decision) {
        double w = 0;
        for (Term t : terms) w += t.weight();
        return new Explanation(leftKey, rightKey, List.copyOf(terms), w, FellegiSunter.probability(w), decision);
    }

    /** A text waterfall: one line per term with its weight, a running total and a bar. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s  <->  %s   decision %s%n", leftKey, rightKey, decision));
        sb.append(String.format(Locale.ROOT, "%-28s %-26s %9s %9s  %s%n", "comparison", "level", "weight", "running", ""));
        double running = 0;
        for (Term t : terms) {
            running += t.weight();
            sb.append(String.format(Locale.ROOT, "%-28s %-26s %+9.2f %9.2f  %s%n", t.comparison(), t.level(),
                    t.weight(), running, bar(t.weight())));
        }
        sb.append(String.format(Locale.ROOT, "%-28s %-26s %9.2f %9s  probability %.6f%n", "match weight", "",
                matchWeight, "", matchProbability));
        return sb.toString();
    }

    private static String bar(double w) {
        int n = (int) Math.min(30, Math.round(Math.abs(w)));
        return (w >= 0 ? "+" : "-").repeat(n);
    }

    /** The same as JSON: {left, right, decision, match_weight, match_probability, terms:[{comparison, level, m, u, weight}]}. */
    public String toJson() {
        StringWriter out = new StringWriter(256 + terms.size() * 96);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("left", leftKey);
            g.writeStringField("right", rightKey);
            g.writeStringField("decision", decision);
            g.writeNumberField("match_weight", round(matchWeight));
            g.writeNumberField("match_probability", matchProbability);
            g.writeArrayFieldStart("terms");
            for (Term t : terms) {
                g.writeStartObject();
                g.writeStringField("comparison", t.comparison());
                g.writeStringField("level", t.level());
                if (!Double.isNaN(t.m())) g.writeNumberField("m", t.m());
                if (!Double.isNaN(t.u())) g.writeNumberField("u", t.u());
                g.writeNumberField("weight", t.weight());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
