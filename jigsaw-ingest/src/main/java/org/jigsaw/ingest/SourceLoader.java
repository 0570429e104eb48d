package org.jigsaw.ingest;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jigsaw.area.AreaConfig;
import org.jigsaw.cohort.Fact;
import org.jigsaw.identity.Dates;
import org.jigsaw.ingest.check.Checks;
import org.jigsaw.ingest.read.BadRowReason;
import org.jigsaw.ingest.read.Row;
import org.jigsaw.ingest.read.RowSink;
import org.jigsaw.ingest.read.SourceFileException;
import org.jigsaw.ingest.read.TabularRow;
import org.jigsaw.ingest.rules.RuleRun;
import org.jigsaw.ingest.rules.SourceRules;
import org.jigsaw.record.Field;
import org.jigsaw.record.SourceRecord;

/**
 * Turns the rows of one source's files into records and facts through its definition, counting
 * everything the data-quality report needs. Rows with the same id are one record: an exact copy
 * is quarantined as {@link QuarantineReason#DUPLICATE_ROW}; a row that differs (one row per
 * contact, per plan…) adds its facts to the record, and if its identifying fields differ that
 * is counted as an id conflict.
 *
 * <p>The loader coordinates: it reads, identifies and checks rows, and hands off what a loaded row
 * says to {@link FactDeriver} and every problem, quarantined row and unknown code to
 * {@link ProblemLedger}.
 *
 * <p>Not thread-safe: one loader per source, fed one file at a time.
 */
public final class SourceLoader {

    /** Extracts older than this at the reference date are reported as stale. */
    public static final int STALE_AFTER_DAYS = 92;

    /**
     * @param column   how the field's column(s) are named in messages and counts
     * @param mappings per alternative column, its value mapping (null: none)
     */
    private record FieldSpec(Field field, String column, String[] columns, ValueMap[] mappings) {
    }

    private final SourceDefinition def;
    private final AreaConfig area;
    private final Consumer<SourceRecord> records;
    private final FieldCheck checker;
    private final List<FieldSpec> specs = new ArrayList<>();
    private final Set<Field> required = java.util.EnumSet.noneOf(Field.class);
    private final Map<String, ValueMap> mappings = new HashMap<>();
    /** The tables this source joins; empty for a one-table source. */
    private final JoinTables joins;
    private final long[] joinUnmatched;
    /** The latest date of the files read (their own reference date, else extract_date). */
    private LocalDate latestDate;
    private final ProblemLedger ledger;
    private final FactDeriver facts;
    /** Record key → identity hash and content hashes of the rows seen. */
    private final SeenIds seen = new SeenIds();
    private final FieldCheck.Outcome outcome = new FieldCheck.Outcome();
    private final FieldCheck.Status[] statuses;
    private final String[] values;
    /** Reads {@link #specs}' values on the loader's thread. */
    private final FieldColumns columns;
    /** The reading thread's own checker and column reader for {@link #prepare}. */
    private final FieldCheck aheadChecker;
    private final FieldCheck.Outcome aheadOutcome = new FieldCheck.Outcome();
    private final FieldColumns aheadColumns;

    private final List<String> files = new ArrayList<>();
    private final PossibleDuplicates duplicates = new PossibleDuplicates();
    /**
     * Whether one record is one child, so two ids with the same identity are a duplicate: yes when
     * local_id names the person, or when the source yields no events (a source without local_id
     * that yields events, like exclusions, has a row per event and repeats children by design).
     */
    private final boolean checkDuplicates;
    /** Identifier columns hold keyed encodings (see {@link SourceDefinition.Encoding}). */
    private final boolean encoded;
    /** {@code id: "@record"}: the file being numbered and the records read from it so far. */
    private String ordinalFile;
    private long ordinal;
    private long rowsRead;
    private long rowsLoaded;
    private long recordsLoaded;
    private long duplicateRows;
    private long idConflicts;
    private final long[][] fieldCounts; // per spec: [missing, invalid, future, outside age, outside area]
    private final List<QualityFinding> fileFindings = new ArrayList<>();
    /** The definition's validation rule packs; null when it names none. */
    private final RuleRun ruleRun;

    public SourceLoader(SourceDefinition def, AreaConfig area, Consumer<SourceRecord> records, Consumer<Fact> facts) {
        this(def, area, records, facts, JoinTables.none());
    }

    /** With the source's joined tables, read beforehand ({@link JoinTables#read}). */
    SourceLoader(SourceDefinition def, AreaConfig area, Consumer<SourceRecord> records, Consumer<Fact> facts, JoinTables joins) {
        this.def = def;
        this.joins = joins;
        this.joinUnmatched = new long[joins.names().size()];
        this.area = area;
        this.records = records;
        this.ledger = new ProblemLedger(def.name());
        LocalDate ref = area.requiredReferenceDate();
        Set<String> districts = new HashSet<>();
        if (area.postcodeDistricts() != null) {
            for (String d : area.postcodeDistricts()) districts.add(d.strip().toUpperCase(Locale.ROOT));
        }
        this.checker = new FieldCheck(Dates.formatters(def.dateFormats()), ref, area.ageMin(),
                area.ageMax() > 0 ? area.ageMax() : 25, districts);
        if (def.values() != null) {
            def.values().forEach((col, map) -> mappings.put(col, ValueMap.compile(map)));
        }
        if (def.fields() != null) {
            for (Map.Entry<String, SourceDefinition.Columns> e : def.fields().entrySet()) {
                String[] cols = e.getValue().names().toArray(new String[0]);
                ValueMap[] maps = new ValueMap[cols.length];
                for (int k = 0; k < cols.length; k++) maps[k] = mappings.get(cols[k]);
                specs.add(new FieldSpec(Field.fromKey(e.getKey()), String.join(" or ", cols), cols, maps));
            }
        }
        if (def.required() != null) for (String r : def.required()) required.add(Field.fromKey(r));
        this.facts = new FactDeriver(def, mappings, checker, facts, ledger);
        this.checkDuplicates = (def.fields() != null && def.fields().containsKey(Field.LOCAL_ID.key()))
                || !this.facts.yieldsEvents();
        this.encoded = def.encoding() != null;
        this.statuses = new FieldCheck.Status[specs.size()];
        this.values = new String[specs.size()];
        this.columns = new FieldColumns(specs.stream().map(FieldSpec::columns).toList());
        this.aheadColumns = new FieldColumns(specs.stream().map(FieldSpec::columns).toList());
        this.aheadChecker = new FieldCheck(Dates.formatters(def.dateFormats()), ref, area.ageMin(),
                area.ageMax() > 0 ? area.ageMax() : 25, districts);
        this.fieldCounts = new long[specs.size()][5];
        this.ruleRun = SourceRules.forSource(def, area);
    }

    public SourceDefinition definition() {
        return def;
    }

    /** A date as this source's {@code date_formats} read it; null when it is not one. */
    LocalDate parseDate(String raw) {
        return checker.date(raw);
    }

    /** The sink for one file; call once per file, in order. */
    public RowSink sink(String fileLabel) {
        return sink(fileLabel, null);
    }

    /**
     * The sink for one file that states its own date ({@link SourceDefinition#referenceDate()}):
     * {@code @extract_date} in its facts means that date. Null: the definition's {@code extract_date}.
     */
    public RowSink sink(String fileLabel, LocalDate fileDate) {
        files.add(fileLabel);
        LocalDate date = fileDate != null ? fileDate : def.extractDate();
        if (date != null && (latestDate == null || date.isAfter(latestDate))) latestDate = date;
        return new RowSink() {
            @Override
            public void header(List<String> columns) {
                checkHeader(fileLabel, columns);
            }

            @Override
            public void row(Row row) {
                accept(fileLabel, date, row);
            }

            @Override
            public void bad(long line, BadRowReason reason, String detail) {
                rowsRead++;
                ledger.quarantine(fileLabel, line, QuarantineReason.of(reason), detail, null);
            }

            @Override
            public void notice(String kind, String message) {
                fileFindings.add(new QualityFinding(def.name(), null, kind, 1, 1, fileLabel + ": " + message));
                ledger.problem(fileLabel, 0, null, kind.equals("delimiter_mismatch") ? SourceProblem.Severity.ERROR
                        : SourceProblem.Severity.WARNING, kind, message);
            }
        };
    }

    /** A file that could not be read (or stopped being readable): reported, never fatal to the run. */
    public void fileFailed(String fileLabel, SourceFileException e) {
        fileFindings.add(new QualityFinding(def.name(), e.column(), "unreadable_file", 1, 1,
                fileLabel + (e.line() > 0 ? ":" + e.line() : "") + ": " + e.getMessage()));
        ledger.problem(fileLabel, e.line(), e.column(), SourceProblem.Severity.ERROR, "unreadable_file", e.getMessage());
    }

    /** The source is refused before any file is read (an encoded extract under the wrong key). */
    public void refused(String message) {
        fileFindings.add(new QualityFinding(def.name(), null, Checks.REFUSED, 1, 1, message));
        ledger.problem(def.file(), 0, null, SourceProblem.Severity.ERROR, Checks.REFUSED, message);
    }

    /** No file matches the definition's {@code file} pattern. */
    public void noFiles() {
        fileFindings.add(new QualityFinding(def.name(), null, "no_file", 1, 1, "no file matches '" + def.file() + "'"));
        ledger.problem(def.file(), 0, null, SourceProblem.Severity.ERROR, "no_file", "no file matches '" + def.file() + "'");
    }

    private void checkHeader(String file, List<String> columns) {
        if (columns.isEmpty()) return; // XML: paths are checked per record
        org.jigsaw.ingest.read.Header h = new org.jigsaw.ingest.read.Header(columns);
        List<String> missingRequired = new ArrayList<>();
        for (String idColumn : def.id().names()) {
            if (!SourceDefinition.RECORD_ID.equals(idColumn) && !has(h, idColumn)) missingRequired.add(idColumn);
        }
        for (FieldSpec s : specs) {
            if (java.util.Arrays.stream(s.columns()).anyMatch(c -> has(h, c))) continue;
            if (required.contains(s.field())) {
                missingRequired.add(s.column());
            } else {
                fileFindings.add(new QualityFinding(def.name(), s.field().key(), "missing_column", 1, 1,
                        file + ": no column '" + s.column() + "'; the field is empty for every row"));
                ledger.problem(file, 1, s.column(), SourceProblem.Severity.ERROR, "missing_column",
                        "source " + def.name() + ": the file has no column '" + s.column() + "' (mapped to "
                                + s.field().key() + ")");
            }
        }
        for (String c : facts.columns(joins)) {
            if (!has(h, c)) {
                ledger.problem(file, 1, c, SourceProblem.Severity.ERROR, "missing_column",
                        "source " + def.name() + ": the file has no column '" + c + "' (used by facts)");
            }
        }
        if (!missingRequired.isEmpty()) {
            throw new SourceFileException(file, 1, missingRequired.get(0), "source " + def.name() + ", file " + file
                    + ": required column " + String.join(", ", missingRequired.stream().map(c -> "'" + c + "'").toList())
                    + " is missing from the header");
        }
    }

    /** The file's own header, else a joined table, has the column. */
    private boolean has(org.jigsaw.ingest.read.Header h, String column) {
        return h.has(column) || joins.has(column);
    }

    /**
     * A row whose field checks were done ahead, on the reading thread ({@link #prepare}): exactly
     * what {@link #accept} would compute, so the calling thread only counts and builds the record.
     */
    private record CheckedRow(Row row, String[] values, FieldCheck.Status[] statuses, boolean[] unmapped,
                              long contentHash) implements Row {
        @Override
        public long line() {
            return row.line();
        }

        @Override
        public String get(String column) {
            return row.get(column);
        }

        @Override
        public List<Row> each(String path) {
            return row.each(path);
        }

        @Override
        public String content() {
            return row.content();
        }
    }

    /**
     * Validates and standardises a row's mapped fields ahead of {@link RowSink#row}, with a checker of
     * its own, so a reading thread can do this work while the loader's thread handles earlier rows.
     * Pure: counts and problems are still recorded, in row order, when the row reaches the sink. Call
     * from one thread at a time (files are read one after another).
     */
    public Row prepare(Row row) {
        if (!joins.isEmpty()) row = joins.attach(row);
        // encoded sources carry keyed encodings, not values to validate: they take the plain path
        if (encoded || !(row instanceof TabularRow || row instanceof JoinedRow j && j.main() instanceof TabularRow)) return row;
        int n = specs.size();
        String[] vals = new String[n];
        FieldCheck.Status[] sts = new FieldCheck.Status[n];
        boolean[] unknown = new boolean[n];
        for (int i = 0; i < n; i++) {
            FieldSpec s = specs.get(i);
            String raw = aheadColumns.raw(i, row);
            ValueMap mapping = s.mappings()[aheadColumns.chosen()];
            if (raw != null && mapping != null) {
                String key = raw.strip();
                String v = key.isEmpty() ? key : mapping.map(key);
                unknown[i] = v == null;
                raw = v == null ? key : v;
            }
            aheadChecker.check(s.field(), raw, aheadOutcome);
            vals[i] = aheadOutcome.value;
            sts[i] = aheadOutcome.status;
        }
        return new CheckedRow(row, vals, sts, unknown, row.contentHash());
    }

    /** The row's record id: its id column, or the id columns' values joined by '|'; null when one is blank. */
    private String recordId(String file, Row row) {
        List<String> cols = def.id().names();
        if (cols.size() == 1 && SourceDefinition.RECORD_ID.equals(cols.get(0))) {
            // a return with no id of its own (SEN2): the record's place in its file, never a value from it
            if (!file.equals(ordinalFile)) {
                ordinalFile = file;
                ordinal = 0;
            }
            String name = file.replace('\\', '/');
            return name.substring(name.lastIndexOf('/') + 1) + "#" + ++ordinal;
        }
        if (cols.size() == 1) {
            String id = row.get(cols.get(0));
            id = id == null ? null : id.strip();
            return id == null || id.isEmpty() ? null : id;
        }
        StringBuilder sb = new StringBuilder();
        for (String c : cols) {
            String v = row.get(c);
            v = v == null ? null : v.strip();
            if (v == null || v.isEmpty()) return null;
            if (sb.length() > 0) sb.append('|');
            sb.append(v);
        }
        return sb.toString();
    }

    private String blankIdColumn(Row row) {
        for (String c : def.id().names()) {
            String v = row.get(c);
            if (v == null || v.isBlank()) return c;
        }
        return def.id().first();
    }

    private void accept(String file, LocalDate fileDate, Row row) {
        CheckedRow checked = row instanceof CheckedRow c ? c : null;
        if (checked != null) row = checked.row();
        if (!joins.isEmpty() && !(row instanceof JoinedRow)) row = joins.attach(row);
        rowsRead++;
        // every intact row, before any quarantine: counts match the published validator's on the same file
        if (ruleRun != null) ruleRun.accept(row);
        ledger.at(file, row.line(), rowsRead);
        String id = recordId(file, row);
        if (id == null) {
            String col = blankIdColumn(row);
            ledger.quarantine(file, row.line(), QuarantineReason.MISSING_ID, "no value in the id column '" + col + "'", col);
            return;
        }
        long contentHash = checked != null ? checked.contentHash() : row.contentHash();
        // keyed by the record key (one per id in a source), a string the record keeps anyway
        String key = SourceRecord.key(def.name(), id);
        int prior = seen.find(key);
        if (prior >= 0 && seen.hasContent(prior, contentHash)) {
            duplicateRows++;
            ledger.quarantine(file, row.line(), QuarantineReason.DUPLICATE_ROW,
                    "an exact copy of an earlier row with the same id", null);
            return;
        }
        for (int i = 0; i < specs.size(); i++) {
            FieldSpec s = specs.get(i);
            if (checked != null) {
                if (checked.unmapped()[i]) ledger.unmapped(s.column());
                outcome.status = checked.statuses()[i];
                outcome.value = checked.values()[i];
            } else {
                String raw = columns.raw(i, row);
                ValueMap mapping = s.mappings()[columns.chosen()];
                if (raw != null && mapping != null) raw = ledger.map(s.column(), mapping, raw);
                if (encoded) {
                    // keyed encodings from `jigsaw encode`: there is nothing in clear to validate
                    String v = raw == null ? null : raw.strip();
                    outcome.value = v == null || v.isEmpty() ? null : v;
                    outcome.status = outcome.value == null ? FieldCheck.Status.MISSING : FieldCheck.Status.OK;
                } else {
                    checker.check(s.field(), raw, outcome);
                }
            }
            statuses[i] = outcome.status;
            values[i] = outcome.value;
            if (required.contains(s.field())) {
                if (outcome.status == FieldCheck.Status.MISSING) {
                    ledger.quarantine(file, row.line(), QuarantineReason.MISSING_REQUIRED, "required field " + s.field().key()
                            + " (column '" + s.column() + "') is blank", s.column());
                    return;
                }
                if (outcome.value == null) {
                    ledger.quarantine(file, row.line(), QuarantineReason.INVALID_REQUIRED, "required field " + s.field().key()
                            + " (column '" + s.column() + "') is " + describe(s.field(), outcome.status), s.column());
                    return;
                }
            }
        }
        rowsLoaded++;
        if (row instanceof JoinedRow jr && jr.unmatched() != 0) unmatched(file, jr);
        EnumMap<Field, String> vals = new EnumMap<>(Field.class);
        for (int i = 0; i < specs.size(); i++) {
            FieldSpec s = specs.get(i);
            FieldCheck.Status st = statuses[i];
            long[] c = fieldCounts[i];
            switch (st) {
                case MISSING -> c[0]++;
                case INVALID -> {
                    ledger.sampled(++c[1], file, row.line(), s.column(), SourceProblem.Severity.WARNING, "invalid_" + s.field().key(),
                            "not a valid " + label(s.field()) + "; loaded as blank");
                }
                case FUTURE -> {
                    ledger.sampled(++c[2], file, row.line(), s.column(), SourceProblem.Severity.WARNING, "future_" + s.field().key(),
                            "a date after the reference date; loaded as blank");
                }
                case OUTSIDE_AGE_RANGE -> c[3]++;
                case OUTSIDE_AREA -> c[4]++;
                default -> {
                }
            }
            if (values[i] != null && !vals.containsKey(s.field())) vals.put(s.field(), values[i]);
        }
        long identity = vals.hashCode();
        if (prior < 0) {
            seen.add(key, identity, contentHash);
            recordsLoaded++;
            if (checkDuplicates) duplicates.add(vals, recordsLoaded - 1, id);
            records.accept(new SourceRecord(key, def.name(), file, row.line(), vals));
        } else {
            seen.addContent(prior, contentHash);
            if (seen.identity(prior) != identity) idConflicts++;
        }
        facts.derive(file, fileDate, row, key);
    }

    /** Counts the joins that found nothing for a loaded row (the row itself is loaded regardless). */
    private void unmatched(String file, JoinedRow row) {
        for (int j = 0; j < joinUnmatched.length; j++) {
            if ((row.unmatched() & (1 << j)) == 0 || joins.optional(j)) continue;
            ledger.sampled(++joinUnmatched[j], file, row.line(), String.join("+", joins.on(j)), SourceProblem.Severity.WARNING,
                    "join_unmatched", "no row of join '" + joins.names().get(j) + "' has this row's "
                            + String.join("+", joins.on(j)) + "; loaded without the joined columns");
        }
    }

    /** Everything this source produced besides records and facts; call once after the last file. */
    public SourceOutcome finish() {
        if (files.isEmpty() && fileFindings.isEmpty()) noFiles();
        List<QualityFinding> f = new ArrayList<>(fileFindings);
        Quarantine quarantine = ledger.quarantine();
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
        for (int j = 0; j < joinUnmatched.length; j++) {
            if (joins.optional(j)) continue;
            String on = String.join("+", joins.on(j));
            f.add(new QualityFinding(src, on, "join_unmatched", joinUnmatched[j], rowsLoaded,
                    "rows whose " + on + " has no match in join '" + joins.names().get(j) + "' (loaded without its columns)"));
        }
        for (JoinTables.Problem p : joins.problems()) {
            f.add(new QualityFinding(src, null, p.check(), p.count(), p.count(), p.file() + ": " + p.message()));
            ledger.problem(p.file(), 0, null, p.check().equals("join_bad_rows") || p.check().equals("join_blank_key")
                    ? SourceProblem.Severity.WARNING : SourceProblem.Severity.ERROR, p.check(),
                    "source " + src + ", join '" + p.join() + "': " + p.message());
        }
        ledger.unmappedCounts().forEach((col, n) -> f.add(new QualityFinding(src, col, "unmapped_code", n, rowsLoaded,
                "value not in the definition's value mapping for column '" + col + "'")));
        facts.findings(f, rowsLoaded);
        f.add(new QualityFinding(src, null, "duplicate_rows", duplicateRows, rowsRead,
                "exact copies of a row already loaded (quarantined as DUPLICATE_ROW)"));
        if (checkDuplicates) f.add(new QualityFinding(src, null, "possible_duplicate", duplicates.count(), recordsLoaded,
                "records sharing an NHS number, a UPN, or name and date of birth with another record of this source under a different id"));
        if (ruleRun != null) f.addAll(ruleRun.findings(src));
        f.add(new QualityFinding(src, null, "id_conflict", idConflicts, rowsLoaded,
                "rows sharing a record id with an earlier row but with different identifying fields"));
        quarantine.countsByReason().forEach((reason, n) -> f.add(new QualityFinding(src, null,
                "quarantined_" + reason.name().toLowerCase(Locale.ROOT), n, rowsRead, "rows quarantined")));
        if (rowsRead == 0 && !files.isEmpty()) {
            f.add(new QualityFinding(src, null, "no_rows", 1, 1, "the files hold no data rows"));
        }
        LocalDate ref = area.referenceDate();
        LocalDate extracted = latestDate != null ? latestDate : def.extractDate();
        if (extracted != null && ref != null) {
            long days = ChronoUnit.DAYS.between(extracted, ref);
            f.add(new QualityFinding(src, null, "extract_age_days", days, 0, "extract dated " + extracted + ", "
                    + (days >= 0 ? days + " days before" : -days + " days after") + " the reference date "
                    + (days > STALE_AFTER_DAYS ? "(stale: older than " + STALE_AFTER_DAYS + " days)" : "")));
            f.add(new QualityFinding(src, null, "stale_extract", days > STALE_AFTER_DAYS ? 1 : 0, 1,
                    "extract older than " + STALE_AFTER_DAYS + " days at the reference date"));
        }
        List<SourceProblem> all = ledger.problems();
        for (int i = 0; i < specs.size(); i++) {
            ledger.more(all, fieldCounts[i][1], specs.get(i).column(), SourceProblem.Severity.WARNING, "not a valid " + label(specs.get(i).field()));
            ledger.more(all, fieldCounts[i][2], specs.get(i).column(), SourceProblem.Severity.WARNING, "date after the reference date");
        }
        ledger.unmappedCounts().forEach((col, n) -> ledger.more(all, n, col, SourceProblem.Severity.WARNING, "code not in the value mapping"));
        for (int j = 0; j < joinUnmatched.length; j++) {
            ledger.more(all, joinUnmatched[j], String.join("+", joins.on(j)), SourceProblem.Severity.WARNING,
                    "no match in join '" + joins.names().get(j) + "'");
        }
        facts.more(all);
        quarantine.countsByReason().forEach((reason, n) -> ledger.more(all, n, null, SourceProblem.Severity.ERROR,
                "quarantined " + reason.name()));
        SourceReconciliation rec = new SourceReconciliation(src, def.dataset(), def.agency(), String.join(", ", files),
                extracted, rowsRead, rowsLoaded, quarantine.size());
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

}
