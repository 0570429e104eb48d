package org.jigsaw.link.diag;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jigsaw.area.Area;
import org.jigsaw.ingest.AreaIngest;
import org.jigsaw.link.AreaLinker;
import org.jigsaw.link.Decision;
import org.jigsaw.link.Linkage;
import org.jigsaw.link.block.LongList;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.eval.ClusterEvaluation;
import org.jigsaw.link.LinkContext;
import org.jigsaw.progress.Progress;
import org.jigsaw.record.SourceRecord;

/**
 * Developer tool (test scope): links a synthetic area and explains its errors against
 * {@code truth/}: missed record pairs by reason, source pair and planted fault, and every twin
 * pair merged with the links that merged them. Prints identifiers: synthetic data only.
 * Run: {@code java -cp … org.jigsaw.link.diag.SyntheticAreaDiagnostic AREA [examples]}.
 */
public final class SyntheticAreaDiagnostic {

    public static void main(String[] args) throws Exception {
        Path area = Path.of(args[0]);
        int examples = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        if (args.length > 3 && !Files.exists(area.resolve("truth"))) {
            // AREA EXAMPLES CHILDREN SEED: generate the synthetic area first
            org.jigsaw.synth.Synthesizer.generate(new org.jigsaw.synth.SynthOptions(Integer.parseInt(args[2]), Long.parseLong(args[3]), 0),
                    area, Progress.NONE);
        }
        List<SourceRecord> records = new AreaIngest().ingest(area, Area.open(area).config(), Progress.NONE).records();
        long t = System.nanoTime();
        Linkage l = new AreaLinker().linkage(records, new LinkContext(area, List.of(), Map.of()), Progress.NONE);
        System.out.printf("linked %,d records in %.1f s; metrics %s%n", records.size(), (System.nanoTime() - t) / 1e9, l.metrics());
        report(area, l, examples);
    }

    public static void report(Path area, Linkage l, int examples) throws Exception {
        Map<String, String> truePerson = new HashMap<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(area.resolve("truth/records.csv"))) {
            for (NamedCsvRecord r : csv) truePerson.put(r.getField("record_key"), r.getField("person_id"));
        }
        Map<String, String> twinGroup = new HashMap<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(area.resolve("truth/persons.csv"))) {
            for (NamedCsvRecord r : csv) if (!r.getField("twin_group").isBlank()) twinGroup.put(r.getField("person_id"), r.getField("twin_group"));
        }
        Map<String, Set<String>> faults = new HashMap<>();
        Path fp = area.resolve("truth/faults.csv");
        if (Files.exists(fp)) {
            try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(fp)) {
                for (NamedCsvRecord r : csv) faults.computeIfAbsent(r.getField("record_key"), k -> new HashSet<>()).add(r.getField("kind"));
            }
        }
        RecordTable tb = l.table();
        int n = tb.size();
        List<org.jigsaw.link.PersonAssignment> as = l.assignments();
        ClusterEvaluation ce = ClusterEvaluation.of(as, truePerson);
        System.out.printf("precision %.4f recall %.4f F1 %.4f (%d true pairs)%n", ce.precision(), ce.recall(), ce.f1(), ce.truePairs());
        // true persons → rows
        Map<String, List<Integer>> rowsOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String p = truePerson.get(tb.key(i));
            if (p != null) rowsOf.computeIfAbsent(p, k -> new ArrayList<>()).add(i);
        }
        Map<String, Long> byReason = new TreeMap<>(), bySources = new TreeMap<>(), byFault = new TreeMap<>();
        Map<String, List<String>> ex = new TreeMap<>();
        long missed = 0;
        for (List<Integer> rows : rowsOf.values()) {
            for (int x = 0; x < rows.size(); x++) {
                for (int y = x + 1; y < rows.size(); y++) {
                    int a = Math.min(rows.get(x), rows.get(y)), b = Math.max(rows.get(x), rows.get(y));
                    if (l.cluster(a) == l.cluster(b)) continue;
                    missed++;
                    int p = l.indexOf(LongList.pair(a, b));
                    String reason;
                    if (p < 0) reason = "not a candidate";
                    else {
                        Decision d = l.decision(p);
                        double pr = l.probability(p);
                        reason = d == Decision.REJECTED && pr >= 0.9 ? "refused (constraint) p>=.9"
                                : d == Decision.REVIEW ? (pr >= 0.9 ? "review though p>=.9 (evidence/ambiguity)" : "review band")
                                : d.links() ? "linked but refused?" : "rejected p<.5";
                    }
                    if (reason.startsWith("refused")) reason += " by " + forbidding(l, a, b);
                    byReason.merge(reason, 1L, Long::sum);
                    String sp = srcName(tb, a) + "~" + srcName(tb, b);
                    bySources.merge(sp + " | " + reason, 1L, Long::sum);
                    Set<String> fk = new HashSet<>(faults.getOrDefault(tb.key(a), Set.of()));
                    fk.addAll(faults.getOrDefault(tb.key(b), Set.of()));
                    String fks = fk.isEmpty() ? "(no fault)" : String.join("+", new java.util.TreeSet<>(fk));
                    byFault.merge(fks + " | " + reason, 1L, Long::sum);
                    List<String> e = ex.computeIfAbsent(reason, k -> new ArrayList<>());
                    if (e.size() < examples) {
                        e.add(fks + "\n      " + row(tb, a) + "\n      " + row(tb, b)
                                + (p >= 0 ? "\n      " + l.explain(p).toText().replace("\n", "\n      ") : ""));
                    }
                }
            }
        }
        System.out.println("missed record pairs (cluster level): " + missed);
        System.out.println("== by reason");
        byReason.forEach((k, v) -> System.out.println("  " + v + "\t" + k));
        System.out.println("== by source pair");
        bySources.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue(), x.getValue())).limit(40)
                .forEach(e -> System.out.println("  " + e.getValue() + "\t" + e.getKey()));
        System.out.println("== by fault");
        byFault.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue(), x.getValue())).limit(40)
                .forEach(e -> System.out.println("  " + e.getValue() + "\t" + e.getKey()));
        System.out.println("== examples");
        ex.forEach((k, v) -> {
            System.out.println("-- " + k);
            v.forEach(s -> System.out.println("    " + s));
        });
        // false links
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < n; i++) members.computeIfAbsent(l.cluster(i), k -> new ArrayList<>()).add(i);
        System.out.println("== merged twins / false clusters");
        int shown = 0, twinClusters = 0;
        for (List<Integer> m : members.values()) {
            Set<String> people = new HashSet<>();
            for (int i : m) people.add(truePerson.getOrDefault(tb.key(i), "?" + i));
            if (people.size() < 2) continue;
            boolean twins = false;
            for (String a : people) for (String b : people)
                if (!a.equals(b) && twinGroup.containsKey(a) && twinGroup.get(a).equals(twinGroup.get(b))) twins = true;
            if (twins) twinClusters++;
            if (shown++ >= examples * 3) continue;
            System.out.println((twins ? "TWINS " : "FALSE ") + people);
            for (int i : m) System.out.println("    " + truePerson.get(tb.key(i)) + " " + row(tb, i) + " " + faults.getOrDefault(tb.key(i), Set.of()));
            for (int x : m) for (int y : m) {
                if (x >= y) continue;
                int p = l.indexOf(LongList.pair(x, y));
                if (p >= 0 && l.decision(p).links() && !truePerson.getOrDefault(tb.key(x), "a").equals(truePerson.getOrDefault(tb.key(y), "b"))) {
                    System.out.println("    LINK " + tb.key(x) + " ~ " + tb.key(y) + " " + l.decision(p) + String.format(" w=%.1f", l.weight(p)));
                    System.out.println("      " + l.explain(p).toText().replace("\n", "\n      "));
                }
            }
        }
        System.out.println("false clusters: " + shown + ", of which with twins of one another: " + twinClusters);
    }

    /** Which constraint (and between which rows) keeps the persons of rows a and b apart. */
    static String forbidding(Linkage l, int a, int b) {
        RecordTable tb = l.table();
        List<Integer> ca = new ArrayList<>(), cb = new ArrayList<>();
        for (int i = 0; i < tb.size(); i++) {
            if (l.cluster(i) == l.cluster(a)) ca.add(i);
            else if (l.cluster(i) == l.cluster(b)) cb.add(i);
        }
        for (org.jigsaw.link.spec.CannotLinkSpec spec : l.spec().clustering().cannotLink()) {
            org.jigsaw.link.cluster.CannotLink c = org.jigsaw.link.cluster.CannotLink.compile(tb, List.of(spec), Set.of());
            for (int x : ca) for (int y : cb) {
                if (c.forbids(x, y)) return spec.kind() + (spec.field() == null ? "" : ":" + spec.field()) + " " + row(tb, x) + " / " + row(tb, y);
            }
        }
        return "?";
    }

    static String srcName(RecordTable t, int row) {
        String k = t.key(row);
        int c = k.indexOf(':');
        return c < 0 ? String.valueOf(t.source(row)) : k.substring(0, c);
    }

    static String row(RecordTable t, int i) {
        StringBuilder sb = new StringBuilder(t.key(i)).append(" [");
        for (String f : List.of("nhs_number", "upn", "given_name", "middle_names", "family_name", "dob", "sex", "postcode", "house_number")) {
            if (t.has(f)) {
                int id = t.column(f).id(i);
                sb.append(f.charAt(0)).append(f.length() > 3 ? f.charAt(f.indexOf('_') + 1) : ' ').append('=').append(id < 0 ? "" : t.column(f).valueOf(id)).append(' ');
            }
        }
        return sb.append(']').toString();
    }
}
