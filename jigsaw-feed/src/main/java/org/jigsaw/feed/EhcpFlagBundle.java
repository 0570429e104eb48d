package org.jigsaw.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

/**
 * Maps EHC plan changes onto a FHIR R4 {@code Bundle} (type collection) of {@code Flag}s: one
 * Flag per plan episode touched in the window, carrying the episode's state as at the feed date.
 * The Flag's identifier is derived from the person and episode start, so each new feed updates
 * the same Flag in the receiving system rather than adding another one.
 *
 * <ul>
 *   <li>subject: Patient by NHS number ({@value FhirNaming#NHS_NUMBER_SYSTEM}), no literal reference</li>
 *   <li>status: {@code active} while the plan is in force, {@code inactive} once ceased</li>
 *   <li>category: flag-category {@code admin}</li>
 *   <li>code: send-status {@code EHCP}; text names the primary need</li>
 *   <li>period: plan start .. plan end</li>
 *   <li>extension sen-primary-need: valueCoding from the DfE SEN type codes</li>
 * </ul>
 */
public final class EhcpFlagBundle {

    private final FhirNaming naming;
    private final String issuer;

    /** @param issuer shown as the Flag author, e.g. "Synthshire SEND service" */
    public EhcpFlagBundle(FhirNaming naming, String issuer) {
        this.naming = naming;
        this.issuer = issuer;
    }

    public Bundle build(EhcpFeedContent content, Instant generatedAt) {
        Map<String, List<EhcpChange>> episodes = new LinkedHashMap<>();
        content.changes().stream()
                .sorted(Comparator.comparing(EhcpChange::nhsNumber).thenComparing(EhcpChange::planStart)
                        .thenComparing(EhcpChange::changeDate))
                .forEach(c -> episodes.computeIfAbsent(episodeKey(c), k -> new ArrayList<>()).add(c));

        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.setId(uuid("bundle", naming.laCode(), content.since().toString(), content.asAt().toString(),
                generatedAt.toString()));
        bundle.setTimestamp(Date.from(generatedAt));
        bundle.getMeta().setLastUpdated(Date.from(generatedAt));
        bundle.setIdentifier(new Identifier().setSystem(naming.bundleIdentifierSystem())
                .setValue("ehcp-" + content.since() + "-" + content.asAt() + "-" + generatedAt.getEpochSecond()));
        for (List<EhcpChange> changes : episodes.values()) {
            Flag flag = flag(changes, content.asAt());
            bundle.addEntry().setFullUrl("urn:uuid:" + flag.getIdElement().getIdPart()).setResource(flag);
        }
        return bundle;
    }

    private Flag flag(List<EhcpChange> changes, LocalDate asAt) {
        EhcpChange last = changes.get(changes.size() - 1);
        String need = null;
        for (EhcpChange c : changes) {
            if (c.primaryNeed() != null) {
                need = c.primaryNeed();
            }
        }
        String flagId = uuid("ehcp-episode", naming.laCode(), last.personId(), last.planStart().toString());

        Flag flag = new Flag();
        flag.setId(flagId);
        flag.addIdentifier().setSystem(naming.flagIdentifierSystem()).setValue(flagId);
        flag.setStatus(last.planActiveOn(asAt) ? Flag.FlagStatus.ACTIVE : Flag.FlagStatus.INACTIVE);
        flag.addCategory(new CodeableConcept().addCoding(
                new Coding(FhirNaming.FLAG_CATEGORY_SYSTEM, "admin", "Administrative")));
        String text = "Education, Health and Care plan"
                + (need == null ? "" : "; primary need: " + need
                        + (SenType.display(need) == null ? "" : " (" + SenType.display(need) + ")"));
        flag.setCode(new CodeableConcept()
                .addCoding(new Coding(naming.sendStatusSystem(), "EHCP", "Education, Health and Care plan"))
                .setText(text));
        flag.setSubject(new Reference().setType("Patient").setIdentifier(
                new Identifier().setSystem(FhirNaming.NHS_NUMBER_SYSTEM).setValue(last.nhsNumber())));
        // day precision: a plan starts on a date, not at midnight in some time zone
        Period period = new Period().setStartElement(new DateTimeType(last.planStart().toString()));
        if (last.planEnd() != null) {
            period.setEndElement(new DateTimeType(last.planEnd().toString()));
        }
        flag.setPeriod(period);
        if (need != null) {
            flag.addExtension(naming.primaryNeedExtension(), new Coding(naming.senTypeSystem(), need, SenType.display(need)));
        }
        // narrative for people reading the record; it names the plan, never the child
        flag.getText().setStatus(Narrative.NarrativeStatus.GENERATED).setDivAsString(
                "<div xmlns=\"http://www.w3.org/1999/xhtml\">" + escape(text) + " — "
                        + (flag.getStatus() == Flag.FlagStatus.ACTIVE ? "in force since " + last.planStart()
                        : "from " + last.planStart() + " to " + last.planEnd()) + "</div>");
        if (issuer != null && !issuer.isBlank()) {
            flag.setAuthor(new Reference().setDisplay(issuer));
        }
        return flag;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String episodeKey(EhcpChange c) {
        return c.personId() + "|" + c.planStart();
    }

    /** Name-based UUID: the same inputs give the same ID in every feed. */
    static String uuid(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("|", parts).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
