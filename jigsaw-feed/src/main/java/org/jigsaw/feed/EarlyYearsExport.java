package org.jigsaw.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jigsaw.ingest.SafeCsv;

/** Writes the early-years planning list (CSV) and a summary by age and disability code (JSON). */
public final class EarlyYearsExport {

    static final List<String> CSV_HEADER = List.of("nhs_number", "date_of_birth", "age_months", "sex",
            "postcode_district", "disabilities", "first_identified", "health_sources");

    /** What was written. */
    public record Report(List<EarlyYearsChild> children, Path csv, Path summary, long withoutNhsNumber) {
    }

    public Report export(Path snapshot, LocalDate asAt, FeedPermit permit, Path outDir, Instant now)
            throws IOException, SQLException {
        if (permit.kind() != FeedKind.EARLY_YEARS) {
            throw new IllegalArgumentException("permit is for the " + permit.kind().key() + " feed, not early-years");
        }
        List<EarlyYearsChild> children = new EarlyYearsFinder().find(snapshot, asAt);
        String stem = "early-years-" + asAt;
        Path csv = FeedFiles.write(outDir.resolve(stem + ".csv"), tmp -> {
            try (SafeCsv out = SafeCsv.create(tmp)) {
                out.row(CSV_HEADER);
                for (EarlyYearsChild c : children) {
                    out.row(Arrays.asList(c.nhsNumber(), c.dob().toString(), Integer.toString(c.ageInMonths(asAt)),
                            c.sex(), c.postcodeDistrict(), String.join(";", c.disabilities()),
                            c.firstIdentified() == null ? "" : c.firstIdentified().toString(),
                            String.join(";", c.sources())));
                }
            }
        });
        long withoutNhs = children.stream().filter(c -> c.nhsNumber() == null).count();
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("feed", FeedKind.EARLY_YEARS.key());
        root.put("generated_at", now.toString());
        root.put("as_at", asAt.toString());
        root.put("agreement", permit.agreementId());
        root.put("purpose", permit.purpose());
        root.put("recipient", permit.recipient());
        root.put("children", children.size());
        root.put("without_valid_nhs_number", withoutNhs);
        Map<String, Integer> byAge = new TreeMap<>();
        Map<String, Integer> byCode = new TreeMap<>();
        for (EarlyYearsChild c : children) {
            byAge.merge("age_" + c.ageInMonths(asAt) / 12, 1, Integer::sum);
            c.disabilities().forEach(d -> byCode.merge(d, 1, Integer::sum));
        }
        ObjectNode ages = root.putObject("by_age_years");
        byAge.forEach(ages::put);
        ObjectNode codes = root.putObject("by_disability");
        byCode.forEach(codes::put);
        Path summary = FeedFiles.writeString(outDir.resolve(stem + ".summary.json"), json.writeValueAsString(root));
        return new Report(children, csv, summary, withoutNhs);
    }
}
