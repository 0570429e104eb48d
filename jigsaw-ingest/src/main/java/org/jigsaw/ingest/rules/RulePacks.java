package org.jigsaw.ingest.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every rule pack a source definition can name. Built once, on first use, and never changed. */
public final class RulePacks {

    private RulePacks() {
    }

    /** The holder idiom: sources without {@code rules:} never read the bundled specifications. */
    private static final class Catalogue {
        static final Map<String, RulePack> PACKS;

        static {
            Map<String, RulePack> m = new LinkedHashMap<>();
            for (RulePack p : List.of(AnnexASendRules.list1(), AnnexASendRules.list2(), Ssda903Rules.header(),
                    Ssda903Rules.episodes(), CinCensusRules.pack())) {
                m.put(p.name(), p);
            }
            PACKS = java.util.Collections.unmodifiableMap(m);
        }
    }

    public static List<RulePack> all() {
        return List.copyOf(Catalogue.PACKS.values());
    }

    public static Optional<RulePack> named(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(Catalogue.PACKS.get(name.strip()));
    }

    public static List<String> names() {
        return List.copyOf(Catalogue.PACKS.keySet());
    }
}
