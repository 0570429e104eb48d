package org.jigsaw.ingest.rules;

import java.util.ArrayList;
import java.util.List;
import org.jigsaw.ingest.QualityFinding;
import org.jigsaw.ingest.read.Row;

/**
 * The rule packs of one source applied to its rows, in file order: every intact row is counted
 * by every rule, before any quarantine decision, so counts match what the published validator
 * would report on the same file. Holds no row; cross-row rules keep only what they compare.
 */
public final class RuleRun {

    /** Finding checks are {@code rule_<code>}, e.g. {@code rule_107}. */
    public static final String CHECK_PREFIX = "rule_";

    private record Counting(RulePack pack, Rule rule, Tally tally) {
    }

    private final List<Counting> counts = new ArrayList<>();
    private long rows;

    /** @throws IllegalArgumentException for a pack name that does not exist (definitions are checked before) */
    public RuleRun(List<String> packs, RuleContext context) {
        for (String name : packs) {
            RulePack p = RulePacks.named(name).orElseThrow(() -> new IllegalArgumentException("no rule pack '" + name + "'"));
            for (Rule r : p.rules()) counts.add(new Counting(p, r, r.start(context)));
        }
    }

    public void accept(Row row) {
        accept(Values.of(row));
    }

    public void accept(Values row) {
        rows++;
        for (Counting c : counts) c.tally().accept(row);
    }

    /** One finding per rule, failing or not, so the report shows what was checked. */
    public List<QualityFinding> findings(String source) {
        List<QualityFinding> out = new ArrayList<>(counts.size());
        for (Counting c : counts) {
            out.add(new QualityFinding(source, null, CHECK_PREFIX + c.rule().code(), c.tally().failures(), rows,
                    c.pack().title() + " rule " + c.rule().code() + " (" + c.rule().severity().label() + "): " + c.rule().message()));
        }
        return out;
    }
}
