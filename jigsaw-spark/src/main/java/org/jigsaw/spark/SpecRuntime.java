package org.jigsaw.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jigsaw.area.Area;
import org.jigsaw.link.compare.Comparison;
import org.jigsaw.link.compare.LevelKinds;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.data.Transforms;
import org.jigsaw.link.model.PatternSpace;
import org.jigsaw.link.spec.BlockingKeys;
import org.jigsaw.link.spec.BlockingRuleSpec;
import org.jigsaw.link.spec.ComparisonSpec;
import org.jigsaw.link.spec.DeterministicRuleSpec;
import org.jigsaw.link.spec.LinkSpec;

/**
 * The link spec as executors use it. Specs are shipped to executors as their YAML text (the
 * core's records need not be {@link Serializable}) and parsed once per executor JVM on first use;
 * every blocking key, comparison level and deterministic rule is then the core's own Java code,
 * so Spark and the local engine cannot drift apart. The level kinds travel with it, serialized.
 */
public final class SpecRuntime implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Separates the parts of a multi-key blocking rule; never occurs in standardised values. */
    private static final char SEP = '\u001F';

    private final String specYaml;
    /** The driver's level kinds, shipped with the spec: a kind added with {@code LevelKinds.with} runs on executors too. */
    private final LevelKinds kinds;
    private transient LinkSpec spec;
    private transient UnaryOperator<String>[][] transforms;
    private transient String[][] keyFields;

    public SpecRuntime(LinkSpec spec) {
        this(spec, LevelKinds.installed());
    }

    public SpecRuntime(LinkSpec spec, LevelKinds kinds) {
        this.specYaml = spec.toYaml();
        this.spec = spec;
        this.kinds = kinds;
    }

    public LinkSpec spec() {
        if (spec == null) {
            try {
                spec = Area.yaml().readValue(specYaml, LinkSpec.class);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot parse the link spec on an executor", e);
            }
        }
        return spec;
    }

    public int ruleCount() {
        return spec().blockingRules().size();
    }

    public BlockingKeyer keyer() {
        return this::blockingKeys;
    }

    /** Key under each blocking rule: the transformed key parts joined, or null when one is blank. */
    public String[] blockingKeys(Map<String, String> values) {
        bindTransforms();
        String[] out = new String[keyFields.length];
        for (int r = 0; r < keyFields.length; r++) {
            StringBuilder b = new StringBuilder();
            boolean complete = true;
            for (int k = 0; k < keyFields[r].length && complete; k++) {
                String v = values.get(keyFields[r][k]);
                String t = v == null || v.isBlank() ? null : transforms[r][k].apply(v);
                if (t == null || t.isBlank()) {
                    complete = false;
                } else {
                    if (k > 0) b.append(SEP);
                    b.append(t);
                }
            }
            out[r] = complete ? b.toString() : null;
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private void bindTransforms() {
        if (transforms != null) return;
        List<BlockingRuleSpec> rules = spec().blockingRules();
        UnaryOperator<String>[][] t = new UnaryOperator[rules.size()][];
        String[][] f = new String[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            List<String> keys = rules.get(r).keys();
            t[r] = new UnaryOperator[keys.size()];
            f[r] = new String[keys.size()];
            for (int k = 0; k < keys.size(); k++) {
                f[r][k] = BlockingKeys.field(keys.get(k));
                t[r][k] = Transforms.named(BlockingKeys.transform(keys.get(k)));
            }
        }
        keyFields = f;
        transforms = t;
    }

    /**
     * The records as the core's columnar table, with a (possibly empty) column for every field the
     * spec compares, so a chunk that happens to lack a field still binds every comparison.
     */
    public RecordTable table(List<String> keys, List<String> sources, List<Map<String, String>> rows) {
        int n = keys.size();
        Map<String, String[]> cols = new LinkedHashMap<>();
        for (ComparisonSpec c : spec().comparisons()) cols.putIfAbsent(c.field(), new String[n]);
        for (int i = 0; i < n; i++) {
            for (Map.Entry<String, String> e : rows.get(i).entrySet()) {
                cols.computeIfAbsent(e.getKey(), x -> new String[n])[i] = e.getValue();
            }
        }
        List<String> names = new ArrayList<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        int[] src = new int[n];
        for (int i = 0; i < n; i++) {
            String s = sources.get(i) == null ? "" : sources.get(i);
            Integer x = index.get(s);
            if (x == null) {
                x = names.size();
                names.add(s);
                index.put(s, x);
            }
            src[i] = x;
        }
        return RecordTable.fromColumns(keys.toArray(String[]::new), src, names, cols);
    }

    /** The spec's comparisons bound to {@code table}, packed into the core's pattern space. */
    public PatternSpace patternSpace(RecordTable table) {
        List<Comparison> cs = new ArrayList<>();
        for (ComparisonSpec c : spec().comparisons()) cs.add(new Comparison(c, kinds, table));
        return new PatternSpace(cs);
    }

    /** Name of the first deterministic rule the two records satisfy, or null. */
    public String deterministicRule(Map<String, String> a, Map<String, String> b) {
        for (DeterministicRuleSpec rule : spec().deterministicRules()) {
            boolean all = true;
            for (String f : rule.fields()) {
                String x = a.get(f), y = b.get(f);
                if (x == null || y == null || !x.equals(y)) {
                    all = false;
                    break;
                }
            }
            if (all) return rule.name();
        }
        return null;
    }

    /** Indexes of the comparisons with term-frequency adjustment. */
    public int[] termFrequencyComparisons() {
        List<ComparisonSpec> cs = spec().comparisons();
        return java.util.stream.IntStream.range(0, cs.size()).filter(k -> cs.get(k).termFrequency()).toArray();
    }
}
