package org.jigsaw.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jigsaw.link.explain.Explanation;
import org.jigsaw.link.model.FellegiSunter;
import org.jigsaw.link.model.FellegiSunter.Term;

/**
 * Per-pair explanations on the executors. The model's terms (prior, then each comparison's level
 * with m, u and weight) depend only on the pair's pattern, so the driver works them out once per
 * distinct pattern with the core's {@link FellegiSunter#terms}; each pair then adds its
 * term-frequency adjustments ({@code log2(u_exact / f)}, after the comparison they adjust, as
 * locally) and is written with the core's {@link Explanation#toJson}.
 */
final class ExplanationTerms implements Serializable {

    private static final long serialVersionUID = 1L;
    static final StructType SCHEMA = new StructType().add("left_key", DataTypes.StringType, false)
            .add("right_key", DataTypes.StringType, false).add("explanation", DataTypes.StringType, false);

    /** Pattern → its terms without term-frequency adjustment, as plain arrays (Term is not Serializable). */
    private final Map<Long, String[][]> labels = new HashMap<>();
    private final Map<Long, double[][]> numbers = new HashMap<>();
    private final int[] tfComparisons;
    private final String[] tfNames;
    private final double[] uExact;

    private ExplanationTerms(int[] tfComparisons, String[] tfNames, double[] uExact) {
        this.tfComparisons = tfComparisons;
        this.tfNames = tfNames;
        this.uExact = uExact;
    }

    static ExplanationTerms of(FellegiSunter model, long[] patterns, int[] tf) {
        String[] names = new String[tf.length];
        double[] u = new double[tf.length];
        for (int t = 0; t < tf.length; t++) {
            names[t] = model.space().comparisons().get(tf[t]).name();
            u[t] = model.u()[tf[t]][1];
        }
        ExplanationTerms out = new ExplanationTerms(tf, names, u);
        for (long p : patterns) {
            List<Term> terms = model.terms(p, -1, -1);
            String[][] l = new String[terms.size()][];
            double[][] x = new double[terms.size()][];
            for (int i = 0; i < l.length; i++) {
                Term t = terms.get(i);
                l[i] = new String[] {t.comparison(), t.level()};
                x[i] = new double[] {t.m(), t.u(), t.weight()};
            }
            out.labels.put(p, l);
            out.numbers.put(p, x);
        }
        return out;
    }

    /**
     * @param pairs {@code a_key, b_key, pattern, decision, tff0…} (other columns ignored)
     */
    Dataset<Row> explain(Dataset<Row> pairs) {
        StructType s = pairs.schema();
        int a = s.fieldIndex("a_key"), b = s.fieldIndex("b_key"), p = s.fieldIndex("pattern"), d = s.fieldIndex("decision");
        int[] tff = new int[tfComparisons.length];
        for (int t = 0; t < tff.length; t++) tff[t] = s.fieldIndex("tff" + t);
        MapFunction<Row, Row> f = r -> {
            List<Term> terms = terms(r.getLong(p), r, tff);
            return RowFactory.create(r.getString(a), r.getString(b),
                    Explanation.of(r.getString(a), r.getString(b), terms, r.getString(d)).toJson());
        };
        return pairs.map(f, Encoders.row(SCHEMA));
    }

    private List<Term> terms(long pattern, Row r, int[] tff) {
        String[][] l = labels.get(pattern);
        double[][] x = numbers.get(pattern);
        List<Term> out = new ArrayList<>(l.length + tff.length);
        for (int i = 0; i < l.length; i++) {
            out.add(new Term(l[i][0], l[i][1], x[i][0], x[i][1], x[i][2]));
            // term i is comparison i - 1 (term 0 is the prior)
            for (int t = 0; t < tff.length; t++) {
                if (tfComparisons[t] == i - 1 && !r.isNullAt(tff[t])) {
                    out.add(Term.termFrequency(tfNames[t], FellegiSunter.log2(uExact[t] / r.getDouble(tff[t]))));
                }
            }
        }
        return out;
    }
}
