package org.jigsaw.ingest;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jigsaw.area.AreaConfig;
import org.jigsaw.cohort.Fact;
import org.jigsaw.cohort.FactType;
import org.jigsaw.identity.Dates;
import org.jigsaw.ingest.read.BadRowReason;
import org.jigsaw.ingest.read.Row;
import org.jigsaw.ingest.read.RowSink;
import org.jigsaw.ingest.read.SourceFileException;
import org.jigsaw.record.Field;
import org.jigsaw.record.SourceRecord;

/**
 * Turns the rows of one source's files into records and facts through its definition, counting
 * everything the data-quality report needs. Rows with the same id are one record: an exact copy
 * is quarantined as {@link QuarantineReason#DUPLICATE_ROW}; a row that differs (one row per
 * contact, per plan…) adds its facts to the record, and if its identifying fields differ that
 * is counted as an id conflict.
 *
 * <p>Not thread-safe: one loader per source, fed one file at a time.
 */
public final class SourceLoader {

    /** Detailed problem locations kept per check and column (the rest are counted). */
    private static final int SAMPLES = 20;
    /** Extracts older than this at the reference date are reported as stale. */
    public static final int STALE_AFTER_DAYS = 92;

    private record FieldSpec(Field field, String column, Map<String, String> mapping) {
    }

    private record RuleSpec(SourceDefinition.FactRule rule, FactType type) {
    }

    private final SourceDefinition def;
    private final AreaConfig area;
    private final Consumer<SourceRecord> records;
    private final Consumer<Fact> facts;
    private final FieldCheck checker;
    private final List<FieldSpec> specs = new ArrayList<>();
    private final List<RuleSpec> rules = new ArrayList<>();
    private final Set<Field> required = java.util.EnumSet.noneOf(Field.class);
    private final Map<String, Map<String, String>> mappings = new HashMap<>();
    private final Quarantine quarantine;
    private final List<SourceProblem> problems = new ArrayList<>();
    private final Map<String, long[]> problemCounts = new LinkedHashMap<>();
    /** id → [identity hash, content hashes of rows seen…] */
    private final Map<String, long[]> seen = new HashMap<>();
    private final FieldCheck.Outcome outcome = new FieldCheck.Outcome();
    private final FieldCheck.Status[] statuses;
    private final String[] values;

    private final List<String> files = new ArrayList<>();
    private long rowsRead;
    private long rowsLoaded;
    private long recordsLoaded;
    private long duplicateRows;
    private long idConflicts;
    private final long[][] fieldCounts; // per spec: [missing, invalid, future, outside age, outside area]
    private final Map<String, Long> unmapped = new LinkedHashMap<>();
    private final Map<String, Long> factProblems = new LinkedHashMap<>();
    private final List<QualityFinding> fileFindings = new ArrayList<>();

    public SourceLoader(SourceDefinition def, AreaConfig area, Consumer<SourceRecord> records, Consumer<Fact> facts) {
        this.def = def;
        this.area = area;
        this.records = records;
        this.facts = facts;
        this.quarantine = new Quarantine(def.name());
        LocalDate ref = area.referenceDate() != null ? area.referenceDate() : LocalDate.now();
        Set<String> districts = new HashSet<>();
        if (area.postcodeDistricts() != null) {
            for (String d : area.postcodeDistricts()) districts.add(d.strip().toUpperCase(Locale.ROOT));
        }
        this.checker = new FieldCheck(Dates.formatters(def.dateFormats()), ref, area.ageMin(),
                area.ageMax() > 0 ? area.ageMax() : 25, districts);
        if (def.values() != null) {
            def.values().forEach((col, map) -> {
                Map<String, String> m = new HashMap<>();
                if (map != null) map.forEach((k, v) -> m.put(k.strip(), v == null ? "" : v.strip()));
                mappings.put(col, m);
            });
        }
        if (def.fields() != null) {
            for (Map.Entry<String, String> e : def.fields().entrySet()) {
                specs.add(new FieldSpec(Field.fromKey(e.getKey()), e.getValue(), mappings.get(e.getValue())));
            }
        }
        if (def.required() != null) for (String r : def.required()) required.add(Field.fromKey(r));
        if (def.facts() != null) {
            for (SourceDefinition.FactRule r : def.facts()) rules.add(new RuleSpec(r, FactType.fromKey(r.type())));
        }
        this.statuses = new FieldCheck.Status[specs.size()];
        this.values = new String[specs.size()];
        this.fieldCounts = new long[specs.size()][5];
    }

    public SourceDefinition definition() {
        return def;
    }

    /** The sink for one file; call once per file, in order. */
    public RowSink sink(String fileLabel) {
        files.add(fileLabel);
        return new RowSink() {
            @Override
            public void header(List<String> columns) {
                checkHeader(fileLabel, columns);
            }

            @Override
            public void row(Row row) {
                accept(fileLabel, row);
            }

            @Override
            public void bad(long line, BadRowReason reason, String detail) {
                rowsRead++;
                quarantine(fileLabel, line, QuarantineReason.of(reason), detail, null);
            }

            @Override
            public void notice(String kind, String message) {
                fileFindings.add(new QualityFinding(def.name(), null, kind, 1, 1, fileLabel + ": " + message));
                problem(fileLabel, 0, null, kind.equals("delimiter_mismatch") ? SourceProblem.Severity.ERROR
                        : SourceProblem.Severity.WARNING, kind, message);
            }
        };
    }

    /** A file that could not be read (or stopped being readable): reported, never fatal to the run. */
    public void fileFailed(String fileLabel, SourceFileException e) {
        fileFindings.add(new QualityFinding(def.name(), e.column(), "unreadable_file", 1, 1,
                fileLabel + (e.line() > 0 ? ":" + e.line() : "") + ": " + e.getMessage()));
        problem(fileLabel, e.line(), e.column(), SourceProblem.Severity.ERROR, "unreadable_file", e.getMessage());
    }

    /** No file matches the definition's {@code file} pattern. */
    public void noFiles() {
        fileFindings.add(new QualityFinding(def.name(), null, "no_file", 1, 1, "no file matches '" + def.file() + "'"));
        problem(def.file(), 0, null, SourceProblem.Severity.ERROR, "no_file", "no file matches '" + def.file() + "'");
    }

    private void checkHeader(String file, List<String> columns) {
        if (columns.isEmpty()) return; // XML: paths are checked per record
        org.jigsaw.ingest.read.Header h = new org.jigsaw.ingest.read.Header(columns);
        List<String> missingRequired = new ArrayList<>();
        if (!h.has(def.id())) missingRequired.add(def.id());
        for (FieldSpec s : specs) {
            if (h.has(s.column())) continue;
            if (required.contains(s.field())) {
                missingRequired.add(s.column());
            } else {
                fileFindings.add(new QualityFinding(def.name(), s.field().key(), "missing_column", 1, 1,
                        file + ": no column '" + s.column() + "'; the field is empty for every row"));
                problem(file, 1, s.column(), SourceProblem.Severity.ERROR, "missing_column",
                        "source " + def.name() + ": the file has no column '" + s.column() + "' (mapped to "
                                + s.field().key() + ")");
            }
        }
        for (String c : factColumns()) {
            if (!h.has(c)) {
                problem(file, 1, c, SourceProblem.Severity.ERROR, "missing_column",
                        "source " + def.name() + ": the file has no column '" + c + "' (used by facts)");
            }
        }
        if (!missingRequired.isEmpty()) {
            throw new SourceFileException(file, 1, missingRequired.get(0), "source " + def.name() + ", file " + file
                    + ": required column " + String.join(", ", missingRequired.stream().map(c -> "'" + c + "'").toList())
                    + " is missing from the header");
        }
    }

    private List<String> factColumns() {
        List<String> cols = new ArrayList<>();
        for (RuleSpec r : rules) {
            SourceDefinition.FactRule f = r.rule();
            for (String c : new String[] {f.start(), f.end(), f.date(), f.code(), f.value(),
                    f.when() == null ? null : f.when().column()}) {
                if (c != null && !c.isBlank() && !c.startsWith("=") && !cols.contains(c)) cols.add(c);
            }
        }
        return cols;
    }

    private void accept(String file, Row row) {
        rowsRead++;
        String id = row.get(def.id());
        id = id == null ? null : id.strip();
        if (id == null || id.isEmpty()) {
            quarantine(file, row.line(), QuarantineReason.MISSING_ID, "no value in the id column '" + def.id() + "'", def.id());
            return;
        }
        long contentHash = fnv(row.content());
        long[] prior = seen.get(id);
        if (prior != null) {
            for (int i = 1; i < prior.length; i++) {
                if (prior[i] == contentHash) {
                    duplicateRows++;
                    quarantine(file, row.line(), QuarantineReason.DUPLICATE_ROW,
                            "an exact copy of an earlier row with the same id", null);
                    return;
                }
            }
        }
        for (int i = 0; i < specs.size(); i++) {
            FieldSpec s = specs.get(i);
            String raw = row.get(s.column());
            if (raw != null && s.mapping() != null) raw = map(s.column(), s.mapping(), raw);
            checker.check(s.field(), raw, outcome);
            statuses[i] = outcome.status;
            values[i] = outcome.value;
            if (required.contains(s.field())) {
                if (outcome.status == FieldCheck.Status.MISSING) {
                    quarantine(file, row.line(), QuarantineReason.MISSING_REQUIRED, "required field " + s.field().key()
                            + " (column '" + s.column() + "') is blank", s.column());
                    return;
                }
                if (outcome.value == null) {
                    quarantine(file, row.line(), QuarantineReason.INVALID_REQUIRED, "required field " + s.field().key()
                            + " (column '" + s.column() + "') is " + describe(s.field(), outcome.status), s.column());
                    return;
                }
            }
        }
        rowsLoaded++;
        EnumMap<Field, String> vals = new EnumMap<>(Field.class);
        for (int i = 0; i < specs.size(); i++) {
            FieldSpec s = specs.get(i);
            FieldCheck.Status st = statuses[i];
            long[] c = fieldCounts[i];
            switch (st) {
                case MISSING -> c[0]++;
                case INVALID -> {
                    c[1]++;
                    problem(file, row.line(), s.column(), SourceProblem.Severity.WARNING, "invalid_" + s.field().key(),
                            "not a valid " + label(s.field()) + "; loaded as blank");
                }
                case FUTURE -> {
                    c[2]++;
                    problem(file, row.line(), s.column(), SourceProblem.Severity.WARNING, "future_" + s.field().key(),
                            "a date after the reference date; loaded as blank");
                }
                case OUTSIDE_AGE_RANGE -> c[3]++;
                case OUTSIDE_AREA -> c[4]++;
                default -> {
                }
            }
            if (values[i] != null && !vals.containsKey(s.field())) vals.put(s.field(), values[i]);
        }
        String key = SourceRecord.key(def.name(), id);
        long identity = vals.hashCode();
        if (prior == null) {
            seen.put(id, new long[] {identity, contentHash});
            recordsLoaded++;
            records.accept(new SourceRecord(key, def.name(), file, row.line(), vals));
        } else {
            long[] grown = java.util.Arrays.copyOf(prior, prior.length + 1);
            grown[prior.length] = contentHash;
            seen.put(id, grown);
            if (prior[0] != identity) idConflicts++;
        }
        facts(file, row, key);
    }

    private void facts(String file, Row row, String key) {
        for (RuleSpec rs : rules) {
            SourceDefinition.FactRule r = rs.rule();
            List<Row> scopes = r.each() == null || r.each().isBlank() ? List.of(row) : row.each(r.each());
            for (Row scope : scopes) {
                if (r.when() != null) {
                    String v = lookup(scope, row, r.when().column());
                    if (v == null || !r.when().in().contains(v)) continue;
                }
                LocalDate start = null;
                LocalDate end = null;
                String startCol = rs.type().kind() == FactType.Kind.EVENT && r.date() != null ? r.date() : r.start();
                if (startCol != null) {
                    String raw = lookup(scope, row, startCol);
                    if (raw != null && !raw.isBlank()) {
                        start = checker.date(raw);
                        if (start == null) {
                            factProblem(file, scope.line(), startCol, rs.type());
                            continue;
                        }
                    }
                }
                if (rs.type().kind() == FactType.Kind.EVENT) {
                    if (start == null) {
                        factProblems.merge(rs.type().key() + ":missing_date", 1L, Long::sum);
                        continue;
                    }
                    end = start;
                } else {
                    if (rs.type().kind() == FactType.Kind.STATUS && start == null) {
                        factProblems.merge(rs.type().key() + ":missing_start", 1L, Long::sum);
                        continue;
                    }
                    if (r.end() != null) {
                        String raw = lookup(scope, row, r.end());
                        if (raw != null && !raw.isBlank()) {
                            end = checker.date(raw);
                            if (end == null) {
                                factProblem(file, scope.line(), r.end(), rs.type());
                                continue;
                            }
                        }
                    }
                }
                String code = literalOr(scope, row, r.code());
                String value = literalOr(scope, row, r.value());
                // an attribute without a code or value says nothing (e.g. a blank primary need)
                if (rs.type().kind() == FactType.Kind.ATTRIBUTE && blankToNull(code) == null && blankToNull(value) == null) continue;
                facts.accept(new Fact(key, def.name(), rs.type().key(), blankToNull(code), start, end, blankToNull(value)));
            }
        }
    }

    private void factProblem(String file, long line, String column, FactType type) {
        factProblems.merge(type.key() + ":invalid_date", 1L, Long::sum);
        problem(file, line, column, SourceProblem.Severity.WARNING, "invalid_fact_date",
                "not a date; no " + type.key() + " fact from this row");
    }

    /** Column value (mapped), looked up in the repeating element first and then the whole record. */
    private String lookup(Row scope, Row record, String column) {
        String v = scope.get(column);
        if (v == null && scope != record) v = record.get(column);
        if (v == null) return null;
        v = v.strip();
        Map<String, String> m = mappings.get(column);
        return m == null || v.isEmpty() ? v : map(column, m, v);
    }

    private String literalOr(Row scope, Row record, String spec) {
        if (spec == null || spec.isBlank()) return null;
        if (spec.startsWith("=")) return spec.substring(1);
        return lookup(scope, record, spec);
    }

    private String map(String column, Map<String, String> m, String raw) {
        String key = raw.strip();
        if (key.isEmpty()) return key;
        String v = m.get(key);
        if (v == null) v = m.get(key.toUpperCase(Locale.ROOT));
        if (v == null) {
            unmapped.merge(column, 1L, Long::sum);
            return key;
        }
        return v;
    }

    private void quarantine(String file, long line, QuarantineReason reason, String detail, String column) {
        quarantine.add(file, line, reason, detail);
        problem(file, line, column, SourceProblem.Severity.ERROR, "quarantine_" + reason.name(),
                "row quarantined (" + reason.name() + "): " + detail);
    }

    private void problem(String file, long line, String column, SourceProblem.Severity severity, String check, String message) {
        long[] n = problemCounts.computeIfAbsent(check + "\u0000" + (column == null ? "" : column) + "\u0000" + file,
                k -> new long[] {0, severity.ordinal()});
        if (n[0]++ < SAMPLES) problems.add(new SourceProblem(def.name(), file, line, column, severity, message));
    }

    /** Everything this source produced besides records and facts; call once after the last file. */
    public SourceOutcome finish() {
        if (files.isEmpty() && fileFindings.isEmpty()) noFiles();
        List<QualityFinding> f = new ArrayList<>(fileFindings);
        String src = def.name();
        for (int i = 0; i < specs.size(); i++) {
            FieldSpec s = specs.get(i);
            long[] c = fieldCounts[i];
            String field = s.field().key();
            f.add(new QualityFinding(src, field, "missing", c[0], rowsLoaded, "column '" + s.column() + "' blank"));
            if (validated(s.field())) {
                f.add(new QualityFinding(src, field, "invalid", c[1], rowsLoaded - c[0],
                        "not a valid " + label(s.field()) + "; loaded as blank"));
            }
            if (s.field() == Field.DOB) {
                f.add(new QualityFinding(src, field, "future_date", c[2], rowsLoaded - c[0], "date of birth after the reference date"));
                f.add(new QualityFinding(src, field, "outside_age_range", c[3], rowsLoaded - c[0],
                        "aged outside " + area.ageMin() + "–" + area.ageMax() + " at the reference date (loaded)"));
            }
            if (s.field() == Field.POSTCODE && area.postcodeDistricts() != null && !area.postcodeDistricts().isEmpty()) {
                f.add(new QualityFinding(src, field, "outside_area", c[4], rowsLoaded - c[0],
                        "postcode district not in the area (loaded)"));
            }
        }
        unmapped.forEach((col, n) -> f.add(new QualityFinding(src, col, "unmapped_code", n, rowsLoaded,
                "value not in the definition's value mapping for column '" + col + "'")));
        factProblems.forEach((k, n) -> f.add(new QualityFinding(src, k.substring(0, k.indexOf(':')),
                "fact_" + k.substring(k.indexOf(':') + 1), n, rowsLoaded, "rows whose fact could not be dated")));
        f.add(new QualityFinding(src, null, "duplicate_rows", duplicateRows, rowsRead,
                "exact copies of a row already loaded (quarantined as DUPLICATE_ROW)"));
        f.add(new QualityFinding(src, null, "id_conflict", idConflicts, rowsLoaded,
                "rows sharing a record id with an earlier row but with different identifying fields"));
        quarantine.countsByReason().forEach((reason, n) -> f.add(new QualityFinding(src, null,
                "quarantined_" + reason.name().toLowerCase(Locale.ROOT), n, rowsRead, "rows quarantined")));
        if (rowsRead == 0 && !files.isEmpty()) {
            f.add(new QualityFinding(src, null, "no_rows", 1, 1, "the files hold no data rows"));
        }
        LocalDate ref = area.referenceDate();
        if (def.extractDate() != null && ref != null) {
            long days = ChronoUnit.DAYS.between(def.extractDate(), ref);
            f.add(new QualityFinding(src, null, "extract_age_days", days, 0, "extract dated " + def.extractDate() + ", "
                    + (days >= 0 ? days + " days before" : -days + " days after") + " the reference date "
                    + (days > STALE_AFTER_DAYS ? "(stale: older than " + STALE_AFTER_DAYS + " days)" : "")));
            f.add(new QualityFinding(src, null, "stale_extract", days > STALE_AFTER_DAYS ? 1 : 0, 1,
                    "extract older than " + STALE_AFTER_DAYS + " days at the reference date"));
        }
        List<SourceProblem> all = new ArrayList<>(problems);
        problemCounts.forEach((k, n) -> {
            if (n[0] > SAMPLES) {
                String[] parts = k.split("\u0000", -1);
                all.add(new SourceProblem(src, parts[2], 0, parts[1].isEmpty() ? null : parts[1],
                        SourceProblem.Severity.values()[(int) n[1]], "… and " + (n[0] - SAMPLES) + " more like the above (" + parts[0] + ")"));
            }
        });
        SourceReconciliation rec = new SourceReconciliation(src, def.dataset(), def.agency(), String.join(", ", files),
                def.extractDate(), rowsRead, rowsLoaded, quarantine.size());
        return new SourceOutcome(rec, quarantine, f, all, recordsLoaded);
    }

    private static boolean validated(Field f) {
        return switch (f) {
            case NHS_NUMBER, UPN, FORMER_UPN, ULN, DOB, SEX, POSTCODE, UPRN -> true;
            default -> false;
        };
    }

    private static String label(Field f) {
        return switch (f) {
            case NHS_NUMBER -> "NHS number";
            case UPN -> "UPN";
            case FORMER_UPN -> "former UPN";
            case ULN -> "ULN";
            case DOB -> "date";
            case SEX -> "sex code";
            case POSTCODE -> "UK postcode";
            case UPRN -> "UPRN";
            default -> f.key();
        };
    }

    private static String describe(Field f, FieldCheck.Status st) {
        return st == FieldCheck.Status.FUTURE ? "after the reference date" : "not a valid " + label(f);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** 64-bit FNV-1a: enough to tell rows apart (collision odds ~1e-8 at a million rows) without storing them. */
    static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
