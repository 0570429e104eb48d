package org.jigsaw.ingest.check;

import java.util.Locale;
import org.jigsaw.ingest.SourceDefinition;

/**
 * What a source is, for checks that compare particular returns. Recognised from the definition's
 * agency and dataset (or name): {@code agency: education} with "census" → School Census;
 * "sen2" → the SEN2 return; {@code agency: health} → a health extract; anything else is council data.
 */
public enum SourceRole {
    SCHOOL_CENSUS, SEN2, HEALTH, COUNCIL_OTHER;

    public static SourceRole of(SourceDefinition d) {
        String agency = lower(d.agency());
        String tag = lower(d.dataset()) + " " + lower(d.name());
        if (agency.contains("health") || agency.equals("nhs")) return HEALTH;
        if (tag.contains("sen2")) return SEN2;
        if (agency.contains("education") && tag.contains("census") && !tag.contains("cin")) return SCHOOL_CENSUS;
        return COUNCIL_OTHER;
    }

    public boolean council() {
        return this != HEALTH;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
