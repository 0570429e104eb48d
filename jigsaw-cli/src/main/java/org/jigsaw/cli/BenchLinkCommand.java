package org.jigsaw.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jigsaw.link.Linkage;
import org.jigsaw.link.Linker;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.eval.Evaluation;
import org.jigsaw.link.io.CsvInput;
import org.jigsaw.link.io.MatchJob;
import org.jigsaw.link.io.Standardise;
import org.jigsaw.link.spec.LinkSpec;
import org.jigsaw.link.spec.LinkType;
import org.jigsaw.synth.people.SyntheticPeople;
import org.jigsaw.progress.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jigsaw bench link}: times record linkage end to end and reports accuracy when the truth is known. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Benchmark linkage on N synthetic person records (or FEBRL4) and print JSON timings and accuracy.")
final class BenchLinkCommand implements Callable<Integer> {

    @Option(names = "--records", defaultValue = "100000", description = "synthetic records to generate and deduplicate (default: ${DEFAULT-VALUE})")
    int records;

    @Option(names = "--sources", defaultValue = "12", description = "synthetic sources (default: ${DEFAULT-VALUE})")
    int sources;

    @Option(names = "--seed", defaultValue = "42", description = "generator seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--dataset", description = "febrl4: link FEBRL dataset4a and dataset4b instead of synthetic records")
    String dataset;

    @Option(names = "--data-dir", defaultValue = "../shared/data/febrl", description = "folder holding the FEBRL files (default: ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--with-identifier", description = "FEBRL4: also compare soc_sec_id")
    boolean withIdentifier;

    @Option(names = "--explain-missed", defaultValue = "0", description = "print the explanations of this many missed links to stderr")
    int explainMissed;

    @picocli.CommandLine.Mixin
    EngineOptions engine = new EngineOptions();

    @Override
    public Integer call() throws Exception {
        if (engine.spark()) return sparkBench();
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Double> seconds = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        RecordTable table;
        Map<String, String> truth;
        LinkSpec spec = LinkSpec.defaultSpec();
        List<String[]> twins = List.of();
        if ("febrl4".equalsIgnoreCase(dataset)) {
            Path a = dataDir.resolve("dataset4a.csv"), b = dataDir.resolve("dataset4b.csv");
            if (!Files.isRegularFile(a) || !Files.isRegularFile(b)) throw new IllegalArgumentException("FEBRL4 files not found in " + dataDir);
            Map<String, String> map = MatchJob.parseMapping(List.of("given_name=given_name,family_name=surname,house_number=street_number,"
                    + "address=address_1,address_2=address_2,locality=suburb,postcode=postcode,state=state,dob=date_of_birth"
                    + (withIdentifier ? ",identifier=soc_sec_id" : "")));
            table = CsvInput.read(List.of(new CsvInput.Source(a, "left", "rec_id", map), new CsvInput.Source(b, "right", "rec_id", map)));
            seconds.put("read_and_standardise", secs(t0));
            truth = MatchJob.truthFromIds(table);
            // as documented for FEBRL4: one-to-one, and no twins rule (FEBRL has no twins but replaces given names wholesale)
            spec = MatchJob.withoutTwinsRule(MatchJob.oneToOne(MatchJob.specFor(spec, table)));
            out.put("dataset", "febrl4" + (withIdentifier ? " with soc_sec_id" : " without soc_sec_id"));
        } else if (dataset != null) {
            throw new IllegalArgumentException("unknown dataset '" + dataset + "'; known: febrl4");
        } else {
            SyntheticPeople.Data data = SyntheticPeople.generate(records, sources, seed);
            seconds.put("generate", secs(t0));
            long t1 = System.nanoTime();
            table = Standardise.table(data.keys(), data.sources(), data.sourceNames(), data.columns());
            seconds.put("standardise", secs(t1));
            truth = data.truth();
            twins = data.twinRecordPairs();
            out.put("dataset", "synthetic people, seed " + seed + ", " + sources + " sources");
        }
        long t2 = System.nanoTime();
        Linkage linkage = new Linker(spec).link(table, List.of(), Map.of(), Progress.NONE);
        double linkSeconds = secs(t2);
        linkage.seconds().forEach((k, v) -> {
            if (!k.equals("total")) seconds.put(k, v);
        });
        seconds.put("total", secs(t0));
        out.put("records", table.size());
        out.put("candidate_pairs", linkage.pairCount());
        out.put("persons", linkage.personCount());
        out.put("pairs_per_blocking_rule", linkage.metrics().get("pairs_per_blocking_rule"));
        out.put("seconds", seconds);
        out.put("records_per_second", Math.round(table.size() / Math.max(1e-9, seconds.get("total"))));
        out.put("link_records_per_second", Math.round(table.size() / Math.max(1e-9, linkSeconds)));
        out.put("peak_heap_mb", peakHeapMb());
        out.put("process_cpu_seconds", cpuSeconds());
        out.put("machine_load_average", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.put("cores", Runtime.getRuntime().availableProcessors());
        long t3 = System.nanoTime();
        boolean pairwise = spec.linkType() == LinkType.LINK_ONLY;
        Evaluation ev = Evaluation.of(linkage.table(), pairwise ? linkage.linkedPairs() : linkage.clusterPairs(), truth, spec.linkType(),
                2000, linkage::describe);
        Map<String, Object> acc = new LinkedHashMap<>(ev.summary());
        Map<String, Long> reasons = new java.util.TreeMap<>();
        for (String[] m : ev.missedLinks()) reasons.merge(m[2].replaceAll(", probability.*", ""), 1L, Long::sum);
        acc.put("missed_by_reason_sample_of_2000", reasons);
        for (int k = 0; k < Math.min(explainMissed, ev.missedLinks().size()); k++) {
            String[] m = ev.missedLinks().get(k);
            linkage.explain(m[0], m[1]).ifPresent(e -> System.err.println(e.toText()));
        }
        acc.put("measured_on", pairwise ? "linked pairs" : "all pairs within persons");
        if (!twins.isEmpty()) {
            Map<String, Integer> row = new java.util.HashMap<>();
            for (int i = 0; i < table.size(); i++) row.put(table.key(i), i);
            List<String[]> mergedTwins = twins.stream().filter(t -> linkage.cluster(row.get(t[0])) == linkage.cluster(row.get(t[1]))).toList();
            long merged = mergedTwins.size();
            for (int k = 0; k < Math.min(explainMissed, mergedTwins.size()); k++) {
                String[] t = mergedTwins.get(k);
                System.err.println("merged twins " + t[0] + " " + t[1] + ": " + table.column("given_name").value(row.get(t[0]))
                        + " / " + table.column("given_name").value(row.get(t[1])));
                linkage.explain(t[0], t[1]).ifPresent(e -> System.err.println(e.toText()));
            }
            acc.put("twin_record_pairs", twins.size());
            acc.put("twin_record_pairs_merged", merged);
        }
        acc.put("evaluation_seconds", secs(t3));
        out.put("accuracy", acc);
        out.put("ambiguous_records_sent_to_review", linkage.metrics().get("ambiguous_records_sent_to_review"));
        out.put("links_refused_by_constraints", linkage.metrics().get("links_refused_by_constraints"));
        out.put("model", Map.of("em_iterations", linkage.metrics().get("em_iterations"), "prior", linkage.metrics().get("prior"),
                "match_share_in_candidates", linkage.metrics().get("match_share_in_candidates")));
        System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
        return 0;
    }

    /**
     * The Spark engine's own benchmark ({@code jigsaw-spark/run bench}) in its JVM: synthetic
     * records only; its JSON (seconds and CPU seconds per stage, peak memory, F1) passes through.
     */
    private int sparkBench() throws Exception {
        if (dataset != null) throw new IllegalArgumentException("--engine spark benchmarks synthetic records only; drop --dataset");
        return org.jigsaw.cli.spark.SparkJob.find().passThrough("bench",
                List.of("--records", String.valueOf(records), "--master", engine.master(), "--seed", String.valueOf(seed)));
    }

    /** CPU time of this JVM: on a shared machine wall time alone misleads. */
    static double cpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.round(os.getProcessCpuTime() / 1e6) / 1000.0;
        }
        return -1;
    }

    static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) peak += pool.getPeakUsage().getUsed();
        }
        return peak / (1024 * 1024);
    }

    private static double secs(long since) {
        return Math.round((System.nanoTime() - since) / 1e6) / 1000.0;
    }
}
