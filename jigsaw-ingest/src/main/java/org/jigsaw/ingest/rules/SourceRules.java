package org.jigsaw.ingest.rules;

import java.time.LocalDate;
import java.util.List;
import org.jigsaw.area.AreaConfig;
import org.jigsaw.identity.Dates;
import org.jigsaw.ingest.SourceDefinition;

/** The hook between a source definition's {@code rules:} and the loader. */
public final class SourceRules {

    private SourceRules() {
    }

    /**
     * The rule run for a source, or null when it names no packs. Ages and "future" are measured at
     * the extract date (an Annex A list is as at the day it is run), else the area's reference date.
     */
    public static RuleRun forSource(SourceDefinition def, AreaConfig area) {
        // an encoded extract holds keyed encodings, not the values the rules check
        if (def.rules() == null || def.rules().isEmpty() || def.encoding() != null) return null;
        LocalDate ref = def.extractDate() != null ? def.extractDate()
                : area.referenceDate() != null ? area.referenceDate() : LocalDate.now();
        return new RuleRun(def.rules(), new RuleContext(ref, Dates.formatters(def.dateFormats())));
    }

    /** Names under {@code rules:} that are not rule packs, for {@code sources check}. */
    public static List<String> unknownPacks(SourceDefinition def) {
        if (def.rules() == null) return List.of();
        return def.rules().stream().filter(n -> RulePacks.named(n).isEmpty()).toList();
    }
}
