package org.jigsaw.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jigsaw.cohort.Fact;
import org.jigsaw.cohort.FactType;
import org.jigsaw.ingest.read.Row;

/**
 * Derives a loaded row's facts through its source's fact rules, and counts the rows whose fact
 * could not be dated. Kept apart from {@link SourceLoader}, which decides whether a row is loaded
 * at all; this decides what a loaded row says.
 *
 * <p>Not thread-safe: owned by one loader.
 */
final class FactDeriver {

    private record RuleSpec(SourceDefinition.FactRule rule, FactType type, String typeKey) {
    }

    /** Marks a date column whose value is not a date (null means blank). */
    private static final LocalDate INVALID = LocalDate.MIN;

    private final String source;
    private final List<RuleSpec> rules = new ArrayList<>();
    /** Per column, its value mapping. */
    private final Map<String, ValueMap> mappings;
    private final FieldCheck checker;
    private final Consumer<Fact> facts;
    private final ProblemLedger ledger;
    /** Per fact type and problem ({@code type:problem}), the rows it made factless. */
    private final Map<String, Long> factProblems = new TreeMap<>();

    FactDeriver(SourceDefinition def, Map<String, ValueMap> mappings, FieldCheck checker, Consumer<Fact> facts,
                ProblemLedger ledger) {
        this.source = def.name();
        this.mappings = mappings;
        this.checker = checker;
        this.facts = facts;
        this.ledger = ledger;
        if (def.facts() != null) {
            for (SourceDefinition.FactRule r : def.facts()) rules.add(new RuleSpec(r, FactType.fromKey(r.type()), FactType.fromKey(r.type()).key()));
        }
    }

    /** Whether any rule yields events (a row per event, so a source may repeat a child by design). */
    boolean yieldsEvents() {
        return rules.stream().anyMatch(r -> r.type().kind() == FactType.Kind.EVENT);
    }

    /** The columns the rules read from the file itself (not literals, the file's date or joined rows). */
    List<String> columns(JoinTables joins) {
        List<String> cols = new ArrayList<>();
        for (RuleSpec r : rules) {
            SourceDefinition.FactRule f = r.rule();
            if (f.each() != null && joins.names().contains(f.each().strip())) continue; // columns of the joined rows
            for (String c : new String[] {f.start(), f.end(), f.date(), f.code(), f.value(), f.asAt(),
                    f.when() == null ? null : f.when().column()}) {
                if (c != null && !c.isBlank() && !c.startsWith("=") && !c.equals(FactValues.EXTRACT_DATE)
                        && !cols.contains(c)) cols.add(c);
            }
        }
        return cols;
    }

    /** The facts of a loaded row of record {@code key}. */
    void derive(String file, LocalDate fileDate, Row row, String key) {
        for (RuleSpec rs : rules) {
            SourceDefinition.FactRule r = rs.rule();
            List<Row> scopes = r.each() == null || r.each().isBlank() ? List.of(row) : row.each(r.each());
            for (Row scope : scopes) {
                String matched = null;
                if (r.when() != null) {
                    // a repeating element (several Disability codes) matches if any of its values does
                    for (String v : lookupAll(scope, row, r.when().column())) {
                        if (r.when().accepts(v)) {
                            matched = v;
                            break;
                        }
                    }
                    if (matched == null) continue;
                }
                LocalDate start = null;
                LocalDate end = null;
                String startCol = r.asAt() != null && !r.asAt().isBlank() ? r.asAt()
                        : rs.type().kind() == FactType.Kind.EVENT && r.date() != null ? r.date() : r.start();
                if (startCol != null) {
                    start = date(startCol, scope, row, fileDate);
                    if (start == INVALID) {
                        factProblem(file, scope.line(), startCol, rs.type());
                        continue;
                    }
                }
                if (rs.type().kind() == FactType.Kind.EVENT || r.asAt() != null && !r.asAt().isBlank()) {
                    if (start == null) {
                        // a blank event date: it has not happened (no discharge yet); a status as at no date says nothing
                        if (rs.type().kind() != FactType.Kind.EVENT) factProblems.merge(rs.type().key() + ":missing_start", 1L, Long::sum);
                        continue;
                    }
                    end = start;
                } else {
                    if (rs.type().kind() == FactType.Kind.STATUS && start == null) {
                        factProblems.merge(rs.type().key() + ":missing_start", 1L, Long::sum);
                        continue;
                    }
                    if (r.end() != null) {
                        end = date(r.end(), scope, row, fileDate);
                        if (end == INVALID) {
                            factProblem(file, scope.line(), r.end(), rs.type());
                            continue;
                        }
                    }
                }
                String code = matched != null && r.when().column().equals(r.code()) ? matched : literalOr(scope, row, r.code());
                String value = literalOr(scope, row, r.value());
                // an attribute without a code or value says nothing (e.g. a blank primary need)
                if (rs.type().kind() == FactType.Kind.ATTRIBUTE && blankToNull(code) == null && blankToNull(value) == null) continue;
                facts.accept(new Fact(key, source, rs.typeKey(), checker.share(blankToNull(code)), start, end,
                        checker.share(blankToNull(value))));
            }
        }
    }

    /** A fact date: a column's value, or the file's date / a literal ({@link FactValues}); null when blank. */
    private LocalDate date(String spec, Row scope, Row row, LocalDate fileDate) {
        if (FactValues.isDateSpec(spec)) return FactValues.date(spec, fileDate);
        String raw = lookup(scope, row, spec);
        if (raw == null || raw.isBlank()) return null;
        LocalDate d = checker.date(raw);
        return d == null ? INVALID : d;
    }

    private void factProblem(String file, long line, String column, FactType type) {
        ledger.sampled(factProblems.merge(type.key() + ":invalid_date", 1L, Long::sum), file, line, column,
                SourceProblem.Severity.WARNING, "invalid_fact_date", "not a date; no " + type.key() + " fact from this row");
    }

    /** Column value (mapped), looked up in the repeating element first and then the whole record. */
    private String lookup(Row scope, Row record, String column) {
        String v = scope.get(column);
        if (v == null && scope != record) v = record.get(column);
        if (v == null) return null;
        v = v.strip();
        ValueMap m = mappings.get(column);
        return m == null || v.isEmpty() ? v : ledger.map(column, m, v);
    }

    /** Every value at {@code column} (several for a repeating XML element), mapped. */
    private List<String> lookupAll(Row scope, Row record, String column) {
        List<String> vs = scope.getAll(column);
        if (vs.isEmpty() && scope != record) vs = record.getAll(column);
        if (vs.isEmpty()) return vs;
        ValueMap m = mappings.get(column);
        List<String> out = new ArrayList<>(vs.size());
        for (String v : vs) {
            String t = v.strip();
            out.add(m == null || t.isEmpty() ? t : ledger.map(column, m, t));
        }
        return out;
    }

    private String literalOr(Row scope, Row record, String spec) {
        if (spec == null || spec.isBlank()) return null;
        if (spec.startsWith("=")) return spec.substring(1);
        return lookup(scope, record, spec);
    }

    /** Adds one finding per fact type and problem, over the rows loaded. */
    void findings(List<QualityFinding> out, long rowsLoaded) {
        factProblems.forEach((k, n) -> out.add(new QualityFinding(source, k.substring(0, k.indexOf(':')),
                "fact_" + k.substring(k.indexOf(':') + 1), n, rowsLoaded, "rows whose fact could not be dated")));
    }

    /** Adds to {@code out} the rows beyond each fact problem's located sample. */
    void more(List<SourceProblem> out) {
        factProblems.forEach((k, n) -> ledger.more(out, n, null, SourceProblem.Severity.WARNING, "fact " + k.replace(':', ' ')));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
