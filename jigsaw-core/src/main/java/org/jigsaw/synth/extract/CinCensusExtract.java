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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.jigsaw.cohort.FactType;
import org.jigsaw.ingest.SourceDefinition;
import org.jigsaw.ingest.SourceDefinition.FactRule;
import org.jigsaw.synth.CinEpisode;
import org.jigsaw.synth.Codes;
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
 * the reference date. Before submission to the DfE the local export also carries the child's
 * names, home postcode and (rarely) NHS number in ChildIdentifiers; the DfE return strips them.
 */
public final class CinCensusExtract implements Extract {
    static final String NAME = "cin_census";
    /** Social care seldom holds the NHS number; UPNs for about 7 in 10 school-age children. */
    private static final SourcePolicy POLICY = new SourcePolicy(0.15, 0.7, 0.2, 0.25, 1.0, 0.03, 0.004);
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
    public SourceDefinition write(ExtractContext ctx) throws IOException {
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
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        values.put("ChildIdentifiers/Sex", codes("M", "M", "F", "F", "U", "U"));
        Map<String, String> factors = codes("24A", "CCE", "11A", "CSE", "13A", "GANG", "12A", "TRAFFICKING");
        // Every factor the census carries is a known code; only the exploitation ones become facts.
        for (String f : Codes.CIN_FACTORS) factors.put(f, f);
        values.put("FactorsIdentifiedAtAssessment/AssessmentFactors", factors);
        List<FactRule> facts = new ArrayList<>(List.of(
                with(status(FactType.CHILD_IN_NEED, null, "CINreferralDate", "CINclosureDate", "PrimaryNeedCode"), "CINdetails", null),
                with(status(FactType.CHILD_PROTECTION_PLAN, null, "CPPstartDate", "CPPendDate", "InitialCategoryOfAbuse"),
                        "CINdetails/ChildProtectionPlans", null),
                with(status(FactType.AT_RISK_OF_EXPLOITATION,
                        when("FactorsIdentifiedAtAssessment/AssessmentFactors", "CCE", "CSE", "GANG", "TRAFFICKING"),
                        "AssessmentAuthorisationDate", null, "FactorsIdentifiedAtAssessment/AssessmentFactors"),
                        "CINdetails/Assessments", null)));
        for (String d : new String[]{"LD", "AUT", "COMM", "BEH", "MOB", "HEAR", "VIS"}) {
            facts.add(new FactRule(FactType.DISABILITY.key(), when("ChildCharacteristics/Disabilities/Disability", d),
                    null, null, null, null, "=" + d, null));
        }
        return source(NAME, "social_care", "Children in need census", "extracts/" + file.getFileName(), xml(RECORD), ref,
                "ChildIdentifiers/LAchildID",
                fields("local_id", "ChildIdentifiers/LAchildID", "upn", "ChildIdentifiers/UPN",
                        "former_upn", "ChildIdentifiers/FormerUPN", "nhs_number", "ChildIdentifiers/NHSnumber",
                        "given_name", "ChildIdentifiers/PersonGivenName", "family_name", "ChildIdentifiers/PersonFamilyName",
                        "dob", "ChildIdentifiers/PersonBirthDate", "sex", "ChildIdentifiers/Sex",
                        "postcode", "ChildIdentifiers/PostCode"),
                List.of("yyyy-MM-dd"), values, facts);
    }

    private void child(ExtractContext ctx, XmlOut x, Person p, String id, List<CinEpisode> episodes, IdentityView v,
                       List<Fault> extra, String badDob) throws IOException {
        LocalDate ref = ctx.reference();
        String key = ctx.registerRecord(NAME, id, p, extra.isEmpty() ? v.faults() : SchoolCensusExtract.concat(v.faults(), extra));
        if (badDob != null) ctx.fault(NAME, key, 0, FaultKind.MALFORMED_DATE, "dob");
        x.open("Child").open("ChildIdentifiers").leaf("LAchildID", id).leaf("UPN", v.upn()).leaf("FormerUPN", v.formerUpn());
        if (v.upn() == null) x.leaf("UPNunknown", p.ageOn(ref) < 5 ? "UN1" : "UN5");
        x.leaf("PersonBirthDate", badDob != null ? badDob : fmt(v.dob(), ISO)).leaf("Sex", v.sex())
                .leaf("PersonGivenName", v.given()).leaf("PersonFamilyName", v.family()).leaf("PostCode", v.postcode())
                .leaf("NHSnumber", v.nhsNumber()).close("ChildIdentifiers");
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
