package org.jigsaw.web.page;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jigsaw.cohort.CohortDefinition;
import org.jigsaw.cohort.CohortSet;
import org.jigsaw.cohort.CohortsYaml;
import org.jigsaw.cohort.KpiDefinition;

/**
 * Titles and groups of the area's cohorts and KPIs (built-in set merged with the area's
 * {@code cohorts.yaml}), so pages say "On the community paediatrics caseload" rather than a key.
 * Keys not defined there (an older snapshot) fall back to words made from the key.
 */
public record CohortCatalog(Map<String, String> titles, Map<String, String> groups) {

    public static CohortCatalog forArea(Path area) {
        try {
            CohortSet set = new CohortsYaml().forArea(area);
            Map<String, String> titles = new HashMap<>();
            Map<String, String> groups = new HashMap<>();
            for (CohortDefinition c : set.cohorts()) {
                if (c.title() != null && !c.title().isBlank()) titles.put(c.name(), c.title());
                if (c.group() != null) groups.put(c.name(), c.group());
            }
            for (KpiDefinition k : set.kpis()) {
                if (k.title() != null && !k.title().isBlank()) titles.put(k.name(), k.title());
            }
            return new CohortCatalog(Map.copyOf(titles), Map.copyOf(groups));
        } catch (java.io.IOException | RuntimeException e) {
            return empty();
        }
    }

    public static CohortCatalog empty() {
        return new CohortCatalog(Map.of(), Map.of());
    }

    public String title(String key) {
        String t = titles.get(key);
        if (t == null && key.startsWith("cohort.")) {
            String c = titles.get(key.substring("cohort.".length()));
            if (c != null) return c;
        }
        return t != null ? t : Sql.label(key.startsWith("cohort.") ? key.substring("cohort.".length()) : key);
    }

    public String group(String key) {
        return groups.getOrDefault(key, "");
    }
}
