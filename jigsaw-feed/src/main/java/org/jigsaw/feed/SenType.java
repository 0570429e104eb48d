package org.jigsaw.feed;

import java.util.Locale;
import java.util.Map;

/** Display names for DfE SEN type codes (School Census and SEN2), for human-readable FHIR text. */
public final class SenType {

    private static final Map<String, String> DISPLAY = Map.ofEntries(
            Map.entry("SPLD", "Specific learning difficulty"),
            Map.entry("MLD", "Moderate learning difficulty"),
            Map.entry("SLD", "Severe learning difficulty"),
            Map.entry("PMLD", "Profound and multiple learning difficulty"),
            Map.entry("SEMH", "Social, emotional and mental health"),
            Map.entry("SLCN", "Speech, language and communication needs"),
            Map.entry("HI", "Hearing impairment"),
            Map.entry("VI", "Visual impairment"),
            Map.entry("MSI", "Multi-sensory impairment"),
            Map.entry("PD", "Physical disability"),
            Map.entry("ASD", "Autistic spectrum disorder"),
            Map.entry("OTH", "Other difficulty or disability"),
            Map.entry("NSA", "SEN support but no specialist assessment of type of need"));

    private SenType() {
    }

    /** The DfE name of a SEN type code, or null for a code the DfE does not list. */
    public static String display(String code) {
        return code == null ? null : DISPLAY.get(code.toUpperCase(Locale.ROOT));
    }
}
