package org.jigsaw.synth.extract;

import static org.jigsaw.synth.extract.Defs.*;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.jigsaw.synth.CinEpisode;
import org.jigsaw.synth.Draw;
import org.jigsaw.synth.ExtractContext;
import org.jigsaw.synth.Fault;
import org.jigsaw.synth.FaultKind;
import org.jigsaw.synth.IdMinter;
import org.jigsaw.synth.IdentityView;
import org.jigsaw.synth.Life;
import org.jigsaw.synth.Person;
import org.jigsaw.synth.SourcePolicy;

/**
 * The children-in-need census as the LA's case-management system exports it: the DfE CIN census
 * XML (Message/Header, Children/Child with ChildIdentifiers, ChildCharacteristics and CINdetails
 * with Assessments and ChildProtectionPlans), covering episodes open at any time in the year to
 * the reference date, in the published layout (schema 2024: Sex 1/2/0/9, the schema's disability
 * codes): no names, postcode or NHS number, as the return has none. Read by the shipped template.
 */
public final class CinCensusExtract implements Extract {
    /** The shipped template's source name. */
    static final String NAME = "cin";
    /**
     * The census has no NHS number or names: the UPN is what links it (the DfE matches it to the
     * pupil database by UPN), so the return requires one for every child who has one.
     */
    private static final SourcePolicy POLICY = new SourcePolicy(0, 0.95, 0.2, 0.25, 1.0, 0.03, 0.004);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    static final String RECORD = "/Message/Children/Child";

    @Override
    public String name() {
        return NAME;
    }

    /** The LA child id social care uses in CIN and SSDA903 alike. */
    static IdMinter childIds(ExtractContext ctx) {
        return new IdMinter(ctx.seeds(), "lachildid", "SY", 8);
    }

    static boolean inYear(CinEpisode e, LocalDate ref) {
        return !e.referral().isAfter(ref) && (e.closure() == null || e.closure().isAfter(ref.minusYears(1)));
    }

    @Override
    public Written write(ExtractContext ctx) throws IOException {
        LocalDate ref = ctx.reference();
        IdMinter ids = childIds(ctx);
        Path file = ctx.areaDir().resolve("extracts/cin_census_" + ref.getYear() + ".xml");
        Files.createDirectories(file.getParent());
        int malformed = 0;
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16); XmlOut x = new XmlOut(os)) {
            x.open("Message").open("Header").open("CollectionDetails").leaf("Collection", "CIN")
                    .leaf("Year", Integer.toString(ref.getMonthValue() >= 4 ? ref.getYear() + 1 : ref.getYear()))
                    .leaf("ReferenceDate", fmt(ref, ISO)).close("CollectionDetails")
                    .open("Source").leaf("SourceLevel", "L").leaf("LEA", ctx.universe().area().laCode())
                    .leaf("SoftwareCode", "Jigsaw synth").leaf("Release", "1").leaf("SerialNo", "1")
                    .leaf("DateTime", ref + "T06:00:00").close("Source").close("Header").open("Children");
            RandomGenerator mr = ctx.rng(NAME + ":malformed", 0);
            for (Person p : ctx.persons()) {
                List<CinEpisode> episodes = new ArrayList<>();
                for (CinEpisode e : p.life().cin) if (inYear(e, ref)) episodes.add(e);
                if (episodes.isEmpty()) continue;
                RandomGenerator r = ctx.rng(NAME, p.index());
                String id = ids.id(IdMinter.slot(p, 0));
                child(ctx, x, p, id, episodes, ctx.view(p, POLICY, r), List.of(), null);
                if (Draw.chance(r, POLICY.duplicates())) {
                    child(ctx, x, p, ids.id(IdMinter.slot(p, 1)), episodes, ctx.view(p, POLICY, ctx.rng(NAME + ":dup", p.index())),
                            List.of(new Fault(FaultKind.DUPLICATE_ROW, "")), null);
                }
                if (malformed < 3 && Draw.chance(mr, 0.02)) {
                    malformed++;
                    child(ctx, x, p, ids.id(IdMinter.slot(p, 60)), episodes, ctx.view(p, POLICY, r), List.of(),
                            new String[]{"2014-02-30", "unknown", "15/13/2012"}[malformed - 1]);
                }
            }
            x.close("Children").close("Message");
        }
        return new Written.Return(List.of(file));
    }

    private void child(ExtractContext ctx, XmlOut x, Person p, String id, List<CinEpisode> episodes, IdentityView v,
                       List<Fault> extra, String badDob) throws IOException {
        LocalDate ref = ctx.reference();
        String key = ctx.registerRecord(NAME, id, p, extra.isEmpty() ? v.faults() : SchoolCensusExtract.concat(v.faults(), extra));
        if (badDob != null) ctx.fault(NAME, key, 0, FaultKind.MALFORMED_DATE, "dob");
        x.open("Child").open("ChildIdentifiers").leaf("LAchildID", id).leaf("UPN", v.upn()).leaf("FormerUPN", v.formerUpn());
        if (v.upn() == null) x.leaf("UPNunknown", p.ageOn(ref) < 5 ? "UN1" : "UN5");
        x.leaf("PersonBirthDate", badDob != null ? badDob : fmt(v.dob(), ISO)).leaf("Sex", sex(v.sex(), p))
                .close("ChildIdentifiers");
        x.open("ChildCharacteristics").leaf("Ethnicity", p.ethnicity()).open("Disabilities");
        for (String d : disabilities(p.life(), ref)) x.leaf("Disability", d);
        x.close("Disabilities").close("ChildCharacteristics");
        int previousPlans = 0;
        for (CinEpisode e : episodes) {
            x.open("CINdetails").leaf("CINreferralDate", fmt(e.referral(), ISO)).leaf("ReferralSource", e.referralSource())
                    .leaf("PrimaryNeedCode", e.primaryNeed());
            boolean closed = e.closure() != null && !e.closure().isAfter(ref);
            if (closed) x.leaf("CINclosureDate", fmt(e.closure(), ISO)).leaf("ReasonForClosure", e.closureReason());
            if (!e.plans().isEmpty() && !e.plans().get(0).start().isAfter(ref))
                x.leaf("DateOfInitialCPC", fmt(e.plans().get(0).start(), ISO));
            x.leaf("ReferralNFA", "false");
            for (CinEpisode.Assessment a : e.assessments()) {
                if (a.start().isAfter(ref)) continue;
                x.open("Assessments").leaf("AssessmentActualStartDate", fmt(a.start(), ISO));
                if (!a.authorised().isAfter(ref)) {
                    x.leaf("AssessmentAuthorisationDate", fmt(a.authorised(), ISO)).open("FactorsIdentifiedAtAssessment");
                    for (String f : a.factors()) x.leaf("AssessmentFactors", f);
                    x.close("FactorsIdentifiedAtAssessment");
                }
                x.close("Assessments");
            }
            for (CinEpisode.ProtectionPlan cpp : e.plans()) {
                if (cpp.start().isAfter(ref)) continue;
                x.open("ChildProtectionPlans").leaf("CPPstartDate", fmt(cpp.start(), ISO));
                if (cpp.end() != null && !cpp.end().isAfter(ref)) x.leaf("CPPendDate", fmt(cpp.end(), ISO));
                x.leaf("InitialCategoryOfAbuse", cpp.category()).leaf("LatestCategoryOfAbuse", cpp.category())
                        .leaf("NumberOfPreviousCPP", Integer.toString(previousPlans++)).close("ChildProtectionPlans");
            }
            x.close("CINdetails");
        }
        x.close("Child");
    }

    /** The census's Sex codes (2023 on): 1 male, 2 female, 0 not known, 9 not specified. */
    static String sex(String sex, Person p) {
        return switch (sex) {
            case "M" -> "1";
            case "F" -> "2";
            default -> p.index() % 2 == 0 ? "0" : "9";
        };
    }

    /** CIN disability codes from what education knows of the child's needs (NONE when nothing). */
    static Set<String> disabilities(Life life, LocalDate ref) {
        Set<String> out = new LinkedHashSet<>();
        String need = life.anyNeedBy(ref);
        if (life.learningDisability) out.add("LD");
        if (need != null) {
            switch (need) {
                case "ASD" -> out.add("AUT");
                case "SLCN" -> out.add("COMM");
                case "SEMH" -> out.add("BEH");
                case "PD" -> out.add("MOB");
                case "HI" -> out.add("HEAR");
                case "VI" -> out.add("VIS");
                case "MSI" -> {
                    out.add("HEAR");
                    out.add("VIS");
                }
                case "PMLD" -> out.add("PC");
                default -> {
                }
            }
        }
        if (out.isEmpty()) out.add("NONE");
        return out;
    }
}
