package org.jigsaw.synth.extract;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jigsaw.cohort.FactType;
import org.jigsaw.ingest.SourceDefinition;
import org.jigsaw.ingest.SourceDefinition.Condition;
import org.jigsaw.ingest.SourceDefinition.FactRule;
import org.jigsaw.ingest.SourceDefinition.Format;
import org.jigsaw.synth.CsvStyle;

/** Builders that keep the extract writers' source definitions short and uniform. */
final class Defs {
    private Defs() {
    }

    static DateTimeFormatter pattern(String p) {
        // Month abbreviations in English whatever the machine's locale ("Sep", never "Sept").
        return DateTimeFormatter.ofPattern(p, Locale.ENGLISH);
    }

    static String fmt(LocalDate d, DateTimeFormatter f) {
        return d == null ? "" : f.format(d);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static Format csv(CsvStyle style) {
        return new Format("csv", String.valueOf(style.delimiter()), "\"", style.encodingName(), null, null, null);
    }

    static Format xlsx(String sheet) {
        return new Format("xlsx", null, null, null, sheet, 1, null);
    }

    static Format xml(String recordPath) {
        return new Format("xml", null, null, "UTF-8", null, null, recordPath);
    }

    /** canonical field → column, in pairs. */
    static Map<String, String> fields(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
        return m;
    }

    static Map<String, String> codes(String... pairs) {
        return fields(pairs);
    }

    /** column → code map, in the order given (Map.of's order changes from one JVM run to the next). */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, String>> valueMap(Object... pairs) {
        Map<String, Map<String, String>> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put((String) pairs[i], (Map<String, String>) pairs[i + 1]);
        return m;
    }

    static Condition when(String column, String... in) {
        return new Condition(column, Arrays.asList(in));
    }

    static FactRule status(FactType type, Condition when, String start, String end, String code) {
        return new FactRule(type.key(), when, null, start, end, null, code, null);
    }

    static FactRule event(FactType type, Condition when, String date, String code) {
        return new FactRule(type.key(), when, null, null, null, date, code, null);
    }

    static FactRule with(FactRule r, String each, String value) {
        return new FactRule(r.type(), r.when(), each, r.start(), r.end(), r.date(), r.code(), value);
    }

    static Written source(String name, String agency, String dataset, String file, Format format,
                                   LocalDate extractDate, String id, Map<String, String> fields,
                                   List<String> dateFormats, Map<String, Map<String, String>> values,
                                   List<FactRule> facts) {
        return new Written.Definition(new SourceDefinition(name, agency, dataset, file, format, extractDate, id, fields,
                dateFormats, values, List.of("dob"), facts));
    }
}
