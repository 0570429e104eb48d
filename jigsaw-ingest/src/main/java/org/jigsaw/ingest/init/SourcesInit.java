package org.jigsaw.ingest.init;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code jigsaw sources init AREA FILE...}: recognises each file as a table of a statutory return
 * and writes the matching shipped definition to {@code sources/<name>.yaml}, its {@code file:}
 * pointing at the file where it is (relative to the area when inside it, else absolute) or, with
 * {@code copy}, at a copy under {@code extracts/<return>/}. A definition already there that differs
 * from what init would write (edited by hand) is kept unless {@code force}.
 */
public final class SourcesInit {

    /**
     * @param extractDate       the date written for returns that state none (903, Annex A, CBDS)
     * @param extractDateGiven  whether the person gave it (else it is the area's reference date, and init says so)
     * @param copy              copy the files into {@code extracts/} instead of pointing at them
     * @param force             replace definitions that differ from the template
     */
    public record Options(LocalDate extractDate, boolean extractDateGiven, boolean copy, boolean force) {
    }

    /** @param complete every file was recognised and used, and every definition is written (or already the same) */
    public record Outcome(List<String> lines, List<String> written, boolean complete) {
    }

    private final Path area;
    private final Options options;
    private final List<String> lines = new ArrayList<>();
    private final List<String> written = new ArrayList<>();
    private boolean complete = true;

    private SourcesInit(Path area, Options options) {
        this.area = area.toAbsolutePath().normalize();
        this.options = options;
    }

    public static Outcome run(Path area, List<Path> files, Options options) throws IOException {
        SourcesInit init = new SourcesInit(area, options);
        init.plan(files);
        return new Outcome(List.copyOf(init.lines), List.copyOf(init.written), init.complete);
    }

    private void plan(List<Path> files) throws IOException {
        ReturnRecogniser recogniser = new ReturnRecogniser();
        Map<ReturnTable, List<Recognition.Known>> known = new EnumMap<>(ReturnTable.class);
        for (Path f : files) {
            for (Recognition r : recogniser.recognise(f)) {
                if (r instanceof Recognition.Known k) {
                    lines.add(shown(f) + ": " + k.detail());
                    known.computeIfAbsent(k.table(), t -> new ArrayList<>()).add(k);
                } else if (r instanceof Recognition.Unknown u) {
                    lines.add(shown(f) + ": not recognised: " + u.why());
                    complete = false;
                }
            }
        }
        List<Recognition.Known> episodes = known.getOrDefault(ReturnTable.SSDA903_EPISODES, List.of());
        List<Recognition.Known> header = known.getOrDefault(ReturnTable.SSDA903_HEADER, List.of());
        if (!episodes.isEmpty() && header.isEmpty()) {
            unused(episodes, "SSDA903 Episodes carry only CHILD (DOB and sex are in Header): give the Header table too");
        } else if (!episodes.isEmpty()) {
            write(ReturnTable.SSDA903_EPISODES, episodes, Map.of("header_file", pattern(ReturnTable.SSDA903_HEADER, header)));
        }
        if (!header.isEmpty()) write(ReturnTable.SSDA903_HEADER, header, Map.of());
        unused(known.getOrDefault(ReturnTable.SSDA903_OTHER, List.of()), "no template reads it: it adds no fact Jigsaw uses");
        for (ReturnTable t : List.of(ReturnTable.SSDA903_XML, ReturnTable.CIN_XML, ReturnTable.SEN2_XML,
                ReturnTable.ANNEX_A_LIST_1, ReturnTable.ANNEX_A_LIST_2)) {
            List<Recognition.Known> group = known.getOrDefault(t, List.of());
            if (!group.isEmpty()) write(t, group, group.get(0).params());
        }
        List<Recognition.Known> pupils = known.getOrDefault(ReturnTable.CBDS_PUPILONROLL, List.of());
        List<Recognition.Known> senneeds = known.getOrDefault(ReturnTable.CBDS_SENNEEDS, List.of());
        List<Recognition.Known> addresses = known.getOrDefault(ReturnTable.CBDS_ADDRESSES, List.of());
        if (pupils.isEmpty()) {
            unused(senneeds, "a CBDS senneeds table is read with its pupilonroll table: give pupilonroll too");
            unused(addresses, "a CBDS addresses table is read with its pupilonroll table: give pupilonroll too");
        } else {
            Map<String, String> joins = new LinkedHashMap<>();
            if (!senneeds.isEmpty()) joins.put("senneeds_file", pattern(ReturnTable.CBDS_SENNEEDS, senneeds));
            if (!addresses.isEmpty()) joins.put("addresses_file", pattern(ReturnTable.CBDS_ADDRESSES, addresses));
            write(ReturnTable.CBDS_PUPILONROLL, pupils, joins);
        }
    }

    private void unused(List<Recognition.Known> group, String why) {
        for (Recognition.Known k : group) {
            lines.add(shown(k.file()) + ": not used: " + why);
            complete = false;
        }
    }

    /** Fills the table's template for these files and writes it, unless a hand-edited one is there. */
    private void write(ReturnTable table, List<Recognition.Known> group, Map<String, String> params) throws IOException {
        SourceTemplate template = SourceTemplate.named(table.template());
        Map<String, String> values = new LinkedHashMap<>(params);
        values.put("file", pattern(table, group));
        boolean dated = template.text().contains("${extract_date}");
        values.put("extract_date", options.extractDate().toString());
        if (group.stream().map(Recognition.Known::params).distinct().count() > 1) {
            lines.add(table.title() + ": the files differ in sheets or header; the definition follows " + shown(group.get(0).file()));
        }
        String text = template.fill(values);
        String name = definitionName(text);
        Path target = area.resolve("sources").resolve(name + ".yaml");
        String label = "sources/" + name + ".yaml";
        String dateNote = dated && !options.extractDateGiven()
                ? " (extract_date " + options.extractDate() + ", the area's reference date: the return states no date; give --extract-date if it is older)"
                : "";
        if (Files.isRegularFile(target)) {
            String old = Files.readString(target, StandardCharsets.UTF_8);
            if (old.equals(text)) {
                lines.add("unchanged " + label);
                written.add(label);
                return;
            }
            if (!options.force()) {
                lines.add("kept " + label + ": it differs from what init writes (edited by hand?); --force replaces it");
                complete = false;
                return;
            }
        }
        Files.createDirectories(target.getParent());
        boolean existed = Files.exists(target);
        Files.writeString(target, text, StandardCharsets.UTF_8);
        written.add(label);
        lines.add((existed ? "replaced " : "wrote ") + label + " (" + table.title() + "; facts: " + String.join(", ", facts(text)) + ")" + dateNote);
    }

    /** The file: value for a group of files: copied first if asked; one path, or a {a,b} pattern in their folder. */
    private String pattern(ReturnTable table, List<Recognition.Known> group) throws IOException {
        Set<Path> files = new java.util.LinkedHashSet<>();
        for (Recognition.Known k : group) files.add(place(table, k.file()));
        List<String> paths = files.stream().map(this::shown).toList();
        if (paths.size() == 1) return Yaml.quote(paths.get(0));
        Set<String> folders = new TreeSet<>();
        List<String> names = new ArrayList<>();
        for (String p : paths) {
            int slash = p.lastIndexOf('/');
            folders.add(slash < 0 ? "" : p.substring(0, slash + 1));
            names.add(p.substring(slash + 1));
        }
        if (folders.size() > 1) {
            // a glob's alternatives relative to the area may hold folders; outside it they may not
            return Yaml.quote("{" + String.join(",", paths) + "}");
        }
        return Yaml.quote(folders.iterator().next() + "{" + String.join(",", names) + "}");
    }

    private Path place(ReturnTable table, Path file) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        if (!options.copy() || abs.startsWith(area.resolve("extracts"))) return abs;
        Path target = area.resolve("extracts").resolve(table.folder()).resolve(abs.getFileName());
        if (!target.equals(abs)) {
            Files.createDirectories(target.getParent());
            Files.copy(abs, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /** Relative to the area (with '/') when inside it, else absolute. */
    private String shown(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path p = abs.startsWith(area) ? area.relativize(abs) : abs;
        return p.toString().replace('\\', '/');
    }

    private static String definitionName(String text) {
        for (String line : text.split("\n")) {
            if (line.startsWith("name: ")) return line.substring(6).strip();
        }
        throw new IllegalStateException("a template without a name");
    }

    /** The fact types a filled template yields, for the line that says what was written. */
    private static List<String> facts(String text) {
        Set<String> out = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("- \\{type: ([a-z_]+)").matcher(text);
        while (m.find()) out.add(m.group(1));
        return out.isEmpty() ? List.of("none (identifiers and validation rules only)") : List.copyOf(out);
    }
}
