package org.jigsaw.synth.extract;

import static org.jigsaw.synth.extract.Defs.*;

import java.io.IOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.jigsaw.cohort.FactType;
import org.jigsaw.ingest.SourceDefinition;
import org.jigsaw.synth.Codes;
import org.jigsaw.synth.CsvFile;
import org.jigsaw.synth.CsvStyle;
import org.jigsaw.synth.Draw;
import org.jigsaw.synth.ExtractContext;
import org.jigsaw.synth.Fault;
import org.jigsaw.synth.FaultKind;
import org.jigsaw.synth.HealthReferral;
import org.jigsaw.synth.IdMinter;
import org.jigsaw.synth.IdentityView;
import org.jigsaw.synth.Malformer;
import org.jigsaw.synth.Person;
import org.jigsaw.synth.SourcePolicy;
import org.jigsaw.synth.Table;

/**
 * The CAMHS provider's referral list (an MHSDS-like local report): core CAMHS and the
 * neurodevelopmental pathway, with the NHS number typed as 3-3-4. Saved from an old reporting
 * tool in Windows-1252.
 */
public final class CamhsExtract implements Extract {
    static final String NAME = "camhs";
    private static final CsvStyle STYLE = new CsvStyle(',', Charset.forName("windows-1252"), false, true);
    private static final DateTimeFormatter DATE = pattern("dd/MM/yyyy");
    private static final SourcePolicy POLICY = new SourcePolicy(0.98, 0.0, 0.25, 0.3, 1.0, 0.05, 0.008);
    private static final List<String> HEADER = List.of("Referral ID", "Patient ID", "NHS No", "Forename", "Surname", "DOB",
            "Gender", "Postcode", "Team", "Referral Date", "Referral Source", "First Appointment", "Discharge Date");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Written write(ExtractContext ctx) throws IOException {
        LocalDate ref = ctx.reference();
        IdMinter referrals = new IdMinter(ctx.seeds(), NAME, "CR", 8);
        IdMinter patients = new IdMinter(ctx.seeds(), NAME + ":patient", "M", 8);
        Table t = ctx.table(NAME, HEADER);
        for (Person p : ctx.persons()) {
            List<HealthReferral> list = p.life().referrals;
            for (int k = 0; k < list.size() && k < 30; k++) {
                HealthReferral h = list.get(k);
                if (!h.service().equals(Codes.CAMHS) || h.received().isAfter(ref)
                        || h.discharged() != null && !h.discharged().isAfter(ref.minusYears(2))) continue;
                RandomGenerator r = ctx.rng(NAME, IdMinter.slot(p, k));
                add(ctx, t, p, h, referrals.id(IdMinter.slot(p, k)), patients.id(IdMinter.slot(p, 0)), ctx.view(p, POLICY, r), List.of());
                if (Draw.chance(r, POLICY.duplicates()))
                    add(ctx, t, p, h, referrals.id(IdMinter.slot(p, 32 + k)), patients.id(IdMinter.slot(p, 1)),
                            ctx.view(p, POLICY, ctx.rng(NAME + ":dup", IdMinter.slot(p, k))),
                            List.of(new Fault(FaultKind.DUPLICATE_ROW, "")));
            }
        }
        Malformer.plant(t, referrals, 0, t.column("DOB"), t.column("Forename"), ctx.rng(NAME + ":malformed", 0),
                List.of(FaultKind.MALFORMED_COLUMN_COUNT, FaultKind.MALFORMED_DATE, FaultKind.MALFORMED_BYTES));
        String file = "extracts/camhs_referrals_" + ref + ".csv";
        CsvFile.write(ctx.areaDir().resolve(file), t, STYLE, ctx);
        Map<String, String> team = codes("CAMHS Core", "CORE", "Neurodevelopmental Pathway", "NEURODEVELOPMENTAL");
        return source(NAME, "health", "CAMHS referrals", file, csv(STYLE), ref, "Referral ID",
                fields("local_id", "Patient ID", "nhs_number", "NHS No", "given_name", "Forename", "family_name", "Surname",
                        "dob", "DOB", "sex", "Gender", "postcode", "Postcode"),
                List.of("dd/MM/yyyy"),
                valueMap("Team", team, "Gender", codes("Male", "M", "Female", "F")),
                List.of(with(event(FactType.REFERRAL, null, "Referral Date", "=" + Codes.CAMHS), null, "Team"),
                        with(status(FactType.ON_CASELOAD, null, "Referral Date", "Discharge Date", "=" + Codes.CAMHS), null, "Team"),
                        with(event(FactType.FIRST_CONTACT, null, "First Appointment", "=" + Codes.CAMHS), null, "Team"),
                        event(FactType.DISCHARGE, null, "Discharge Date", "=" + Codes.CAMHS)));
    }

    private void add(ExtractContext ctx, Table t, Person p, HealthReferral h, String id, String patient, IdentityView v,
                     List<Fault> extra) {
        LocalDate ref = ctx.reference();
        String nhs = v.nhsNumber() == null ? "" : v.nhsNumber().substring(0, 3) + " " + v.nhsNumber().substring(3, 6) + " "
                + v.nhsNumber().substring(6);
        t.add(id, p, extra.isEmpty() ? v.faults() : SchoolCensusExtract.concat(v.faults(), extra), id, patient, nhs,
                v.given(), v.family(), fmt(v.dob(), DATE), v.sex().equals("M") ? "Male" : "Female", v.postcode(),
                "NEURODEVELOPMENTAL".equals(h.team()) ? "Neurodevelopmental Pathway" : "CAMHS Core",
                fmt(h.received(), DATE), h.source(), fmt(h.firstSeenBy(ref), DATE),
                fmt(h.discharged() != null && !h.discharged().isAfter(ref) ? h.discharged() : null, DATE));
    }
}
