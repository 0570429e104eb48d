package org.jigsaw.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jigsaw.area.Area;
import org.jigsaw.ingest.AreaIngest;
import org.jigsaw.ingest.IngestRun;
import org.jigsaw.ingest.QualityFinding;
import org.jigsaw.ingest.SourceDefinition;
import org.jigsaw.ingest.SourceDefinitions;
import org.jigsaw.ingest.SourceReconciliation;
import org.jigsaw.progress.Progress;
import org.jigsaw.synth.SynthOptions;
import org.jigsaw.synth.Synthesizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance: a synthetic area's extracts all load through their YAML definitions alone, and the
 * quality report finds the faults the generator planted, with counts equal to truth/faults.csv.
 *
 * <p>Faults ingest cannot see by definition are left out of the expectation, each for a stated
 * reason: faults on malformed rows (those rows are quarantined, so their other faults are never
 * measured), a wrong column count in a spreadsheet (a sheet has no column count: missing trailing
 * cells are blank cells), and out-of-area or age checks in sources without a postcode or date of birth.
 */
class SynthQualityTest {

    @TempDir
    static Path dir;
    static IngestRun run;
    static Map<String, SourceDefinition> defs = new HashMap<>();
    static List<String[]> faults;
    static List<String> truthRecords;

    @BeforeAll
    static void generateAndIngest() throws IOException {
        Synthesizer.generate(new SynthOptions(2000, 1, 0), dir, Progress.NONE);
        Area area = Area.open(dir);
        run = new AreaIngest().run(area.dir(), area.config(), Progress.NONE);
        for (SourceDefinitions.Parsed p : SourceDefinitions.load(dir).sources()) defs.put(p.definition().name(), p.definition());
        truthRecords = Files.readAllLines(dir.resolve("truth/records.csv")).stream().skip(1)
                .map(l -> l.substring(0, l.indexOf(','))).toList();
        faults = Files.readAllLines(dir.resolve("truth/faults.csv")).stream().skip(1).map(l -> l.split(",", -1)).toList();
    }

    private static long finding(String source, String field, String check) {
        return run.result().findings().stream()
                .filter(f -> Objects.equals(f.source(), source) && Objects.equals(f.field(), field) && f.check().equals(check))
                .mapToLong(QualityFinding::count).sum();
    }

    /** Planted faults of these kinds in a source, on rows that were not themselves malformed. */
    private static long truth(String source, String... kinds) {
        Set<String> malformed = new HashSet<>();
        for (String[] f : faults) if (f[3].startsWith("MALFORMED")) malformed.add(f[1]);
        Set<String> wanted = Set.of(kinds);
        return faults.stream().filter(f -> f[0].equals(source) && wanted.contains(f[3]) && !malformed.contains(f[1])).count();
    }

    private static boolean dobRequired(String source) {
        List<String> required = defs.get(source).required();
        return required != null && required.contains("dob");
    }

    private static long truthAll(String source, String... kinds) {
        Set<String> wanted = Set.of(kinds);
        return faults.stream().filter(f -> f[0].equals(source) && wanted.contains(f[3])).count();
    }

    private static long quarantined(String source) {
        return run.result().reconciliation().stream().filter(r -> r.source().equals(source))
                .mapToLong(SourceReconciliation::rowsQuarantined).sum();
    }

    private static boolean maps(String source, String field) {
        return defs.get(source).fields().containsKey(field);
    }

    @Test
    void everyExtractLoadsThroughItsDefinitionAlone() {
        assertThat(defs).hasSizeGreaterThanOrEqualTo(10);
        Map<String, Long> truthRows = new HashMap<>();
        for (String key : truthRecords) truthRows.merge(key.substring(0, key.indexOf(':')), 1L, Long::sum);
        assertThat(run.result().reconciliation()).hasSize(defs.size()).allSatisfy(r -> {
            assertThat(r.reconciles()).as(r.line()).isTrue();
            // every row the generator wrote was read: none lost to a parser that skipped or merged lines
            assertThat(r.rowsRead()).as(r.source()).isEqualTo(truthRows.getOrDefault(r.source(), 0L));
        });
        assertThat(run.result().records()).hasSizeGreaterThan(1000);
        assertThat(run.result().findings()).noneMatch(f -> List.of("invalid_definition", "unreadable_file", "missing_column",
                "no_file", "delimiter_mismatch").contains(f.check()));
        assertThat(run.result().facts()).isNotEmpty();
    }

    @Test
    void theGeneratorsMappingsNameEveryCodeItsExtractsUse() {
        // an unknown code in any mapped column (fields, conditions, fact codes and values) is a finding:
        // the synthetic extracts use only codes their definitions map, so none is reported
        assertThat(run.result().findings()).filteredOn(f -> f.check().equals("unmapped_code"))
                .extracting(f -> f.source() + "." + f.field() + "=" + f.count()).isEmpty();
    }

    @Test
    void quarantineMatchesThePlantedMalformedRows() {
        for (SourceReconciliation r : run.result().reconciliation()) {
            boolean sheet = "xlsx".equals(defs.get(r.source()).format().type().toLowerCase(Locale.ROOT));
            // the shipped templates (CIN, 903, CBDS) do not require a DOB: a child with a broken one loads
            // without it, and damaged bytes only quarantine a row where they are in a name that is read
            boolean dobRequired = dobRequired(r.source());
            boolean namesRead = maps(r.source(), "given_name");
            long planted = faults.stream().filter(f -> f[0].equals(r.source()) && f[3].startsWith("MALFORMED")
                    && !(sheet && f[3].equals("MALFORMED_COLUMN_COUNT"))
                    && !(!dobRequired && f[3].equals("MALFORMED_DATE"))
                    && !(!dobRequired && !namesRead && f[3].equals("MALFORMED_BYTES"))).count();
            assertThat(r.rowsQuarantined()).as(r.source()).isEqualTo(planted);
        }
    }

    @Test
    void invalidNhsNumbersMatchThePlantedOnes() {
        long total = 0;
        for (String s : defs.keySet()) {
            if (!maps(s, "nhs_number")) continue;
            long planted = truth(s, "NHS_CHECKSUM_INVALID", "NHS_TRANSPOSED");
            assertThat(finding(s, "nhs_number", "invalid")).as(s).isEqualTo(planted);
            total += planted;
        }
        assertThat(total).isNotNegative();
    }

    @Test
    void duplicatesWithinASourceMatchThePlantedOnes() {
        long total = 0;
        for (String s : defs.keySet()) {
            boolean checked = run.result().findings().stream().anyMatch(f -> s.equals(f.source()) && f.check().equals("possible_duplicate"));
            long planted = truth(s, "DUPLICATE_ROW");
            if (!checked) {
                assertThat(planted).as(s + " yields a row per event, so is not checked, and has no planted duplicates").isZero();
                continue;
            }
            // a broken copy of a row that still loads (no DOB required) is the same child twice as well,
            // found as such when it shares an identifier with the row it copies
            long loadedCopies = dobRequired(s) ? 0 : truthAll(s, "MALFORMED_DATE", "MALFORMED_BYTES", "MALFORMED_COLUMN_COUNT")
                    - quarantined(s);
            assertThat(finding(s, null, "possible_duplicate")).as(s).isBetween(planted, planted + loadedCopies);
            total += planted;
        }
        assertThat(total).isPositive();
    }

    /**
     * Record by record: every record ingest counts as outside the area or age range is one the truth
     * says is, and the counts equal the truth wherever the record carries the child's address on the
     * reference date. (A register row keeps the postcode from when it was made — a birth record
     * shows the birth address — so a child who has since moved away cannot be seen from it alone:
     * those are the only truth faults a source may miss, and linkage is what finds them.)
     */
    @Test
    void recordsOutsideTheAreaAndAgeRangeMatchTheTruth() throws IOException {
        Area a = Area.open(dir);
        Set<String> districts = new HashSet<>(a.config().postcodeDistricts());
        Set<String> outArea = new HashSet<>();
        Set<String> outAge = new HashSet<>();
        for (String[] f : faults) {
            if (f[3].equals("OUT_OF_AREA")) outArea.add(f[1]);
            if (f[3].equals("OUT_OF_AGE_RANGE")) outAge.add(f[1]);
        }
        Map<String, Long> flaggedArea = new HashMap<>();
        for (var r : run.result().records()) {
            String pc = r.get(org.jigsaw.record.Field.POSTCODE);
            if (pc != null && !districts.contains(pc.substring(0, pc.indexOf(' ')))) {
                assertThat(outArea).as("flagged outside the area but resident: " + r.source()).contains(r.key());
                flaggedArea.merge(r.source(), 1L, Long::sum);
            }
            String dob = r.get(org.jigsaw.record.Field.DOB);
            if (dob != null) {
                int age = java.time.Period.between(java.time.LocalDate.parse(dob), a.config().referenceDate()).getYears();
                boolean outside = age < a.config().ageMin() || age > a.config().ageMax();
                assertThat(outAge.contains(r.key())).as("age range for a record of " + r.source()).isEqualTo(outside);
            }
        }
        long planted = 0;
        long found = 0;
        for (String s : defs.keySet()) {
            if (maps(s, "postcode")) {
                assertThat(finding(s, "postcode", "outside_area")).as(s).isEqualTo(flaggedArea.getOrDefault(s, 0L))
                        .isLessThanOrEqualTo(truth(s, "OUT_OF_AREA"));
                planted += truth(s, "OUT_OF_AREA");
                found += finding(s, "postcode", "outside_area");
            }
            if (maps(s, "dob")) {
                assertThat(finding(s, "dob", "outside_age_range")).as(s).isEqualTo(truth(s, "OUT_OF_AGE_RANGE"));
            }
        }
        for (String s : List.of("school_census", "camhs", "csds_contacts", "csds_referrals")) {
            if (defs.containsKey(s)) assertThat(finding(s, "postcode", "outside_area")).as(s).isEqualTo(truth(s, "OUT_OF_AREA"));
        }
        assertThat(found).isPositive().isGreaterThanOrEqualTo(planted * 9 / 10);
    }

    @Test
    void theReportIsWrittenAndReconciles() throws IOException {
        Area a = Area.open(dir);
        QualityReport report = QualityReport.of(a.config(), run.result(), Instant.now());
        QualityReportWriter.writeAll(report, dir.resolve("reports"));
        assertThat(report.reconciles()).isTrue();
        assertThat(Files.readString(dir.resolve("reports/quality.html"))).contains("Across sources");
        assertThat(report.findingsFor(null)).extracting(QualityFinding::check)
                .contains("sen_provision_conflict", "primary_need_conflict", "ehcp_no_health_record", "dob_conflict");
    }
}
