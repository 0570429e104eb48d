package org.jigsaw.synth.extract;

import static org.jigsaw.synth.extract.Defs.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.jigsaw.cohort.FactType;
import org.jigsaw.ingest.SourceDefinition;
import org.jigsaw.ingest.SourceDefinition.Condition;
import org.jigsaw.synth.Codes;
import org.jigsaw.synth.CsvFile;
import org.jigsaw.synth.CsvStyle;
import org.jigsaw.synth.Draw;
import org.jigsaw.synth.ExtractContext;
import org.jigsaw.synth.Fault;
import org.jigsaw.synth.FaultKind;
import org.jigsaw.synth.IdMinter;
import org.jigsaw.synth.IdentityView;
import org.jigsaw.synth.Malformer;
import org.jigsaw.synth.Person;
import org.jigsaw.synth.SourcePolicy;
import org.jigsaw.synth.Spell;
import org.jigsaw.synth.Table;

/**
 * A local register kept in a spreadsheet-like system, one row per spell: elective home
 * education, children missing education, NCCIS post-16 activity, the social-care learning
 * disability register, and disabilities identified at or before birth in the child health
 * record. Each register has its own column names, date format, sex coding and identifiers.
 */
public final class RegisterExtract implements Extract {

    /**
     * @param columns   id, local person id (or null), given, family, dob, sex, postcode, upn (or null),
     *                  nhs (or null), start, end (or null), code — in file order, then extra columns
     * @param spells    the person's spells this register holds
     * @param tracked   whether the register holds the person for a spell at all (age, residence…)
     * @param window    spells ended more than this many years before the extract date are dropped
     */
    record Spec(String name, String agency, String dataset, String fileStem, CsvStyle style, String datePattern,
                SourcePolicy policy, String idPrefix, String[] columns, String[] sexCodes,
                Function<Person, List<Spell>> spells, BiPredicate<Person, Spell> tracked, double window,
                FactType fact, Condition when, String fixedCode, String[] extraColumns,
                BiExtra extra) {
    }

    /** Extra cells for a row. */
    interface BiExtra {
        String[] cells(Person p, Spell s, LocalDate ref);
    }

    private final Spec spec;

    RegisterExtract(Spec spec) {
        this.spec = spec;
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public Written write(ExtractContext ctx) throws IOException {
        LocalDate ref = ctx.reference();
        DateTimeFormatter date = pattern(spec.datePattern());
        String[] c = spec.columns();
        List<String> header = new ArrayList<>();
        for (String col : c) if (col != null) header.add(col);
        header.addAll(List.of(spec.extraColumns()));
        IdMinter ids = new IdMinter(ctx.seeds(), spec.name(), spec.idPrefix(), 8);
        IdMinter people = new IdMinter(ctx.seeds(), spec.name() + ":person", spec.idPrefix() + "P", 8);
        Table t = ctx.table(spec.name(), header);
        for (Person p : ctx.persons()) {
            if (!p.bornBy(ref)) continue;
            List<Spell> spells = spec.spells().apply(p);
            for (int k = 0; k < spells.size() && k < 30; k++) {
                Spell s = spells.get(k);
                if (!s.knownBy(ref) || s.end() != null && !s.end().isAfter(ref.minusDays(Math.round(spec.window() * 365.25)))
                        || !spec.tracked().test(p, s)) continue;
                RandomGenerator r = ctx.rng(spec.name(), IdMinter.slot(p, k));
                row(ctx, t, p, s, ids.id(IdMinter.slot(p, k)), people.id(IdMinter.slot(p, 0)), ctx.view(p, spec.policy(), r),
                        date, List.of());
                if (Draw.chance(r, spec.policy().duplicates()))
                    row(ctx, t, p, s, ids.id(IdMinter.slot(p, 32 + k)), people.id(IdMinter.slot(p, 1)),
                            ctx.view(p, spec.policy(), ctx.rng(spec.name() + ":dup", IdMinter.slot(p, k))), date,
                            List.of(new Fault(FaultKind.DUPLICATE_ROW, "")));
            }
        }
        Malformer.plant(t, ids, 0, t.column(c[4]), t.column(c[2]), ctx.rng(spec.name() + ":malformed", 0),
                List.of(FaultKind.MALFORMED_COLUMN_COUNT, FaultKind.MALFORMED_DATE, FaultKind.MALFORMED_BYTES));
        String file = "extracts/" + spec.fileStem() + "_" + ref + ".csv";
        CsvFile.write(ctx.areaDir().resolve(file), t, spec.style(), ctx);
        String[] keys = {null, "local_id", "given_name", "family_name", "dob", "sex", "postcode", "upn", "nhs_number"};
        List<String> pairs = new ArrayList<>();
        for (int i = 1; i < keys.length; i++) {
            if (c[i] != null) {
                pairs.add(keys[i]);
                pairs.add(c[i]);
            }
        }
        String code = spec.fixedCode() != null ? "=" + spec.fixedCode() : c[11];
        return source(spec.name(), spec.agency(), spec.dataset(), file, csv(spec.style()), ref, c[0],
                fields(pairs.toArray(String[]::new)), List.of(spec.datePattern()),
                valueMap(c[5], codes(spec.sexCodes()[0], "M", spec.sexCodes()[1], "F")),
                List.of(status(spec.fact(), spec.when(), c[9], c[10], code)));
    }

    private void row(ExtractContext ctx, Table t, Person p, Spell s, String id, String person, IdentityView v,
                     DateTimeFormatter date, List<Fault> extra) {
        LocalDate ref = ctx.reference();
        String[] c = spec.columns();
        String[] all = {id, person, v.given(), v.family(), fmt(v.dob(), date),
                v.sex().equals("M") ? spec.sexCodes()[0] : spec.sexCodes()[1], v.postcode(), nz(v.upn()), nz(v.nhsNumber()),
                fmt(s.start(), date), fmt(s.endAsKnownOn(ref), date), s.code()};
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < c.length; i++) if (c[i] != null) cells.add(all[i]);
        cells.addAll(List.of(spec.extra().cells(p, s, ref)));
        t.add(id, p, extra.isEmpty() ? v.faults() : SchoolCensusExtract.concat(v.faults(), extra), cells.toArray(String[]::new));
    }

    private static final String[] NONE = {};
    private static final BiExtra NO_EXTRA = (p, s, ref) -> NONE;

    /** The LA's elective home education register. */
    public static Extract homeEducation() {
        return new RegisterExtract(new Spec("ehe", "education", "Elective home education register", "ehe_register",
                CsvStyle.plain(), "dd/MM/yyyy", new SourcePolicy(0.05, 0.8, 0.2, 0.15, 1.0, 0.02, 0.005), "EHE",
                new String[]{"EHE Ref", null, "First Name", "Last Name", "Date of Birth", "Gender", "Postcode", "UPN",
                        "NHS Number", "Date Elected", "Date Ended", "Reason"},
                new String[]{"Male", "Female"}, p -> p.life().homeEducation, (p, s) -> p.resident(), 1,
                FactType.ELECTIVE_HOME_EDUCATION, null, null, NONE, NO_EXTRA));
    }

    /** Children missing education: the LA's CME tracker (last known addresses are often stale). */
    public static Extract missingEducation() {
        return new RegisterExtract(new Spec("cme", "education", "Children missing education", "cme_cases",
                CsvStyle.plain(), "yyyy-MM-dd", new SourcePolicy(0, 0.85, 0.5, 0.2, 1.2, 0.03, 0.01), "CME",
                new String[]{"CaseNo", null, "ChildForename", "ChildSurname", "DOB", "Sex", "LastKnownPostcode", "UPN",
                        null, "ReferralDate", "DateClosed", "Reason"},
                new String[]{"M", "F"}, p -> p.life().missingEducation, (p, s) -> p.resident(), 1,
                FactType.MISSING_EDUCATION, null, null, NONE, NO_EXTRA));
    }

    /** NCCIS (CCIS) post-16 activity: academic age 16–17, and 18–25 with an EHC plan. */
    public static Extract nccis() {
        return new RegisterExtract(new Spec("nccis", "education", "NCCIS post-16 activity", "nccis_activity",
                CsvStyle.plain(), "dd/MM/yyyy", new SourcePolicy(0, 0.9, 0.3, 0.2, 1.0, 0.03, 0.005), "NC",
                new String[]{"Activity Ref", "CCIS ID", "Forename", "Surname", "DOB", "Gender", "Postcode", "UPN", null,
                        "Activity Start", "Activity End", "Activity Code"},
                new String[]{"M", "F"}, p -> p.life().activities, org.jigsaw.synth.PostSixteenTracking::tracks, 1,
                FactType.NEET, new Condition("Activity Code", List.of(Codes.NEET)), null,
                new String[]{"SEND Flag"}, (p, s, ref) -> new String[]{p.life().planOn(s.start()) != null ? "Y" : "N"}));
    }

    /** The council's learning-disability register (children's disability team and adult LD team). */
    public static Extract socialCareLd() {
        return new RegisterExtract(new Spec("sc_ld_register", "social_care", "Social care learning disability register",
                "sc_ld_register", new CsvStyle(',', StandardCharsets.UTF_8, false, true), "dd-MM-yyyy",
                new SourcePolicy(0.5, 0.5, 0.25, 0.2, 0.9, 0.03, 0.005), "LD",
                new String[]{"Client ID", null, "Forename", "Surname", "DOB", "Gender", "Postcode", null, "NHS Number",
                        "Registered", null, "Severity"},
                new String[]{"M", "F"}, p -> p.life().socialCareLdRegister == null ? List.of() : List.of(p.life().socialCareLdRegister),
                (p, s) -> p.resident(), 1, FactType.LD_REGISTER, null, "SOCIAL_CARE",
                new String[]{"Team"}, (p, s, ref) -> new String[]{p.ageOn(ref) >= 18 ? "Adult LD Team" : "Children's Disability Team"}));
    }

    /** The child health information system: disabilities identified at or before birth or in infancy. */
    public static Extract earlyYears() {
        return new RegisterExtract(new Spec("child_health", "health", "Child health: early identified disability",
                "child_health_disability", CsvStyle.plain(), "yyyy-MM-dd", new SourcePolicy(0.995, 0, 0.2, 0.1, 0.6, 0, 0.004),
                "CH", new String[]{"ChildHealthID", null, "Forename", "Surname", "DOB", "Sex", "Postcode", null, "NHSNumber",
                "IdentifiedDate", null, "ConditionCode"},
                new String[]{"1", "2"}, p -> p.life().earlyDisability == null ? List.of() : List.of(p.life().earlyDisability),
                (p, s) -> p.resident(), 1, FactType.EARLY_DISABILITY, null, null,
                new String[]{"IdentifiedStage"}, (p, s, ref) -> new String[]{s.start().isBefore(p.dob()) ? "ANTENATAL"
                : s.start().isBefore(p.dob().plusDays(29)) ? "NEWBORN" : "INFANT"}));
    }
}
