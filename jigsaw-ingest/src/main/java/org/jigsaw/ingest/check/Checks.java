package org.jigsaw.ingest.check;

import java.util.Map;
import org.jigsaw.ingest.rules.RuleRun;

/** Plain-English names for finding checks, as a manager would read them. */
public final class Checks {
    /**
     * Findings of ingest under data-sharing agreements ({@code org.jigsaw.govern.GovernedIngest}). Named
     * here, below govern, so that the labels below can say them in words.
     */
    public static final String NOT_INGESTED = "agreement_not_in_force", FIELD_DISCARDED = "field_not_in_agreement",
            FACTS_DROPPED = "facts_outside_agreement_or_retention", NOTICE = "agreement_notice";

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("missing", "blank"),
            Map.entry("invalid", "invalid (loaded as blank)"),
            Map.entry("future_date", "date in the future"),
            Map.entry("outside_age_range", "outside the age range"),
            Map.entry("outside_area", "postcode outside the area"),
            Map.entry("unmapped_code", "code not in the value list"),
            Map.entry("duplicate_rows", "exact duplicate rows"),
            Map.entry("id_conflict", "same record id, different details"),
            Map.entry("possible_duplicate", "same child twice under different ids"),
            Map.entry("extract_age_days", "age of the extract (days)"),
            Map.entry("stale_extract", "extract is stale"),
            Map.entry("unreadable_file", "file could not be read"),
            Map.entry("missing_column", "column missing from the file"),
            Map.entry("delimiter_mismatch", "delimiter differs from the definition"),
            Map.entry("no_rows", "file has no data rows"),
            Map.entry("no_file", "no file found"),
            Map.entry("invalid_definition", "definition is invalid"),
            Map.entry("encoding", "file encoding problem"),
            Map.entry("sen_provision_conflict", "SEN provision differs: School Census vs SEN2"),
            Map.entry("primary_need_conflict", "primary need differs: School Census vs SEN2"),
            Map.entry("ehcp_no_health_record", "EHC plan in council data, no health record"),
            Map.entry("health_ehcp_no_council_record", "EHC plan known to health, no council plan record"),
            Map.entry("dob_conflict", "same NHS number, different dates of birth"),
            Map.entry(FactDateOrder.CHECK, "ends before it starts"),
            Map.entry("duplicate_header", "column name used twice in the header"),
            Map.entry("header_only", "file has a header but no data rows"),
            Map.entry(NOT_INGESTED, "not ingested: no agreement in force"),
            Map.entry(FIELD_DISCARDED, "field discarded: not shared by the agreement"),
            Map.entry(FACTS_DROPPED, "facts dropped: outside the agreement or its retention"),
            Map.entry(NOTICE, "agreement notice"),
            Map.entry("refused", "not read: the extract is encrypted under another key"));

    /** Why rows were quarantined ({@code org.jigsaw.ingest.QuarantineReason}), as a manager would read it. */
    private static final Map<String, String> QUARANTINE = Map.ofEntries(
            Map.entry("WRONG_COLUMN_COUNT", "wrong number of columns"),
            Map.entry("COLUMN_COUNT", "wrong number of columns"),
            Map.entry("UNCLOSED_QUOTE", "a quotation mark is not closed"),
            Map.entry("ENCODING_DAMAGE", "characters damaged by the file encoding"),
            Map.entry("ENCODING", "characters damaged by the file encoding"),
            Map.entry("FIELD_TOO_LONG", "a field is too long"),
            Map.entry("MALFORMED_XML", "the XML is malformed"),
            Map.entry("MISSING_ID", "no record id"),
            Map.entry("MISSING_REQUIRED", "a required field is blank"),
            Map.entry("INVALID_REQUIRED", "a required field cannot be read (not a date, an invalid identifier)"),
            Map.entry("UNPARSEABLE_DOB", "the date of birth cannot be read"),
            Map.entry("DUPLICATE_ROW", "exact copy of a row already loaded"));

    /** A source not read because its encoded extract is under another key (see {@code SourceLoader#refused}). */
    public static final String REFUSED = "refused";

    private Checks() {
    }

    /** A quarantine reason code in words, starting with a capital; an unknown code as words made from it. */
    public static String quarantineReason(String reason) {
        String r = reason == null ? "" : reason.strip();
        String words = QUARANTINE.getOrDefault(r.toUpperCase(java.util.Locale.ROOT), r.replace('_', ' ').toLowerCase(java.util.Locale.ROOT));
        return words.isEmpty() ? "" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public static String label(String check) {
        if (check.startsWith("quarantined_")) return "quarantined: " + quarantineReason(check.substring(12)).toLowerCase(java.util.Locale.ROOT);
        if (check.startsWith("fact_")) return "fact skipped: " + check.substring(5).replace('_', ' ');
        if (isRule(check)) return "validation rule " + check.substring(RuleRun.CHECK_PREFIX.length());
        return LABELS.getOrDefault(check, check.replace('_', ' '));
    }

    /** A published validation rule's finding ({@code rule_107}): its detail carries the rule's message. */
    public static boolean isRule(String check) {
        return check.startsWith(RuleRun.CHECK_PREFIX);
    }

    /** Checks whose count is a measure, not a number of failing rows. */
    public static boolean isMeasure(String check) {
        return check.equals("extract_age_days");
    }

    /** Checks where any non-zero count needs attention (missing values alone are common and expected). */
    public static boolean needsAttention(String check) {
        return !check.equals("missing") && !isMeasure(check);
    }
}
