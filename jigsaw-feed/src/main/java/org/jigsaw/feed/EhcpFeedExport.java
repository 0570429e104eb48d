package org.jigsaw.feed;

import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.jigsaw.govern.PersonIdPseudonymiser;
import org.jigsaw.ingest.SafeCsv;

/**
 * Writes the EHC plan feed for one window: a CSV of changes, the FHIR Bundle of Flags (validated
 * before it is written; a bundle with any error is refused) and a JSON summary that carries the
 * counts, the agreement and the children left out, but no identifiers. Plan records whose dates
 * contradict each other are left out before the bundle is built and listed in the summary under
 * keyed record pseudonyms, so one bad record never holds back the rest of the window.
 */
public final class EhcpFeedExport {

    static final List<String> CSV_HEADER = List.of("nhs_number", "change", "change_date", "plan_start", "plan_end",
            "primary_need", "previous_primary_need", "flag_id");

    private final FhirBundleValidator validator;
    private final FhirNaming naming;
    private final String issuer;
    private final PersonIdPseudonymiser pseudonyms;

    /** @param pseudonyms names the records left out in the summary (the area's key, as {@code cohort --members}) */
    public EhcpFeedExport(FhirBundleValidator validator, FhirNaming naming, String issuer, PersonIdPseudonymiser pseudonyms) {
        this.validator = validator;
        this.naming = naming;
        this.issuer = issuer;
        this.pseudonyms = pseudonyms;
    }

    public EhcpFeedReport export(Path snapshot, LocalDate since, LocalDate asAt, FeedPermit permit, Path outDir,
                                 Instant now) throws IOException, SQLException {
        if (permit.kind() != FeedKind.EHCP) {
            throw new IllegalArgumentException("permit is for the " + permit.kind().key() + " feed, not ehcp");
        }
        EhcpFeedContent content = new EhcpChangeFinder().find(snapshot, since, asAt);
        Bundle bundle = new EhcpFlagBundle(naming, issuer).build(content, now);
        IParser parser = validator.context().newJsonParser().setPrettyPrint(true);
        String json = parser.encodeResourceToString(bundle);
        List<FhirBundleValidator.Issue> issues = validator.validate(json);
        List<FhirBundleValidator.Issue> errors = issues.stream().filter(FhirBundleValidator.Issue::isError).toList();
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the FHIR bundle failed validation against base R4 (" + errors.size()
                    + " errors; first at " + errors.get(0).location() + ": " + errors.get(0).message()
                    + "); nothing was written");
        }

        String stem = "ehcp-" + since + "-to-" + asAt;
        Path csv = FeedFiles.write(outDir.resolve(stem + ".csv"), tmp -> {
            try (SafeCsv out = SafeCsv.create(tmp)) {
                out.row(CSV_HEADER);
                for (EhcpChange c : content.changes()) {
                    out.row(java.util.Arrays.asList(c.nhsNumber(), c.kind().name(), c.changeDate().toString(),
                            c.planStart().toString(), c.planEnd() == null ? "" : c.planEnd().toString(),
                            c.primaryNeed(), c.previousNeed(),
                            EhcpFlagBundle.uuid("ehcp-episode", naming.laCode(), c.personId(), c.planStart().toString())));
                }
            }
        });
        Path fhir = FeedFiles.writeString(outDir.resolve(stem + ".fhir.json"), json);
        Path summary = FeedFiles.writeString(outDir.resolve(stem + ".summary.json"),
                summaryJson(content, permit, bundle.getEntry().size(), issues, now, pseudonyms));
        return new EhcpFeedReport(content, permit, csv, fhir, summary, bundle.getEntry().size(), issues);
    }

    private static String summaryJson(EhcpFeedContent content, FeedPermit permit, int flags,
                                      List<FhirBundleValidator.Issue> issues, Instant now,
                                      PersonIdPseudonymiser pseudonyms) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("feed", FeedKind.EHCP.key());
        root.put("generated_at", now.toString());
        root.put("since", content.since().toString());
        root.put("as_at", content.asAt().toString());
        root.put("agreement", permit.agreementId());
        root.put("purpose", permit.purpose());
        root.put("recipient", permit.recipient());
        ObjectNode counts = root.putObject("changes");
        content.countsByKind().forEach((k, v) -> counts.put(k.name().toLowerCase(java.util.Locale.ROOT), v));
        root.put("children_fed", content.childrenFed());
        root.put("flags", flags);
        ObjectNode notFed = root.putObject("children_not_fed");
        notFed.put("no_valid_nhs_number", content.withoutValidNhsNumber());
        notFed.put("conflicting_nhs_numbers", content.withConflictingNhsNumbers());
        ObjectNode recordsNotFed = root.putObject("records_not_fed");
        recordsNotFed.put("end_before_start", content.contradictoryPlans().size());
        var listed = recordsNotFed.putArray("records");
        for (ContradictoryPlan p : content.contradictoryPlans()) {
            listed.addObject().put("source", p.source()).put("record", pseudonyms.pseudonym(p.recordKey()))
                    .put("problem", "EHC plan ends before it starts");
        }
        ObjectNode validation = root.putObject("fhir_validation");
        validation.put("profile", "FHIR R4 base");
        validation.put("errors", issues.stream().filter(FhirBundleValidator.Issue::isError).count());
        validation.put("warnings", issues.stream().filter(i -> "warning".equals(i.severity())).count());
        return json.writeValueAsString(root);
    }
}
