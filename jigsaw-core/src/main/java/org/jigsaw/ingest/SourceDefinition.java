package org.jigsaw.ingest;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One {@code sources/*.yaml} file: how to read one agency extract and what it means.
 * The YAML uses snake_case keys; see the README's configuration reference for an example.
 *
 * @param name        source name, unique in the area; prefixes record keys
 * @param agency      who sends it (education, social_care, health, youth_justice…)
 * @param dataset     the dataset name data-sharing agreements refer to
 * @param file        file name or glob, relative to the area folder
 * @param format      how to parse the file
 * @param extractDate the date the extract was taken (staleness; default reference for open statuses)
 * @param id          column (or XML path) holding the source's own record id
 * @param fields      canonical field key ({@code nhs_number}, {@code dob}…) → column / XML path
 * @param dateFormats java.time patterns tried in order for every date column
 * @param values      column → (source code → canonical code), e.g. {@code Gender: {1: M, 2: F}}
 * @param required    canonical fields a row cannot be used without (quarantined if unparseable)
 * @param facts       what each row says about the child
 * @param encoding    set when the identifier columns hold keyed encodings made by {@code jigsaw encode}
 *                    at the sending partner (privacy-preserving linkage); null for clear-text extracts
 * @param rules       validation rule packs applied to every row, by name ({@code rules: ssda903-episodes}, or a
 *                    list); see {@link org.jigsaw.quality.rules.RulePacks}. Null or empty for none
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record SourceDefinition(
        String name,
        String agency,
        String dataset,
        String file,
        Format format,
        @JsonProperty("extract_date") LocalDate extractDate,
        String id,
        Map<String, String> fields,
        @JsonProperty("date_formats") List<String> dateFormats,
        Map<String, Map<String, String>> values,
        List<String> required,
        List<FactRule> facts,
        Encoding encoding,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> rules) {

    /** A source with no validation rule packs. */
    public SourceDefinition(String name, String agency, String dataset, String file, Format format, LocalDate extractDate,
                            String id, Map<String, String> fields, List<String> dateFormats,
                            Map<String, Map<String, String>> values, List<String> required, List<FactRule> facts,
                            Encoding encoding) {
        this(name, agency, dataset, file, format, extractDate, id, fields, dateFormats, values, required, facts, encoding, null);
    }

    /** A clear-text source (no {@link #encoding}). */
    public SourceDefinition(String name, String agency, String dataset, String file, Format format, LocalDate extractDate,
                            String id, Map<String, String> fields, List<String> dateFormats,
                            Map<String, Map<String, String>> values, List<String> required, List<FactRule> facts) {
        this(name, agency, dataset, file, format, extractDate, id, fields, dateFormats, values, required, facts, null);
    }

    /**
     * The extract's identifier columns (those in {@code fields}) hold keyed encodings made by
     * {@code jigsaw encode}: ingest carries them through unvalidated, refuses the source unless the
     * key's check value matches the area's key file, and the link stage then links the whole area
     * on encodings (see {@code org.jigsaw.privacy.AreaEncoding}).
     *
     * @param key  name of the linkage key in the area's key file ({@code $JIGSAW_KEYS}); default {@code linkage}
     * @param meta the {@code .meta.json} written by {@code jigsaw encode}, relative to the area folder
     */
    public record Encoding(String key, String meta) {
        public String keyName() {
            return key == null || key.isBlank() ? "linkage" : key;
        }
    }

    /**
     * @param type       csv, xlsx or xml
     * @param delimiter  CSV field separator (default ",")
     * @param quote      CSV quote character (default '"')
     * @param encoding   UTF-8 (a BOM is tolerated) or windows-1252
     * @param sheet      XLSX sheet name (default: the first)
     * @param headerRow  XLSX 1-based row holding the headers (default 1)
     * @param recordPath XML path of the element that is one record, e.g. {@code /Message/Children/Child}
     */
    public record Format(
            String type,
            String delimiter,
            String quote,
            String encoding,
            String sheet,
            @JsonProperty("header_row") Integer headerRow,
            @JsonProperty("record_path") String recordPath) {
    }

    /**
     * One fact a row yields, e.g. "SEN provision E ⇒ EHC plan from start to cease date".
     *
     * @param type  a {@link org.jigsaw.cohort.FactType} key
     * @param when  optional condition: the row yields the fact only if the column's (mapped) value is in the list
     * @param each  XML only: a path, relative to the record, of a repeating element; one fact per element,
     *              and start/end/date/code paths are relative to it
     * @param start column of the start date (statuses)
     * @param end   column of the end date (statuses; blank = still active)
     * @param date  column of the event date (events)
     * @param code  column whose (mapped) value becomes the fact's code, or a literal prefixed with '='
     * @param value column whose value becomes the fact's value, or a literal prefixed with '='
     */
    public record FactRule(
            String type,
            Condition when,
            String each,
            String start,
            String end,
            String date,
            String code,
            String value) {
    }

    /** {@code column}'s value, after value mapping, must be one of {@code in}. */
    public record Condition(String column, List<String> in) {
    }
}
