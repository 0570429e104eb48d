package org.jigsaw.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.jigsaw.area.Area;
import org.jigsaw.identity.NhsNumber;
import org.jigsaw.identity.Upn;
import org.jigsaw.progress.Progress;

/**
 * The ingest benchmark: writes a synthetic School-Census-like CSV of any size (messy on purpose:
 * mixed date formats, diacritics, apostrophes, hyphenated surnames, some invalid identifiers,
 * exact duplicate rows), then loads it through the real {@link AreaIngest} from its YAML
 * definition and measures rows per second and peak heap.
 */
public final class IngestBench {

    /** What one run measured. {@code peakHeapMb} is the sum of heap pools' peaks: an upper bound. */
    public record Result(long rows, long loaded, long quarantined, long records, double seconds, double rowsPerSecond,
                         double cpuSeconds, long peakHeapMb, long maxHeapMb, boolean reconciles) {

        /** Rows per second of CPU the process used (all threads, GC included): comparable on a busy machine. */
        public double rowsPerCpuSecond() {
            return cpuSeconds > 0 ? rows / cpuSeconds : 0;
        }
    }

    private static final String[] GIVEN = {"Oliver", "Amelia", "Muhammad", "Zoë", "Jack", "Isla", "Noah", "Ava", "Léa",
            "Chloé", "Bill", "Liam", "Sophie", "Aarav", "Fatima", "Seán", "Niamh", "Kai", "Mia", "Oskar"};
    private static final String[] FAMILY = {"Smith", "Jones", "O'Brien", "Smith-Jones", "Khan", "Nowak", "de la Cruz",
            "Williams", "Brown", "Taylor", "Müller", "Ó Súilleabháin", "Patel", "Evans", "MacDonald", "Davies"};
    private static final String[] DISTRICTS = {"BS1", "BS2", "BS3", "BS4", "BS5", "BS6", "BS7", "BS8"};
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private IngestBench() {
    }

    /** Writes area.yaml, sources/bench.yaml and extracts/bench.csv with {@code rows} data rows. */
    public static void generate(Path areaDir, long rows, long seed) throws IOException {
        Files.createDirectories(areaDir.resolve("sources"));
        Files.createDirectories(areaDir.resolve("extracts"));
        Files.writeString(areaDir.resolve("area.yaml"), "name: Benchshire\nla_code: \"801\"\nreference_date: 2026-03-31\n"
                + "age_min: 0\nage_max: 25\npopulation: " + rows + "\npostcode_districts: [BS1, BS2, BS3, BS4, BS5, BS6, BS7]\n");
        Files.writeString(areaDir.resolve("sources/bench.yaml"), String.join("\n",
                "name: bench", "agency: education", "dataset: school_census", "file: extracts/bench.csv",
                "format: {type: csv, delimiter: \",\", encoding: UTF-8}", "extract_date: 2026-01-15", "id: PupilID",
                "fields:", "  upn: UPN", "  nhs_number: NHSNumber", "  given_name: Forename", "  middle_names: Middle",
                "  family_name: Surname", "  dob: DOB", "  sex: Gender", "  postcode: Postcode",
                "values:", "  Gender: {\"1\": M, \"2\": F, M: M, F: F, Male: M, Female: F}",
                "facts:", "  - {type: ehc_plan, when: {column: SENprovision, in: [E]}, start: CensusDate}",
                "  - {type: sen_support, when: {column: SENprovision, in: [K]}, start: CensusDate}",
                "  - {type: primary_need, code: PrimaryNeed}", ""));
        SplittableRandom rnd = new SplittableRandom(seed);
        String[] needs = {"ASD", "SLCN", "SEMH", "MLD", "SPLD", ""};
        try (BufferedWriter w = Files.newBufferedWriter(areaDir.resolve("extracts/bench.csv"), StandardCharsets.UTF_8)) {
            w.write("PupilID,UPN,NHSNumber,Forename,Middle,Surname,DOB,Gender,Postcode,SENprovision,PrimaryNeed,CensusDate\n");
            StringBuilder last = new StringBuilder();
            for (long i = 0; i < rows; i++) {
                if (i > 0 && rnd.nextInt(1000) == 0) {
                    w.write(last.toString()); // an exact duplicate, as extracts have
                    continue;
                }
                last.setLength(0);
                last.append('P').append(i).append(',').append(upn(rnd)).append(',').append(nhs(rnd)).append(',')
                        .append(csv(GIVEN[rnd.nextInt(GIVEN.length)])).append(',')
                        .append(rnd.nextInt(3) == 0 ? GIVEN[rnd.nextInt(GIVEN.length)] : "").append(',')
                        .append(csv(FAMILY[rnd.nextInt(FAMILY.length)])).append(',').append(dob(rnd)).append(',')
                        .append(sex(rnd)).append(',').append(postcode(rnd)).append(',')
                        .append(rnd.nextInt(20) == 0 ? "E" : rnd.nextInt(7) == 0 ? "K" : "N").append(',')
                        .append(needs[rnd.nextInt(needs.length)]).append(",15/01/2026\n");
                w.write(last.toString());
            }
        }
    }

    /** Ingests the generated area and measures it. */
    public static Result run(Path areaDir, Progress progress) throws IOException {
        Area area = Area.open(areaDir);
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
        }
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        IngestRun run = new AreaIngest().run(areaDir, area.config(), progress);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
        }
        SourceReconciliation r = run.result().reconciliation().get(0);
        return new Result(r.rowsRead(), r.rowsLoaded(), r.rowsQuarantined(), run.result().records().size(), seconds,
                r.rowsRead() / seconds, cpuSeconds, peak >> 20, Runtime.getRuntime().maxMemory() >> 20, run.reconciles());
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    private static String csv(String s) {
        return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private static String nhs(SplittableRandom rnd) {
        int k = rnd.nextInt(100);
        if (k < 30) return ""; // education data often lacks it
        while (true) {
            String stem = "999" + String.format("%06d", rnd.nextInt(1_000_000));
            int c = NhsNumber.checkDigit(stem);
            if (c < 0) continue;
            String n = stem + c;
            if (k < 33) return stem + ((c + 1) % 10); // a typo: fails the check digit
            return k < 60 ? n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6) : n;
        }
    }

    private static String upn(SplittableRandom rnd) {
        String body = "801" + String.format("%04d", 2000 + rnd.nextInt(400)) + String.format("%02d", 10 + rnd.nextInt(16))
                + String.format("%03d", rnd.nextInt(1000));
        char check = Upn.checkLetter(body);
        return rnd.nextInt(100) == 0 ? (check == 'A' ? 'B' : 'A') + body : check + body;
    }

    private static String dob(SplittableRandom rnd) {
        LocalDate d = LocalDate.of(2003, 1, 1).plusDays(rnd.nextInt(8400));
        return switch (rnd.nextInt(4)) {
            case 0 -> d.toString();
            case 1 -> String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
            case 2 -> String.format("%d/%d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
            default -> String.format("%02d-%s-%04d", d.getDayOfMonth(), d.getMonth().name().substring(0, 3), d.getYear());
        };
    }

    private static String sex(SplittableRandom rnd) {
        return switch (rnd.nextInt(5)) {
            case 0 -> "M";
            case 1 -> "F";
            case 2 -> "1";
            case 3 -> "2";
            default -> rnd.nextBoolean() ? "Male" : "Female";
        };
    }

    private static String postcode(SplittableRandom rnd) {
        String d = DISTRICTS[rnd.nextInt(DISTRICTS.length)];
        String in = "" + rnd.nextInt(10) + INWARD_LETTERS.charAt(rnd.nextInt(INWARD_LETTERS.length()))
                + INWARD_LETTERS.charAt(rnd.nextInt(INWARD_LETTERS.length()));
        return rnd.nextBoolean() ? d + " " + in : (d + in).toLowerCase(java.util.Locale.ROOT);
    }
}
