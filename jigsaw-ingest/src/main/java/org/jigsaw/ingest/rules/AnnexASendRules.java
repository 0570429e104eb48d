package org.jigsaw.ingest.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The published Annex A SEND validation rules (annex_a/send-validation-rules.xlsx; logic as the open
 * Annex A SEN validator implements it, but ages and "future" measured at the list's date, not today).
 * List 1 (EHC plans) has codes 101a–109, List 2 (SEN support) the same checks as 201a–209 without
 * the plan dates. 104 (case worker) and 112 (date of death) concern columns that are "not in
 * standard data": no published list heading holds them, so they are not checked.
 */
final class AnnexASendRules {

    static final String UPN = "UPN";
    static final String ULN = "ULN";
    static final String DOB = "Date of birth";
    static final String GENDER = "Gender";
    static final String ETHNICITY = "Ethnicity";
    static final String INITIAL = "Date initial EHC plan issued";
    static final String UPDATED = "Date updated EHC plan issued";
    static final String REVIEWED = "Date EHC plan last reviewed";
    static final String NEED = "SEN primary need";
    static final String MAIN_URN = "Main education establishment \u2013 URN";
    static final String SUBSIDIARY = "Subsidiary education establishment \u2013 phase (dual registration)";
    static final String DISABILITY = "Does the child or young person have a disability?";

    private AnnexASendRules() {
    }

    static RulePack list1() {
        List<Rule> r = common("1");
        r.add(future("105b", "Future date query - initial EHC plan issued", INITIAL));
        r.add(future("105c", "Future date query - updated EHC plan issued", UPDATED));
        r.add(future("105d", "Future date query - date EHC plan last reviewed", REVIEWED));
        r.add(after("106a", "Initial EHC plan date is after the updated date", INITIAL, UPDATED));
        r.add(after("106b", "Initial EHC plan date is after the last review date", INITIAL, REVIEWED));
        return new RulePack("annex-a-send-list-1", "Annex A SEND List 1 (EHC plans)",
                List.of(UPN, ULN, DOB, GENDER, ETHNICITY, INITIAL, UPDATED, REVIEWED, NEED, MAIN_URN, SUBSIDIARY, DISABILITY),
                sorted(r));
    }

    static RulePack list2() {
        return new RulePack("annex-a-send-list-2", "Annex A SEND List 2 (SEN support)",
                List.of(UPN, ULN, DOB, GENDER, ETHNICITY, NEED, MAIN_URN, SUBSIDIARY, DISABILITY), sorted(common("2")));
    }

    /** The rules both lists share; {@code list} is the first digit of their codes. */
    private static List<Rule> common(String list) {
        List<Rule> r = new ArrayList<>();
        r.add(missing(list + "01a", "Missing personal information - date of birth", DOB));
        r.add(missing(list + "01b", "Missing personal information - gender", GENDER));
        r.add(missing(list + "01c", "Missing personal information - ethnicity", ETHNICITY));
        r.add(missing(list + "01d", "Missing personal information - SEN primary need", NEED));
        r.add(new RowRule(list + "02a", "Age is 25 - query", RuleSeverity.QUERY, (v, c) -> c.age(c.date(v.get(DOB))) == 25));
        r.add(new RowRule(list + "02b", "Age is 26 or over - error", RuleSeverity.ERROR, (v, c) -> c.age(c.date(v.get(DOB))) >= 26));
        r.add(missing(list + "03", "No disability status given", DISABILITY));
        r.add(future(list + "05a", "Future date query - date of birth", DOB));
        r.add(new RowRule(list + "07", "Child aged 6+ without a UPN, a ULN or a UPN-unknown code", RuleSeverity.ERROR,
                (v, c) -> c.age(c.date(v.get(DOB))) >= 6 && Codes.blank(v.get(UPN)) && Codes.blank(v.get(ULN))));
        r.add(new RowRule(list + "08a", "School-aged child or young person (5-16) with no main or subsidiary education establishment",
                RuleSeverity.ERROR, (v, c) -> schoolAged(v, c) && Codes.blank(v.get(MAIN_URN)) && Codes.blank(v.get(SUBSIDIARY))));
        r.add(new RowRule(list + "08b", "School-aged child or young person (5-16) with a subsidiary but no main education establishment",
                RuleSeverity.ERROR, (v, c) -> schoolAged(v, c) && Codes.blank(v.get(MAIN_URN)) && !Codes.blank(v.get(SUBSIDIARY))));
        r.add(new DuplicateRule(list + "09", "Duplicated UPN: the list needs one row per child", RuleSeverity.ERROR,
                v -> Codes.upnUnknownCode(v.get(UPN)) ? null : Codes.clean(v.get(UPN))));
        return r;
    }

    /** Aged 5 to 15 at the list's date: the validator's "5-16" (born more than 5 and less than 16 years before). */
    private static boolean schoolAged(Values v, RuleContext c) {
        int age = c.age(c.date(v.get(DOB)));
        return age >= 5 && age < 16;
    }

    private static Rule missing(String code, String message, String column) {
        return new RowRule(code, message, RuleSeverity.ERROR, (v, c) -> Codes.blank(v.get(column)));
    }

    private static Rule future(String code, String message, String column) {
        return new RowRule(code, message, RuleSeverity.QUERY, (v, c) -> {
            LocalDate d = c.date(v.get(column));
            return d != null && d.isAfter(c.reference());
        });
    }

    /** {@code first} is a later date than {@code second}, both present. */
    private static Rule after(String code, String message, String first, String second) {
        return new RowRule(code, message, RuleSeverity.ERROR, (v, c) -> {
            LocalDate a = c.date(v.get(first));
            LocalDate b = c.date(v.get(second));
            return a != null && b != null && a.isAfter(b);
        });
    }

    private static List<Rule> sorted(List<Rule> r) {
        r.sort(java.util.Comparator.comparing(Rule::code));
        return r;
    }
}
