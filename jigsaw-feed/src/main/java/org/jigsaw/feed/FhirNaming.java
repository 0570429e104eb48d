package org.jigsaw.feed;

import java.util.Objects;

/**
 * The URIs a feed's FHIR resources are named under. NHS number and the HL7 flag categories are
 * fixed; the code systems for SEND statuses and DfE SEN types have no published FHIR home, so
 * they live under a base URI the local area chooses ({@code feeds.fhir_base} in area docs) and
 * default to a Jigsaw URN.
 */
public record FhirNaming(String base, String laCode) {

    public static final String NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";
    public static final String FLAG_CATEGORY_SYSTEM = "http://terminology.hl7.org/CodeSystem/flag-category";
    public static final String DEFAULT_BASE = "urn:jigsaw";

    public FhirNaming {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(laCode, "laCode");
        base = base.endsWith("/") || base.endsWith(":") ? base.substring(0, base.length() - 1) : base;
    }

    private String join(String kind, String name) {
        return base.startsWith("urn:") ? base + ":" + kind + ":" + name : base + "/" + kind + "/" + name;
    }

    /** Codes such as {@code EHCP}. */
    public String sendStatusSystem() {
        return join("CodeSystem", "send-status");
    }

    /** DfE School Census / SEN2 SEN type codes (ASD, SLCN, SEMH, ...). */
    public String senTypeSystem() {
        return join("CodeSystem", "sen-type");
    }

    public String primaryNeedExtension() {
        return join("StructureDefinition", "sen-primary-need");
    }

    /** Flag identifiers are unique within the issuing local authority. */
    public String flagIdentifierSystem() {
        return join("Id", "la-" + laCode + "-ehcp-episode");
    }

    public String bundleIdentifierSystem() {
        return join("Id", "la-" + laCode + "-feed");
    }
}
