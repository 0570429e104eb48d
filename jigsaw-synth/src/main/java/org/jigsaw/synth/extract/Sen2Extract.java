package org.jigsaw.synth.extract;

import static org.jigsaw.synth.extract.Defs.*;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.jigsaw.cohort.FactType;
import org.jigsaw.ingest.SourceDefinition;
import org.jigsaw.synth.Draw;
import org.jigsaw.synth.EhcPlan;
import org.jigsaw.synth.ExtractContext;
import org.jigsaw.synth.Fault;
import org.jigsaw.synth.FaultKind;
import org.jigsaw.synth.IdMinter;
import org.jigsaw.synth.IdentityView;
import org.jigsaw.synth.Life;
import org.jigsaw.synth.Malformer;
import org.jigsaw.synth.Person;
import org.jigsaw.synth.Schooling;
import org.jigsaw.synth.SourcePolicy;
import org.jigsaw.synth.Table;
import org.jigsaw.synth.XlsxFile;

/**
 * The SEN team's EHC plan spreadsheet (the working copy behind the SEN2 return): one row per
 * request for assessment, with the outcome, the plan's dates, need, health provision and
 * setting. Written with POI's streaming writer; dates are real date cells.
 */
public final class Sen2Extract implements Extract {
    static final String NAME = "sen2";
    /** The SEN case-management system holds NHS numbers for a minority of children. */
    private static final SourcePolicy POLICY = new SourcePolicy(0.3, 0.85, 0.3, 0.2, 0.8, 0.01, 0.004);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final List<String> HEADER = List.of("EHCP Ref", "Person ID", "UPN", "NHS Number", "Surname", "Forename",
            "Date of Birth", "Sex", "Postcode", "Request Received", "Request Outcome", "Assessment Outcome",
            "Plan Issued", "Plan Start", "Cease Date", "Cease Reason", "Primary Need", "Secondary Need",
            "SLT in Health Provision", "Setting");
    private static final Set<String> DATES = Set.of("Date of Birth", "Request Received", "Plan Issued", "Plan Start", "Cease Date");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Written write(ExtractContext ctx) throws IOException {
        LocalDate ref = ctx.reference();
        IdMinter refs = new IdMinter(ctx.seeds(), NAME, "EHC", 8);
        IdMinter people = new IdMinter(ctx.seeds(), NAME + ":person", "SEN", 8);
        Table t = ctx.table(NAME, HEADER);
        for (Person p : ctx.persons()) {
            if (!p.resident()) continue;
            List<EhcPlan> plans = p.life().ehc;
            for (int k = 0; k < plans.size() && k < 20; k++) {
                EhcPlan e = plans.get(k);
                if (!inReturn(e, ref)) continue;
                RandomGenerator r = ctx.rng(NAME, IdMinter.slot(p, k));
                row(ctx, t, p, e, refs.id(IdMinter.slot(p, k)), people.id(IdMinter.slot(p, 0)), r, List.of());
                if (Draw.chance(r, POLICY.duplicates())) {
                    row(ctx, t, p, e, refs.id(IdMinter.slot(p, 30 + k)), people.id(IdMinter.slot(p, 1)),
                            ctx.rng(NAME + ":dup", IdMinter.slot(p, k)), List.of(new Fault(FaultKind.DUPLICATE_ROW, "")));
                }
            }
        }
        Malformer.plant(t, refs, 0, t.column("Date of Birth"), -1, ctx.rng(NAME + ":malformed", 0),
                List.of(FaultKind.MALFORMED_DATE, FaultKind.MALFORMED_COLUMN_COUNT));
        String file = "extracts/ehc_plans_" + ref.getYear() + ".xlsx";
        XlsxFile.write(ctx.areaDir().resolve(file), t, "EHCP", DATES, ctx);
        return source(NAME, "education", "SEN2 / EHC plans", file, xlsx("EHCP"), ref, "EHCP Ref",
                fields("local_id", "Person ID", "upn", "UPN", "nhs_number", "NHS Number", "family_name", "Surname",
                        "given_name", "Forename", "dob", "Date of Birth", "sex", "Sex", "postcode", "Postcode"),
                List.of("dd/MM/yyyy", "yyyy-MM-dd"),
                valueMap("Sex", codes("Male", "M", "Female", "F"), "SLT in Health Provision", codes("Yes", "Y", "No", "N")),
                List.of(event(FactType.EHC_ASSESSMENT_REQUEST, null, "Request Received", null),
                        status(FactType.EHC_PLAN, when("Assessment Outcome", "Y"), "Plan Start", "Cease Date", "Primary Need"),
                        event(FactType.EHC_PLAN_ISSUED, when("Assessment Outcome", "Y"), "Plan Issued", null),
                        status(FactType.PRIMARY_NEED, when("Assessment Outcome", "Y"), "Plan Start", "Cease Date", "Primary Need"),
                        status(FactType.PLAN_SPECIFIES, when("SLT in Health Provision", "Y"), "Plan Start", "Cease Date", "=SLT")));
    }

    /** Requests received by the date, active plans, and plans ceased or requests closed in the last two years. */
    static boolean inReturn(EhcPlan e, LocalDate ref) {
        if (e.requested().isAfter(ref)) return false;
        if (e.activeOn(ref)) return true;
        if (e.issued() != null && e.issued().isAfter(ref)) return true; // assessment under way
        LocalDate closed = e.ceased() != null ? e.ceased() : e.requested().plusWeeks(6);
        return e.ceased() == null && e.issued() == null ? e.requested().isAfter(ref.minusYears(2))
                : !closed.isAfter(ref) && closed.isAfter(ref.minusYears(2));
    }

    private void row(ExtractContext ctx, Table t, Person p, EhcPlan e, String ref, String personId, RandomGenerator r,
                     List<Fault> extra) {
        LocalDate date = ctx.reference();
        IdentityView v = ctx.view(p, POLICY, r);
        boolean issued = e.issued() != null && !e.issued().isAfter(date);
        boolean decided = !e.requested().plusWeeks(6).isAfter(date);
        String requestOutcome = !decided ? "A" : e.refused() ? (r.nextInt(10) < 6 ? "N" : "Y") : "Y";
        String assessmentOutcome = issued ? "Y" : e.refused() && "Y".equals(requestOutcome) ? "N" : "A";
        LocalDate ceased = e.ceased() != null && !e.ceased().isAfter(date) ? e.ceased() : null;
        Life life = p.life();
        String setting = !issued ? "" : Life.anyActive(life.homeEducation, date) ? "EHE"
                : p.ageOn(date) < 4 ? "EYP" : Schooling.onRoll(p, date) ? (life.specialSchool ? "SPECIAL" : "MAINSTREAM")
                : p.ageOn(date) >= 16 ? "FE" : "OTH";
        t.add(ref, p, extra.isEmpty() ? v.faults() : SchoolCensusExtract.concat(v.faults(), extra),
                ref, personId, nz(v.upn()), nz(v.nhsNumber()), v.family(), v.given(), fmt(v.dob(), ISO),
                v.sex().equals("M") ? "Male" : "Female", v.postcode(), fmt(e.requested(), ISO), requestOutcome,
                assessmentOutcome, issued ? fmt(e.issued(), ISO) : "", issued ? fmt(e.issued(), ISO) : "",
                fmt(ceased, ISO), ceased == null ? "" : nz(e.ceaseReason()), issued ? e.need() : "",
                issued ? nz(e.secondNeed()) : "", issued ? (e.specifiesSlt() ? "Yes" : "No") : "", setting);
    }
}
