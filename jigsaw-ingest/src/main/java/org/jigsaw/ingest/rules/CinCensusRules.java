package org.jigsaw.ingest.rules;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jigsaw.identity.Upn;

/**
 * Children in Need census rules on identity, dates and codes, with the codes and messages of the
 * open CIN validator. A record is one {@code Message/Children/Child}; paths are relative to it.
 * The disability list is read from the census schema (CIN_schema_2024.xsd). The 2023+ schemas
 * call the sex element {@code Sex}, earlier ones {@code GenderCurrent}: either is read.
 */
final class CinCensusRules {

    static final String LA_CHILD_ID = "ChildIdentifiers/LAchildID";
    static final String UPN = "ChildIdentifiers/UPN";
    static final String BIRTH = "ChildIdentifiers/PersonBirthDate";
    static final String EXPECTED_BIRTH = "ChildIdentifiers/ExpectedPersonBirthDate";
    static final String SEX = "ChildIdentifiers/Sex";
    static final String GENDER_CURRENT = "ChildIdentifiers/GenderCurrent";
    static final String DISABILITY = "ChildCharacteristics/Disabilities/Disability";
    static final String CIN_DETAILS = "CINdetails";
    static final String PLANS = "ChildProtectionPlans";
    static final String CPP_START = "CPPstartDate";
    static final String CPP_END = "CPPendDate";
    static final String NO_DISABILITY = "NONE";

    private CinCensusRules() {
    }

    static RulePack pack() {
        Set<String> disabilities = SpecCodes.cin("disabilitytype");
        return new RulePack("cin-census", "Children in Need census (Child records)",
                List.of(LA_CHILD_ID, UPN, BIRTH, EXPECTED_BIRTH, SEX + " or " + GENDER_CURRENT, DISABILITY,
                        CIN_DETAILS + "/" + PLANS + "/" + CPP_START, CIN_DETAILS + "/" + PLANS + "/" + CPP_END), List.of(
                new RowRule("1510", "UPN invalid (wrong check letter at character 1)", RuleSeverity.ERROR, (v, c) -> {
                    String u = Codes.clean(v.get(UPN));
                    return Codes.upnShaped(u) && Upn.checkLetter(u.substring(1)) != u.charAt(0);
                }),
                new DuplicateRule("1520", "More than one record with the same UPN.", RuleSeverity.ERROR, v -> Codes.clean(v.get(UPN))),
                new RowRule("1540", "UPN invalid (characters 5-12 not all numeric)", RuleSeverity.ERROR, (v, c) -> {
                    String u = Codes.clean(v.get(UPN));
                    return u != null && u.length() == 13 && !u.substring(4, 12).chars().allMatch(Character::isDigit);
                }),
                new RowRule("1550", "UPN invalid (character 13 not a recognised value)", RuleSeverity.ERROR, (v, c) -> {
                    String u = Codes.clean(v.get(UPN));
                    if (u == null || u.length() != 13) return false;
                    char last = u.charAt(12);
                    return !Character.isDigit(last) && Upn.ALPHABET.indexOf(last) < 0;
                }),
                new RowRule("8500", "LA Child ID missing", RuleSeverity.ERROR, (v, c) -> Codes.blank(v.get(LA_CHILD_ID))),
                new DuplicateRule("8510", "More than one child record with the same LA Child ID", RuleSeverity.ERROR,
                        v -> Codes.clean(v.get(LA_CHILD_ID))),
                new RowRule("8520", "Date of Birth is after data collection period (must be on or before the end of the census period)",
                        RuleSeverity.ERROR, (v, c) -> {
                            LocalDate d = c.date(v.get(BIRTH));
                            return d != null && d.isAfter(c.reference());
                        }),
                new RowRule("8525", "Either Date of Birth or Expected Date of Birth must be provided (but not both)", RuleSeverity.ERROR,
                        (v, c) -> Codes.blank(v.get(BIRTH)) == Codes.blank(v.get(EXPECTED_BIRTH))),
                new RowRule("8540", "Child's disability is missing or invalid (see Disability table)", RuleSeverity.ERROR,
                        (v, c) -> v.getAll(DISABILITY).stream().anyMatch(d -> Codes.missingOrNotIn(d, disabilities))),
                new RowRule("8750", "Gender must equal 0 for an unborn child", RuleSeverity.ERROR,
                        (v, c) -> Codes.blank(v.get(BIRTH)) && !Codes.blank(v.get(EXPECTED_BIRTH)) && !"0".equals(Codes.clean(sex(v)))),
                new RowRule("8790", "Disability information includes both None and other values", RuleSeverity.ERROR, (v, c) -> {
                    List<String> ds = v.getAll(DISABILITY).stream().map(Codes::clean).filter(d -> d != null).toList();
                    return ds.contains(NO_DISABILITY) && ds.stream().anyMatch(d -> !d.equals(NO_DISABILITY));
                }),
                new RowRule("8794", "Child has two or more disabilities with the same code", RuleSeverity.ERROR, (v, c) -> {
                    Set<String> seen = new HashSet<>();
                    return v.getAll(DISABILITY).stream().map(Codes::clean).filter(d -> d != null).anyMatch(d -> !seen.add(d));
                }),
                new RowRule("8840", "Child Protection Plan cannot start and end on the same day", RuleSeverity.ERROR,
                        (v, c) -> anyPlan(v, c, (start, end) -> start.equals(end))),
                new RowRule("8925", "Child Protection Plan End Date earlier than Start Date", RuleSeverity.ERROR,
                        (v, c) -> anyPlan(v, c, (start, end) -> end.isBefore(start)))));
    }

    private static String sex(Values v) {
        String s = v.get(SEX);
        return s != null ? s : v.get(GENDER_CURRENT);
    }

    /** A child protection plan, in any CIN episode of the child, with both dates and the two in the given relation. */
    private static boolean anyPlan(Values v, RuleContext c, java.util.function.BiPredicate<LocalDate, LocalDate> test) {
        for (Values episode : v.each(CIN_DETAILS)) {
            for (Values plan : episode.each(PLANS)) {
                LocalDate start = c.date(plan.get(CPP_START));
                LocalDate end = c.date(plan.get(CPP_END));
                if (start != null && end != null && test.test(start, end)) return true;
            }
        }
        return false;
    }
}
