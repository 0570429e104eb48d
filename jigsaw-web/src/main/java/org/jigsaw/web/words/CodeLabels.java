package org.jigsaw.web.words;

import java.util.Locale;
import java.util.Map;
import org.jigsaw.feed.SenType;
import org.jigsaw.ingest.rules.SpecCodes;

/**
 * What a fact's type and code mean, in the words of the code list the code comes from: the CIN
 * census schema's documentation for need, disability and abuse-category codes (read from the
 * schema bundled with the quality rules), the DfE SEN type names for primary needs, and ICB names
 * for GP registrations. A code no list knows is turned into words, never dropped.
 */
public final class CodeLabels {
    /** Fact type → event or status name where the key's words are not what people say. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("ehc_plan", "EHC plan"), Map.entry("sen_support", "SEN support"),
            Map.entry("ehc_assessment_request", "Request for an EHC needs assessment"), Map.entry("ehc_plan_issued", "EHC plan issued"),
            Map.entry("child_in_need", "Child in need"), Map.entry("child_protection_plan", "Child protection plan"),
            Map.entry("looked_after", "Looked after"), Map.entry("youth_justice_order", "Youth justice order"),
            Map.entry("elective_home_education", "Elective home education"), Map.entry("missing_education", "Missing education"),
            Map.entry("neet", "Not in education, employment or training (NEET)"), Map.entry("at_risk_of_exploitation", "At risk of exploitation"),
            Map.entry("on_caseload", "On the caseload"), Map.entry("ld_register", "Learning disability register"),
            Map.entry("gp_registered", "Registered with a GP"), Map.entry("first_contact", "First contact"),
            Map.entry("annual_health_check", "Annual health check"), Map.entry("plan_specifies", "EHC plan specifies"),
            Map.entry("early_disability", "Disability identified early"), Map.entry("primary_need", "Primary need"));
    private static final Map<String, String> SERVICES = Map.of("SLT", "Speech and language therapy", "PAEDIATRICS", "Community paediatrics",
            "CAMHS", "CAMHS");
    private static final Map<String, String> REGISTERS = Map.of("HEALTH", "GP register", "SOCIAL_CARE", "Council register");
    /** Category-of-abuse words some systems send instead of the CIN codes. */
    private static final Map<String, String> ABUSE_WORDS = Map.of("NEGLECT", "NEG", "PHYSICAL", "PHY", "SEXUAL", "SAB", "EMOTIONAL", "EMO", "MULTIPLE", "MUL");

    private final Map<String, String> cinNeed;
    private final Map<String, String> cinDisability;
    private final Map<String, String> cinAbuse;

    private CodeLabels(Map<String, String> need, Map<String, String> disability, Map<String, String> abuse) {
        this.cinNeed = need;
        this.cinDisability = disability;
        this.cinAbuse = abuse;
    }

    /** Reads the code lists once (parsing the schema is not free); share the instance. */
    public static CodeLabels load() {
        return new CodeLabels(SpecCodes.cinLabels("primaryneedcodetype"), SpecCodes.cinLabels("disabilitytype"),
                SpecCodes.cinLabels("categoryofabuse"));
    }

    /** The name of a fact type, e.g. "Request for an EHC needs assessment". */
    public static String type(String type) {
        if (type == null || type.isBlank()) return "";
        String t = TYPES.get(type.toLowerCase(Locale.ROOT));
        return t != null ? t : words(type);
    }

    /** What the code of a fact of this type means, e.g. child_in_need N1 → "Abuse or neglect"; "" for no code. */
    public String code(String type, String code) {
        if (code == null || code.isBlank()) return "";
        String c = code.strip().toUpperCase(Locale.ROOT);
        String known = switch (type == null ? "" : type.toLowerCase(Locale.ROOT)) {
            case "child_in_need" -> cinNeed.get(c);
            case "disability" -> cinDisability.get(c);
            case "child_protection_plan" -> cinAbuse.get(ABUSE_WORDS.getOrDefault(c, c));
            case "primary_need" -> SenType.display(c);
            case "referral", "first_contact", "contact", "discharge", "on_caseload", "plan_specifies" -> SERVICES.get(c);
            case "ld_register" -> REGISTERS.get(c);
            case "gp_registered" -> IcbNames.label(code.strip());
            default -> null;
        };
        return known != null ? known : words(code);
    }

    /** A primary need as "Autistic spectrum disorder (ASD)"; a code the DfE does not list as it is. */
    public static String need(String code) {
        String n = SenType.display(code);
        return n == null ? code : named(n, code);
    }

    /** "Name (CODE)": the words first, the code kept for those who know it (and for finding it again). */
    public static String named(String name, String code) {
        return name + " (" + code + ")";
    }

    /** The code back from a {@link #named} label: the text in the last brackets, else the label itself. */
    public static String codeOf(String label) {
        int open = label.lastIndexOf(" (");
        return open >= 0 && label.endsWith(")") ? label.substring(open + 2, label.length() - 1) : label;
    }

    /** The name of a service code (SLT, PAEDIATRICS, CAMHS). */
    public static String service(String code) {
        return SERVICES.getOrDefault(code, code);
    }

    /** A key or code as words: REFERRAL_ORDER → "Referral order"; short all-capital codes (CSE) stay as they are. */
    static String words(String key) {
        String k = key.strip();
        if (k.length() <= 4 && k.equals(k.toUpperCase(Locale.ROOT))) return k;
        String s = k.replace('_', ' ').toLowerCase(Locale.ROOT);
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
