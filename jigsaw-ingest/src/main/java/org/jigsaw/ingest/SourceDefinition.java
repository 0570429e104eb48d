package org.jigsaw.ingest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * @param id          column (or XML path) holding the source's own record id; several columns make a
 *                    composite id ({@code [CHILD, DECOM]}: one record per child and episode start);
 *                    {@value #RECORD_ID} when the return has no id (each record is then its own)
 * @param fields      canonical field key ({@code nhs_number}, {@code dob}…) → column / XML path, or a list of
 *                    alternatives of which the first non-blank wins ({@code sex: [Sex, GenderCurrent]})
 * @param dateFormats java.time patterns tried in order for every date column
 * @param values      column → (source code → canonical code), e.g. {@code Gender: {1: M, 2: F}}
 * @param required    canonical fields a row cannot be used without (quarantined if unparseable)
 * @param facts       what each row says about the child
 * @param encoding    set when the identifier columns hold keyed encodings made by {@code jigsaw encode}
 *                    at the sending partner (privacy-preserving linkage); null for clear-text extracts
 * @param joins       other tables whose columns enrich each row, matched on a key (903 Episodes ← Header)
 * @param referenceDate where each file states its own reference date (CIN {@code Header/ReferenceDate}),
 *                    so files of several years load together; overrides {@code extract_date} per file
 * @param rules       validation rule packs applied to every row, by name ({@code rules: ssda903-episodes}, or a
 *                    list); see {@link org.jigsaw.ingest.rules.RulePacks}. Null or empty for none
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record SourceDefinition(
        String name,
        String agency,
        String dataset,
        String file,
        Format format,
        @JsonProperty("extract_date") LocalDate extractDate,
        Columns id,
        Map<String, Columns> fields,
        @JsonProperty("date_formats") List<String> dateFormats,
        Map<String, Map<String, String>> values,
        List<String> required,
        List<FactRule> facts,
        Encoding encoding,
        List<Join> joins,
        @JsonProperty("reference_date") ReferenceDate referenceDate,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> rules) {

    /**
     * {@code id: "@record"}: the return gives its records no id of their own (SEN2 persons), so each
     * is identified by its place in its file ({@code SEN2_2024.xml#17}), never by a value from it.
     */
    public static final String RECORD_ID = "@record";

    /** A clear-text source (no {@link #encoding}). */
    public SourceDefinition(String name, String agency, String dataset, String file, Format format, LocalDate extractDate,
                            String id, Map<String, String> fields, List<String> dateFormats,
                            Map<String, Map<String, String>> values, List<String> required, List<FactRule> facts) {
        this(name, agency, dataset, file, format, extractDate, id, fields, dateFormats, values, required, facts, null);
    }

    /** A one-table source with a single id column and one column per field (no joins, no per-file date). */
    public SourceDefinition(String name, String agency, String dataset, String file, Format format, LocalDate extractDate,
                            String id, Map<String, String> fields, List<String> dateFormats,
                            Map<String, Map<String, String>> values, List<String> required, List<FactRule> facts,
                            Encoding encoding) {
        this(name, agency, dataset, file, format, extractDate, id == null ? null : Columns.of(id), Columns.each(fields),
                dateFormats, values, required, facts, encoding, null, null, null);
    }

    /** The id column, or the id columns joined by {@code +} for a composite id (for messages and encoding specs). */
    public String idLabel() {
        return id == null ? null : id.label();
    }

    /** The first column of each field (the only one unless alternatives are given). */
    public Map<String, String> fieldColumns() {
        Map<String, String> out = new LinkedHashMap<>();
        if (fields != null) fields.forEach((k, v) -> out.put(k, v == null ? null : v.first()));
        return out;
    }

    /**
     * One column name or XML path, or several: for {@code id} all of them make the record id, for a
     * field the first that is non-blank in a row gives its value. YAML takes a string or a list.
     */
    public record Columns(List<String> names) {
        public Columns {
            names = names == null ? List.of() : List.copyOf(names);
        }

        public static Columns of(String... names) {
            return new Columns(List.of(names));
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Columns fromYaml(Object v) {
            if (v == null) return new Columns(List.of());
            if (v instanceof List<?> l) {
                List<String> out = new ArrayList<>(l.size());
                for (Object o : l) out.add(o == null ? "" : o.toString());
                return new Columns(out);
            }
            return new Columns(List.of(v.toString()));
        }

        static Map<String, Columns> each(Map<String, String> columns) {
            if (columns == null) return null;
            Map<String, Columns> out = new LinkedHashMap<>();
            columns.forEach((k, v) -> out.put(k, v == null ? new Columns(List.of()) : of(v)));
            return out;
        }

        @JsonValue
        Object yaml() {
            return names.size() == 1 ? names.get(0) : names;
        }

        public String first() {
            return names.isEmpty() ? null : names.get(0);
        }

        public boolean isBlank() {
            return names.isEmpty() || names.stream().anyMatch(n -> n == null || n.isBlank());
        }

        String label() {
            return String.join("+", names);
        }

        @Override
        public String toString() {
            return names.size() == 1 ? names.get(0) : names.toString();
        }
    }

    /**
     * Another table whose columns each row of this source can use, matched on a key: the 903
     * Episodes table carries only CHILD, its Header gives DOB, SEX and UPN. The joined table is held
     * in memory (one entry per key). A row's own columns win over the joined ones; a row whose key has
     * no match is still loaded and is counted ({@code join_unmatched}).
     *
     * @param name   names the join for {@code each:} (one fact per matching row, e.g. each SEN need of a
     *               pupil); default: the file name without folder and extension
     * @param file   file name or glob of the joined table, relative to the area folder
     * @param format how to read it (default: this source's format; sheet and record_path usually differ)
     * @param on     this source's key column(s)
     * @param key    the joined table's key column(s) (default: the same names as {@code on})
     * @param optional true when most rows have no match by design (a pupil with no SEN need has no
     *               {@code senneeds} row): an unmatched row is then not a finding
     */
    public record Join(String name, String file, Format format, Columns on, Columns key, Boolean optional) {
        public Join(String name, String file, Format format, Columns on, Columns key) {
            this(name, file, format, on, key, null);
        }

        public boolean isOptional() {
            return Boolean.TRUE.equals(optional);
        }

        public Columns keyColumns() {
            return key == null || key.names().isEmpty() ? on : key;
        }

        public String label() {
            if (name != null && !name.isBlank()) return name.strip();
            String f = file == null ? "" : file.replace('\\', '/');
            f = f.substring(f.lastIndexOf('/') + 1);
            int dot = f.lastIndexOf('.');
            return dot > 0 ? f.substring(0, dot) : f;
        }
    }

    /**
     * Where each file says what date it is as at. Exactly one of:
     *
     * @param path   XML: an absolute element path read before the records, e.g.
     *               {@code /Message/Header/CollectionDetails/ReferenceDate}
     * @param column CSV/XLSX: a column whose value in the first data row dates the whole file
     */
    public record ReferenceDate(String path, String column) {
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
     * @param sheets     XLSX: several sheets of one workbook read in turn as one source (instead of {@code sheet})
     */
    public record Format(
            String type,
            String delimiter,
            String quote,
            String encoding,
            String sheet,
            @JsonProperty("header_row") Integer headerRow,
            @JsonProperty("record_path") String recordPath,
            List<String> sheets) {

        public Format(String type, String delimiter, String quote, String encoding, String sheet, Integer headerRow,
                      String recordPath) {
            this(type, delimiter, quote, encoding, sheet, headerRow, recordPath, null);
        }

        /** The sheets to read: {@code sheets}, else {@code sheet} (null: the first sheet). */
        public List<String> sheetNames() {
            if (sheets != null && !sheets.isEmpty()) return sheets;
            List<String> one = new ArrayList<>(1);
            one.add(sheet);
            return one;
        }
    }

    /**
     * One fact a row yields, e.g. "SEN provision E ⇒ EHC plan from start to cease date".
     *
     * @param type  a {@link org.jigsaw.cohort.FactType} key
     * @param when  optional condition: the row yields the fact only if the column's (mapped) value is in the list
     * @param each  XML: a path, relative to the record, of a repeating element; tabular: the name of a join
     *              (one fact per matching row); start/end/date/code paths are relative to it
     * @param start column of the start date (statuses), {@code @extract_date} (the file's date) or {@code =yyyy-MM-dd}
     * @param end   column of the end date (statuses; blank = still active)
     * @param date  column of the event date (events)
     * @param code  column whose (mapped) value becomes the fact's code, or a literal prefixed with '='
     * @param value column whose value becomes the fact's value, or a literal prefixed with '='
     * @param asAt  statuses of undated lists: the status is known to hold on this one day (start = end =
     *              it); {@code @extract_date}, a column or {@code =yyyy-MM-dd}. Instead of start/end
     */
    public record FactRule(
            String type,
            Condition when,
            String each,
            String start,
            String end,
            String date,
            String code,
            String value,
            @JsonProperty("as_at") String asAt) {

        public FactRule(String type, Condition when, String each, String start, String end, String date, String code,
                        String value) {
            this(type, when, each, start, end, date, code, value, null);
        }
    }

    /**
     * {@code column}'s value, after value mapping, must be one of {@code in} (when given) and none of
     * {@code not_in} (when given). A blank value matches neither.
     */
    public record Condition(String column, List<String> in, @JsonProperty("not_in") List<String> notIn) {
        public Condition(String column, List<String> in) {
            this(column, in, null);
        }

        /** Whether a stripped, mapped, non-blank value passes. */
        public boolean accepts(String v) {
            if (v == null || v.isEmpty()) return false;
            return (in == null || in.isEmpty() || in.contains(v)) && (notIn == null || !notIn.contains(v));
        }
    }
}
