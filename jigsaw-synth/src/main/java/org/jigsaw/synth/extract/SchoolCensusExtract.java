package org.jigsaw.synth.extract;

import static org.jigsaw.synth.extract.Defs.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.random.RandomGenerator;
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
 * The LA's pupil-level School Census for one census day as the CBDS flattened tables
 * (pupilonroll, senneeds, addressesonroll; the 2016 schema's columns, a subset in its order):
 * every pupil on roll at the area's schools (including non-residents), read by the shipped
 * template, which joins the SEN needs and the address to the pupil on pupilonrolltableid. No NHS
 * number and no SEN start date: the census has neither. UTF-8 with a BOM, as Excel saves "CSV UTF-8".
 */
public final class SchoolCensusExtract implements Extract {
    static final String NAME = "school_census";
    private static final CsvStyle STYLE = new CsvStyle(',', StandardCharsets.UTF_8, true, true);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    /** Schools type carefully from admission forms; dual registration gives a second row. */
    private static final SourcePolicy POLICY = new SourcePolicy(0, 1.0, 0.15, 0.1, 0.5, 0.005, 0.004);
    private static final List<String> PUPILS = List.of("pupilonrolltableid", "schoolcensustableid", "upn", "formerupn",
            "surname", "forename", "uniquelearnernumber", "middlenames", "preferredsurname", "formersurname", "dob",
            "entrydate", "gender", "ethnicity", "enrolstatus", "ncyearactual", "senprovision");
    private static final List<String> NEEDS = List.of("senneedstableid", "pupilonrolltableid", "sentyperank", "sentype");
    private static final List<String> ADDRESSES = List.of("addressesonrolltableid", "pupilonrolltableid", "postcode");

    @Override
    public String name() {
        return NAME;
    }

    static String termName(LocalDate d) {
        int m = d.getMonthValue();
        String term = m <= 4 ? "spring" : m <= 8 ? "summer" : "autumn";
        return d.getYear() + "_" + term;
    }

    /** The three tables of one census, filled together. */
    private record Tables(Table pupils, Table needs, Table addresses) {
    }

    @Override
    public Written write(ExtractContext ctx) throws IOException {
        LocalDate ref = ctx.reference();
        IdMinter ids = new IdMinter(ctx.seeds(), NAME, "", 9);
        Tables t = new Tables(ctx.table(NAME, PUPILS), ctx.table(NAME + "_senneeds", NEEDS),
                ctx.table(NAME + "_addresses", ADDRESSES));
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
        Malformer.plant(t.pupils(), ids, 0, t.pupils().column("dob"), t.pupils().column("forename"),
                ctx.rng(NAME + ":malformed", 0),
                List.of(FaultKind.MALFORMED_COLUMN_COUNT, FaultKind.MALFORMED_DATE, FaultKind.MALFORMED_BYTES));
        String stem = "school_census_" + termName(ref) + "_";
        Path pupils = ctx.extracts().resolve(stem + "pupilonroll.csv");
        Path needs = ctx.extracts().resolve(stem + "senneeds.csv");
        Path addresses = ctx.extracts().resolve(stem + "addressesonroll.csv");
        CsvFile.write(pupils, t.pupils(), STYLE, ctx);
        CsvFile.write(needs, t.needs(), STYLE, ctx);
        CsvFile.write(addresses, t.addresses(), STYLE, ctx);
        return new Written.Return(List.of(pupils, needs, addresses));
    }

    private void row(ExtractContext ctx, Tables t, Person p, String id, String estab, String enrol, RandomGenerator r,
                     List<Fault> extra) {
        LocalDate ref = ctx.reference();
        IdentityView v = ctx.view(p, POLICY, r);
        Life life = p.life();
        String prov = life.senProvisionOn(ref);
        String need = null, second = null;
        EhcPlan plan = life.planOn(ref);
        if (plan != null) {
            need = plan.need();
            second = plan.secondNeed();
        } else {
            Spell k = life.senSupportOn(ref);
            if (k != null) need = k.code();
        }
        List<Fault> faults = extra.isEmpty() ? v.faults() : concat(v.faults(), extra);
        t.pupils().add(id, p, faults, id, ctx.universe().area().laCode() + estab, nz(v.upn()), nz(v.formerUpn()),
                v.family(), v.given(), "", nz(v.middle()), "", nz(v.formerFamily()), fmt(v.dob(), DATE),
                fmt(Schooling.entryDate(p, ref), DATE), v.sex(), p.ethnicity(), enrol, Schooling.ncYear(p, ref), prov);
        // the tables' own ids are the pupil's with a suffix: unique, and stable from census to census
        if (need != null) t.needs().addJoined(id + "1", id, "1", need);
        if (second != null) t.needs().addJoined(id + "2", id, "2", second);
        t.addresses().addJoined(id + "1", id, v.postcode());
    }

    static List<Fault> concat(List<Fault> a, List<Fault> b) {
        List<Fault> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
