package org.jigsaw.ingest;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jigsaw.area.ConfigFileException;
import org.jigsaw.area.ConfigYaml;
import org.jigsaw.cohort.FactType;
import org.jigsaw.identity.Dates;
import org.jigsaw.ingest.rules.RulePacks;
import org.jigsaw.ingest.rules.SourceRules;
import org.jigsaw.record.Field;

/** Reads and checks the {@code sources/*.yaml} files of an area folder. */
public final class SourceDefinitions {

    /** One definition and the YAML file it came from (relative to the area folder). */
    public record Parsed(String yamlFile, SourceDefinition definition) {
    }

    /** What was read, and what is wrong with it before any extract is opened. */
    public record Loaded(List<Parsed> sources, List<SourceProblem> problems) {
        public boolean hasErrors() {
            return problems.stream().anyMatch(p -> p.severity() == SourceProblem.Severity.ERROR);
        }
    }

    private SourceDefinitions() {
    }

    /** Every {@code sources/*.yaml} (and .yml), in file-name order, with definition problems. */
    public static Loaded load(Path areaDir) throws IOException {
        Path dir = areaDir.resolve("sources");
        List<Parsed> out = new ArrayList<>();
        List<SourceProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(new SourceProblem(null, "sources", 0, null, SourceProblem.Severity.ERROR,
                    "the area folder has no sources/ folder"));
            return new Loaded(out, problems);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".yaml") || n.endsWith(".yml");
            }).sorted().toList();
        }
        Set<String> names = new HashSet<>();
        for (Path f : files) {
            String label = "sources/" + f.getFileName();
            SourceDefinition def;
            try {
                def = ConfigYaml.read(f, label, SourceDefinition.class);
            } catch (ConfigFileException e) {
                // this definition only: the other sources still load
                problems.add(new SourceProblem(null, label, e.line(), null, SourceProblem.Severity.ERROR,
                        "cannot read the definition" + (e.column() > 0 ? " (column " + e.column() + ")" : "") + ": " + e.problem()));
                continue;
            }
            List<SourceProblem> own = validate(def, label);
            problems.addAll(own);
            if (def.name() != null && !names.add(def.name())) {
                problems.add(new SourceProblem(def.name(), label, 0, null, SourceProblem.Severity.ERROR,
                        "another definition already uses the name '" + def.name() + "'"));
                continue;
            }
            if (own.stream().noneMatch(p -> p.severity() == SourceProblem.Severity.ERROR)) out.add(new Parsed(label, def));
        }
        if (files.isEmpty()) {
            problems.add(new SourceProblem(null, "sources", 0, null, SourceProblem.Severity.ERROR,
                    "sources/ holds no .yaml definitions"));
        }
        return new Loaded(out, problems);
    }

    /** Problems in one definition on its own (files not opened). */
    public static List<SourceProblem> validate(SourceDefinition d, String yamlFile) {
        List<SourceProblem> p = new ArrayList<>();
        String src = d.name();
        if (src == null || src.isBlank()) err(p, src, yamlFile, null, "'name' is required");
        else if (!src.matches("[A-Za-z0-9_.-]+")) err(p, src, yamlFile, null, "'name' may hold only letters, digits, _ . -");
        if (d.file() == null || d.file().isBlank()) err(p, src, yamlFile, null, "'file' is required");
        if (d.id() == null || d.id().isBlank()) err(p, src, yamlFile, null, "'id' (the column holding the record id) is required");
        if (d.id() != null && d.id().names().size() > 1 && d.id().names().contains(SourceDefinition.RECORD_ID)) {
            err(p, src, yamlFile, null, "'" + SourceDefinition.RECORD_ID + "' is an id on its own, not part of a composite id");
        }
        if (d.id() != null && d.id().names().size() > 1 && d.encoding() != null) {
            err(p, src, yamlFile, null, "an encoded source needs a single id column, not " + d.id());
        }
        String type = d.format() == null || d.format().type() == null ? "csv" : d.format().type().toLowerCase(Locale.ROOT);
        if (!List.of("csv", "xlsx", "xml").contains(type)) {
            err(p, src, yamlFile, null, "format type '" + type + "' is not one of csv, xlsx, xml");
        }
        if (type.equals("xml") && (d.format().recordPath() == null || d.format().recordPath().isBlank())) {
            err(p, src, yamlFile, null, "an XML source needs format.record_path");
        }
        if (d.format() != null && type.equals("csv")) {
            try {
                new org.jigsaw.ingest.read.CsvFormat(d.format().delimiter(), d.format().quote(), d.format().encoding(), 1)
                        .delimiterChar();
                new org.jigsaw.ingest.read.CsvFormat(d.format().delimiter(), d.format().quote(), d.format().encoding(), 1)
                        .quoteChar();
                if (d.format().encoding() != null) java.nio.charset.Charset.forName(normaliseCharset(d.format().encoding()));
            } catch (IllegalArgumentException e) {
                err(p, src, yamlFile, null, "format: " + e.getMessage());
            }
        }
        if (d.fields() != null) {
            for (Map.Entry<String, SourceDefinition.Columns> e : d.fields().entrySet()) {
                try {
                    Field.fromKey(e.getKey());
                } catch (IllegalArgumentException ex) {
                    err(p, src, yamlFile, null, "fields: '" + e.getKey() + "' is not a canonical field (one of "
                            + String.join(", ", Stream.of(Field.values()).map(Field::key).toList()) + ")");
                }
                if (e.getValue() == null || e.getValue().isBlank()) {
                    err(p, src, yamlFile, null, "fields: '" + e.getKey() + "' maps to no column");
                }
            }
        }
        if (d.required() != null) {
            for (String r : d.required()) {
                if (d.fields() == null || !d.fields().containsKey(r)) {
                    err(p, src, yamlFile, null, "required: '" + r + "' is not mapped under fields");
                }
            }
        }
        if (d.dateFormats() != null) {
            for (String f : d.dateFormats()) {
                try {
                    Dates.formatters(List.of(f));
                } catch (IllegalArgumentException e) {
                    err(p, src, yamlFile, null, "date_formats: '" + f + "' is not a java.time pattern");
                }
            }
        }
        Map<String, ValueMap> compiled = new java.util.HashMap<>();
        if (d.values() != null) {
            d.values().forEach((col, map) -> {
                try {
                    compiled.put(col, ValueMap.compile(map));
                } catch (IllegalArgumentException e) {
                    err(p, src, yamlFile, col, "values: column '" + col + "': " + e.getMessage());
                }
            });
        }
        List<String> joinNames = new ArrayList<>();
        if (d.joins() != null) {
            int j = 0;
            for (SourceDefinition.Join join : d.joins()) {
                j++;
                String where = "joins[" + j + "]: ";
                if (join == null || blank(join.file())) {
                    err(p, src, yamlFile, null, where + "'file' (the table to join) is required");
                    continue;
                }
                if (join.on() == null || join.on().isBlank()) err(p, src, yamlFile, null, where + "'on' (this source's key column) is required");
                else if (join.keyColumns().names().size() != join.on().names().size()) {
                    err(p, src, yamlFile, null, where + "'on' and 'key' need as many columns each");
                }
                String jt = join.format() == null || join.format().type() == null ? type : join.format().type().toLowerCase(Locale.ROOT);
                if (!List.of("csv", "xlsx", "xml").contains(jt)) err(p, src, yamlFile, null, where + "format type '" + jt + "' is not one of csv, xlsx, xml");
                if (jt.equals("xml") && (join.format() == null || blank(join.format().recordPath()))) {
                    err(p, src, yamlFile, null, where + "an XML join needs format.record_path");
                }
                if (joinNames.contains(join.label())) err(p, src, yamlFile, null, where + "another join is already named '" + join.label() + "'");
                joinNames.add(join.label());
            }
        }
        SourceDefinition.ReferenceDate rd = d.referenceDate();
        if (rd != null) {
            boolean path = !blank(rd.path());
            boolean column = !blank(rd.column());
            if (path == column) err(p, src, yamlFile, null, "reference_date needs exactly one of 'path' (XML) or 'column' (CSV, XLSX)");
            else if (path && !type.equals("xml")) err(p, src, yamlFile, null, "reference_date: 'path' is for XML sources; use 'column'");
            else if (column && type.equals("xml")) err(p, src, yamlFile, null, "reference_date: an XML source gives 'path' (from the root)");
        }
        if (d.format() != null && d.format().sheets() != null && !d.format().sheets().isEmpty()) {
            if (!type.equals("xlsx")) err(p, src, yamlFile, null, "format.sheets is for XLSX sources only");
            if (!blank(d.format().sheet())) err(p, src, yamlFile, null, "format: give 'sheet' or 'sheets', not both");
        }
        if (d.facts() != null) {
            int i = 0;
            for (SourceDefinition.FactRule r : d.facts()) {
                i++;
                String where = "facts[" + i + "]: ";
                FactType ft;
                try {
                    ft = FactType.fromKey(r.type() == null ? "" : r.type());
                } catch (IllegalArgumentException e) {
                    err(p, src, yamlFile, null, where + "type '" + r.type() + "' is not a fact type");
                    continue;
                }
                if (ft.kind() == FactType.Kind.STATUS && blank(r.start()) && blank(r.asAt())) {
                    err(p, src, yamlFile, null, where + ft.key() + " is a status: it needs 'start' (or 'as_at')");
                }
                if (!blank(r.asAt()) && (ft.kind() != FactType.Kind.STATUS || !blank(r.start()) || !blank(r.end()))) {
                    err(p, src, yamlFile, null, where + "'as_at' is for statuses, instead of 'start' and 'end'");
                }
                for (String spec : new String[] {r.start(), r.end(), r.date(), r.asAt()}) {
                    if (FactValues.EXTRACT_DATE.equals(spec) && d.extractDate() == null && d.referenceDate() == null) {
                        err(p, src, yamlFile, null, where + "'" + FactValues.EXTRACT_DATE
                                + "' needs extract_date or reference_date: the source has no date of its own");
                    }
                    if (spec != null && spec.startsWith("@") && !FactValues.EXTRACT_DATE.equals(spec)) {
                        err(p, src, yamlFile, null, where + "'" + spec + "' is not known; the only @ date is "
                                + FactValues.EXTRACT_DATE);
                    }
                }
                if (ft.kind() == FactType.Kind.EVENT && blank(r.date()) && blank(r.start())) {
                    err(p, src, yamlFile, null, where + ft.key() + " is an event: it needs 'date'");
                }
                if (!blank(r.each()) && !type.equals("xml") && !joinNames.contains(r.each().strip())) {
                    err(p, src, yamlFile, null, where + "'each' is an XML path or the name of a join; '" + r.each()
                            + "' is neither" + (joinNames.isEmpty() ? "" : " (joins: " + String.join(", ", joinNames) + ")"));
                }
                SourceDefinition.Condition w = r.when();
                if (w != null && (blank(w.column()) || empty(w.in()) && empty(w.notIn()))) {
                    err(p, src, yamlFile, null, where + "'when' needs 'column' and a non-empty 'in' or 'not_in' list");
                } else if (w != null) {
                    neverMatching(p, src, yamlFile, where, w, compiled.get(w.column()));
                }
            }
        }
        for (String pack : SourceRules.unknownPacks(d)) {
            err(p, src, yamlFile, null, "rules: '" + pack + "' is not a rule pack (one of "
                    + String.join(", ", RulePacks.names()) + ")");
        }
        if (d.values() != null) {
            Set<String> used = usedColumns(d);
            for (String col : d.values().keySet()) {
                if (!used.contains(col)) {
                    err(p, src, yamlFile, col, "values: column '" + col + "' is used by no field or fact, so its mapping can never apply");
                }
            }
        }
        if (d.extractDate() == null && d.referenceDate() == null) {
            p.add(new SourceProblem(src, yamlFile, 0, null, SourceProblem.Severity.WARNING,
                    "no extract_date: staleness cannot be checked and open statuses end at the reference date"));
        }
        return p;
    }

    /** A {@code when} literal the column's value mapping can never produce can never match: an error, not a silent no-op. */
    private static void neverMatching(List<SourceProblem> p, String src, String yamlFile, String where,
                                      SourceDefinition.Condition w, ValueMap mapping) {
        Set<String> outputs = mapping == null ? null : mapping.outputs();
        if (outputs == null) return; // unmapped (raw codes) or pattern outputs built from the code
        for (List<String> lits : java.util.Arrays.asList(w.in(), w.notIn())) {
            if (lits == null) continue;
            for (String lit : lits) {
                if (!outputs.contains(lit)) {
                    err(p, src, yamlFile, w.column(), where + "when: '" + lit + "' can never match: column '" + w.column()
                            + "' is mapped under values to " + String.join(", ", outputs));
                }
            }
        }
    }

    /** Every column a field, the id, a join key or a fact reads. */
    private static Set<String> usedColumns(SourceDefinition d) {
        Set<String> used = new HashSet<>();
        if (d.id() != null) used.addAll(d.id().names());
        if (d.fields() != null) d.fields().values().forEach(c -> {
            if (c != null) used.addAll(c.names());
        });
        if (d.joins() != null) d.joins().forEach(j -> {
            if (j != null && j.on() != null) used.addAll(j.on().names());
        });
        if (d.facts() != null) {
            for (SourceDefinition.FactRule r : d.facts()) {
                for (String c : new String[] {r.start(), r.end(), r.date(), r.code(), r.value(), r.asAt(),
                        r.when() == null ? null : r.when().column()}) {
                    if (c != null) used.add(c);
                }
            }
        }
        return used;
    }

    private static boolean empty(List<String> l) {
        return l == null || l.isEmpty();
    }

    static String normaliseCharset(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("utf8") || n.equals("utf-8-bom") || n.equals("utf8-bom")) return "UTF-8";
        if (n.equals("cp1252") || n.equals("windows1252") || n.equals("ansi")) return "windows-1252";
        if (n.equals("latin1") || n.equals("latin-1")) return "ISO-8859-1";
        return name.strip();
    }

    /** The files a definition's {@code file} (a name or glob, relative to the area folder) names, sorted. */
    public static List<Path> files(Path areaDir, SourceDefinition d) throws IOException {
        return files(areaDir, d.file());
    }

    /** The files a name or glob, relative to the area folder, names, sorted. */
    public static List<Path> files(Path areaDir, String file) throws IOException {
        String pattern = file.replace('\\', '/');
        if (!pattern.contains("*") && !pattern.contains("?") && !pattern.contains("[") && !pattern.contains("{")) {
            Path f = areaDir.resolve(pattern);
            return Files.isRegularFile(f) ? List.of(f) : List.of();
        }
        // a pattern outside the area (an absolute folder, as `sources init` writes for files left where they are)
        // is matched below its fixed leading folders
        Path base = areaDir;
        int glob = firstGlobChar(pattern);
        int slash = pattern.lastIndexOf('/', glob);
        if (slash > 0 && Path.of(pattern.substring(0, slash)).isAbsolute()) {
            base = Path.of(pattern.substring(0, slash));
            pattern = pattern.substring(slash + 1);
            if (!Files.isDirectory(base)) return List.of();
        }
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        Path root = base;
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(f -> m.matches(root.relativize(f))).sorted().toList();
        }
    }

    private static int firstGlobChar(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            if ("*?[{".indexOf(pattern.charAt(i)) >= 0) return i;
        }
        return pattern.length();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void err(List<SourceProblem> p, String src, String file, String column, String msg) {
        p.add(new SourceProblem(src, file, 0, column, SourceProblem.Severity.ERROR, msg));
    }
}
