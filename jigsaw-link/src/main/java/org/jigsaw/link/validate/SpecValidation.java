package org.jigsaw.link.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jigsaw.link.cluster.CannotLinkKinds;
import org.jigsaw.link.compare.LevelKinds;
import org.jigsaw.link.data.Transforms;
import org.jigsaw.link.spec.BlockingKeys;
import org.jigsaw.link.spec.BlockingRuleSpec;
import org.jigsaw.link.spec.CannotLinkSpec;
import org.jigsaw.link.spec.ComparisonSpec;
import org.jigsaw.link.spec.LevelSpec;
import org.jigsaw.link.spec.LinkSpec;

/**
 * Every rule a link spec must keep, checked in one place before any engine runs (the local
 * {@code Linker}, the Spark linker, the encoded path), so that no engine can accept a spec another
 * refuses. Each problem names the comparison, level, blocking rule or constraint it is about; all
 * are reported at once.
 */
public final class SpecValidation {

    private SpecValidation() {
    }

    /** {@code spec} with the installed kinds; see {@link #validate(LinkSpec, LevelKinds, CannotLinkKinds)}. */
    public static LinkSpec validate(LinkSpec spec) {
        return validate(spec, LevelKinds.installed(), CannotLinkKinds.installed());
    }

    /** {@code spec} itself when it keeps every rule; else an {@link IllegalArgumentException} listing each problem. */
    public static LinkSpec validate(LinkSpec spec, LevelKinds levels, CannotLinkKinds rules) {
        List<String> problems = problems(spec, levels, rules);
        if (!problems.isEmpty()) throw new IllegalArgumentException(String.join("; ", problems));
        return spec;
    }

    /**
     * {@code effective} (a spec restricted to the fields the records carry, {@link LinkSpec#restrictTo})
     * when it still has a comparison and a blocking rule to run.
     */
    public static LinkSpec applicable(LinkSpec effective) {
        if (effective.comparisons().isEmpty()) throw new IllegalArgumentException("no comparison in the link spec applies to the fields present");
        if (effective.blockingRules().isEmpty()) throw new IllegalArgumentException("no blocking rule in the link spec applies to the fields present");
        return effective;
    }

    public static List<String> problems(LinkSpec spec, LevelKinds levels, CannotLinkKinds rules) {
        List<String> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ComparisonSpec c : spec.comparisons()) {
            if (!names.add(c.name())) out.add("comparison '" + c.name() + "' is named twice");
            comparison(c, levels, out);
        }
        for (BlockingRuleSpec b : spec.blockingRules()) {
            for (String key : b.keys()) {
                attempt(out, "blocking rule '" + b.name() + "' key '" + key + "'", () -> Transforms.named(BlockingKeys.transform(key)));
            }
        }
        for (CannotLinkSpec s : spec.clustering().cannotLink()) {
            attempt(out, "cannot_link '" + s.kind() + "'", () -> rules.kind(s).check(s));
        }
        return out;
    }

    private static void comparison(ComparisonSpec c, LevelKinds levels, List<String> out) {
        if (c.termFrequency() && (c.levels().isEmpty() || !"exact".equals(c.levels().get(0).kind()))) {
            out.add("comparison '" + c.name() + "': term_frequency needs 'exact' as its first level");
        }
        for (int i = 0; i < c.levels().size(); i++) {
            LevelSpec l = c.levels().get(i);
            // making the level checks the kind is known and has the parameters it needs
            attempt(out, "comparison '" + c.name() + "' level " + (i + 1), () -> levels.create(l));
        }
    }

    private static void attempt(List<String> out, String where, Runnable check) {
        try {
            check.run();
        } catch (IllegalArgumentException e) {
            out.add(where + ": " + e.getMessage());
        }
    }
}
