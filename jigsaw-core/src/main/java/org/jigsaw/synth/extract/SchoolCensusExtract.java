package org.jigsaw.synth.extract;

import static org.jigsaw.synth.extract.Defs.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.jigsaw.cohort.FactType;
import org.jigsaw.ingest.SourceDefinition;
import org.jigsaw.synth.CsvFile;
import org.jigsaw.synth.CsvStyle;
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
import org.jigsaw.synth.Spell;
import org.jigsaw.synth.Table;
import org.jigsaw.synth.Universe;

/**
 * The LA's pupil-level School Census extract for one census day: every pupil on roll at the
 * area's schools (including non-residents), with SEN provision and need. No NHS number: the
 * School Census does not collect it. UTF-8 with a BOM, as Excel saves "CSV UTF-8".
 */
public final class SchoolCensusExtract implements Extract {
    static final String NAME = "school_census";
    private static final CsvStyle STYLE = new CsvStyle(',', StandardCharsets.UTF_8, true, true);
    private static final DateTimeFormatter DATE = pattern("dd/MM/yyyy");
    /** Schools type carefully from admission forms; dual registration gives a second row. */
    private static final SourcePolicy POLICY = new SourcePolicy(0, 1.0, 0.15, 0.1, 0.5, 0.005, 0.004);
    private static final List<String> HEADER = List.of("RecordID", "LAEstab", "UPN", "FormerUPN", "Surname", "Forename",
            "MiddleNames", "FormerSurname", "DOB", "Gender", "Ethnicity", "NCyearActual", "EnrolStatus", "EntryDate",
            "Postcode", "FSMeligible", "SENprovision", "SENStartDate", "PrimarySENType", "SecondarySENType");

    @Override
    public String name() {
        return NAME;
    }

    static String termName(LocalDate d) {
        int m = d.getMonthValue();
        String term = m <= 4 ? "spring" : m <= 8 ? "summer" : "autumn";
        return d.getYear() + "_" + term;
    }

    @Override
    public Written write(ExtractContext ctx) throws IOException {
        LocalDate ref = ctx.reference();
        IdMinter ids = new IdMinter(ctx.seeds(), NAME, "", 9);
        Table t = ctx.table(NAME, HEADER);
        for (Person p : ctx.persons()) {
            if (!Schooling.onRoll(p, ref)) continue;
            RandomGenerator r = ctx.rng(NAME, p.index());
            boolean dual = Draw.chance(r, POLICY.duplicates());
            String main = Schooling.estab(p, ctx.universe(), ref);
            row(ctx, t, p, ids.id(IdMinter.slot(p, 0)), main, dual ? "M" : "C", r, List.of());
            if (dual) {
                Universe u = ctx.universe();
                String other = main.startsWith("2") ? Universe.estab('P', (p.primarySchool() + 1) % u.primarySchools())
                        : main.startsWith("4") ? Universe.estab('S', (p.secondarySchool() + 1) % u.secondarySchools())
                        : Universe.estab('P', p.primarySchool());
                row(ctx, t, p, ids.id(IdMinter.slot(p, 1)), other, "S", ctx.rng(NAME + ":dual", p.index()),
                        List.of(new Fault(FaultKind.DUPLICATE_ROW, "")));
            }
        }
        Malformer.plant(t, ids, 0, t.column("DOB"), t.column("Forename"), ctx.rng(NAME + ":malformed", 0),
                List.of(FaultKind.MALFORMED_COLUMN_COUNT, FaultKind.MALFORMED_DATE, FaultKind.MALFORMED_BYTES));
        String file = "extracts/school_census_" + termName(ref) + ".csv";
        CsvFile.write(ctx.areaDir().resolve(file), t, STYLE, ctx);
        return source(NAME, "education", "School Census", file, csv(STYLE), ref, "RecordID",
                fields("upn", "UPN", "former_upn", "FormerUPN", "family_name", "Surname", "given_name", "Forename",
                        "middle_names", "MiddleNames", "former_family_name", "FormerSurname", "dob", "DOB",
                        "sex", "Gender", "postcode", "Postcode"),
                List.of("dd/MM/yyyy"),
                valueMap("Gender", codes("M", "M", "F", "F")),
                List.of(status(FactType.EHC_PLAN, when("SENprovision", "E"), "SENStartDate", null, "PrimarySENType"),
                        status(FactType.SEN_SUPPORT, when("SENprovision", "K"), "SENStartDate", null, "PrimarySENType"),
                        status(FactType.PRIMARY_NEED, when("SENprovision", "E", "K"), "SENStartDate", null, "PrimarySENType")));
    }

    private void row(ExtractContext ctx, Table t, Person p, String id, String estab, String enrol, RandomGenerator r,
                     List<Fault> extra) {
        LocalDate ref = ctx.reference();
        IdentityView v = ctx.view(p, POLICY, r);
        Life life = p.life();
        String prov = life.senProvisionOn(ref);
        LocalDate senStart = null;
        String need = null, second = null;
        EhcPlan plan = life.planOn(ref);
        if (plan != null) {
            senStart = plan.issued();
            need = plan.need();
            second = plan.secondNeed();
        } else {
            Spell k = life.senSupportOn(ref);
            if (k != null) {
                senStart = k.start();
                need = k.code();
            }
        }
        boolean fsm = p.deprived();
        List<Fault> faults = extra.isEmpty() ? v.faults() : concat(v.faults(), extra);
        t.add(id, p, faults, id, ctx.universe().area().laCode() + estab, nz(v.upn()), nz(v.formerUpn()),
                v.family(), v.given(), nz(v.middle()), nz(v.formerFamily()), fmt(v.dob(), DATE), v.sex(),
                p.ethnicity(), Schooling.ncYear(p, ref), enrol, fmt(Schooling.entryDate(p, ref), DATE), v.postcode(),
                fsm ? "true" : "false", prov, fmt(senStart, DATE), nz(need), nz(second));
    }

    static List<Fault> concat(List<Fault> a, List<Fault> b) {
        List<Fault> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
