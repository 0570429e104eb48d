package org.jigsaw.ingest.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jigsaw.identity.Dates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of every pack, each with rows that fail it and rows that pass it. A rule added to a
 * pack without a case here fails {@link #everyRuleHasACase()}.
 */
class RuleCatalogueTest {

    static final LocalDate REF = LocalDate.of(2024, 3, 31);
    static final RuleContext CTX = new RuleContext(REF, Dates.formatters(List.of("dd/MM/yyyy")));

    /** @param failures how many of {@code failing} the rule counts */
    record Case(String pack, String code, List<Values> failing, long failures, List<Values> passing) {
        @Override
        public String toString() {
            return pack + " " + code;
        }
    }

    static Case fails(String pack, String code, Values failing, Values... passing) {
        return new Case(pack, code, List.of(failing), 1, List.of(passing));
    }

    // ---- Annex A SEND ----
    static final String L1 = "annex-a-send-list-1";
    static final String L2 = "annex-a-send-list-2";
    static final TestRow SEND = TestRow.of("Unique ID", "1", "UPN", "B801200005001", "ULN", "", "Date of birth", "01/01/2014",
            "Gender", "F", "Ethnicity", "WBRI", "Date initial EHC plan issued", "01/06/2020",
            "Date updated EHC plan issued", "01/06/2022", "Date EHC plan last reviewed", "01/06/2023",
            "SEN primary need", "ASD", AnnexASendRules.MAIN_URN, "100000", AnnexASendRules.SUBSIDIARY, "",
            "Does the child or young person have a disability?", "Yes");

    static List<Case> annexA(String pack, String p) {
        List<Case> c = new ArrayList<>(List.of(
                fails(pack, p + "01a", SEND.with("Date of birth", ""), SEND),
                fails(pack, p + "01b", SEND.with("Gender", " "), SEND),
                fails(pack, p + "01c", SEND.with("Ethnicity", null), SEND),
                fails(pack, p + "01d", SEND.with("SEN primary need", ""), SEND),
                fails(pack, p + "02a", SEND.with("Date of birth", "01/01/1999"), SEND, SEND.with("Date of birth", "01/06/1999")),
                fails(pack, p + "02b", SEND.with("Date of birth", "31/03/1998"), SEND, SEND.with("Date of birth", "01/01/1999")),
                fails(pack, p + "03", SEND.with("Does the child or young person have a disability?", ""), SEND),
                fails(pack, p + "05a", SEND.with("Date of birth", "01/04/2024"), SEND),
                fails(pack, p + "07", SEND.with("UPN", ""), SEND, SEND.with("UPN", "UN2"),
                        SEND.with("UPN", "", "ULN", "1234567890"), SEND.with("UPN", "", "Date of birth", "01/06/2018")),
                fails(pack, p + "08a", SEND.with(AnnexASendRules.MAIN_URN, ""), SEND,
                        SEND.with(AnnexASendRules.MAIN_URN, "", "Date of birth", "01/01/2006")),
                fails(pack, p + "08b", SEND.with(AnnexASendRules.MAIN_URN, "", AnnexASendRules.SUBSIDIARY, "Primary"), SEND,
                        SEND.with(AnnexASendRules.MAIN_URN, "")),
                new Case(pack, p + "09", List.of(SEND, SEND.with("Unique ID", "2", "UPN", "b801200005001 "), SEND.with("UPN", "B801200005002")), 2,
                        List.of(SEND, SEND.with("UPN", "B801200005002"), SEND.with("UPN", "UN1"), SEND.with("UPN", "UN1"), SEND.with("UPN", "")))));
        if (p.equals("1")) c.addAll(List.of(
                fails(pack, "105b", SEND.with("Date initial EHC plan issued", "01/04/2024"), SEND),
                fails(pack, "105c", SEND.with("Date updated EHC plan issued", "01/05/2024"), SEND),
                fails(pack, "105d", SEND.with("Date EHC plan last reviewed", "01/05/2024"), SEND),
                fails(pack, "106a", SEND.with("Date initial EHC plan issued", "01/07/2022"), SEND,
                        SEND.with("Date updated EHC plan issued", "")),
                fails(pack, "106b", SEND.with("Date initial EHC plan issued", "01/07/2023"), SEND)));
        return c;
    }

    // ---- SSDA903 ----
    static final String H = "ssda903-header";
    static final String E = "ssda903-episodes";
    static final TestRow HEADER = TestRow.of("CHILD", "1", "SEX", "1", "DOB", "01/01/2014", "ETHNIC", "WBRI", "UPN", "UN1");
    static final TestRow EP = TestRow.of("CHILD", "1", "DECOM", "01/04/2023", "RNE", "S", "LS", "C2", "CIN", "N1",
            "PLACE", "U1", "DEC", "", "REC", "", "REASON_PLACE_CHANGE", "");
    /** Two episodes that continue one another: ended X1 on 01/06/2023, next began that day with a placement change. */
    static final List<Values> CONTINUED = List.of(EP.with("DEC", "01/06/2023", "REC", "X1"),
            EP.with("DECOM", "01/06/2023", "RNE", "P", "REASON_PLACE_CHANGE", "CARPL"));

    static List<Case> ssda903() {
        return List.of(
                fails(H, "101", HEADER.with("SEX", "3"), HEADER, HEADER.with("SEX", "2")),
                fails(H, "102", HEADER.with("DOB", "31/02/2014"), HEADER),
                fails(H, "103", HEADER.with("ETHNIC", "WBRX"), HEADER, HEADER.with("ETHNIC", "nobt")),
                fails(E, "141", EP.with("DECOM", "1 April"), EP),
                fails(E, "143", EP.with("RNE", "X"), EP),
                fails(E, "144", EP.with("LS", "C3"), EP, EP.with("LS", "V2")),
                fails(E, "145", EP.with("CIN", "N9"), EP),
                fails(E, "146", EP.with("PLACE", "Q1"), EP, EP.with("PLACE", "K2")),
                fails(E, "149", EP.with("REC", "E99", "DEC", "01/05/2023"), EP, EP.with("REC", "E4A", "DEC", "01/05/2023")),
                fails(E, "353", EP.with("DECOM", "13/10/1991"), EP, EP.with("DECOM", "14/10/1991")),
                fails(E, "356", EP.with("DEC", "31/03/2023"), EP, EP.with("DEC", "01/04/2023")),
                fails(E, "1009", EP.with("REASON_PLACE_CHANGE", "MOVED"), EP, EP.with("REASON_PLACE_CHANGE", "CARPL")),
                new Case(E, "142", List.of(EP, EP.with("DECOM", "01/06/2023", "RNE", "P")), 1, CONTINUED),
                new Case(E, "388", List.of(EP.with("DEC", "01/06/2023", "REC", "X1")), 1, CONTINUED),
                new Case(E, "433", List.of(EP.with("DEC", "01/06/2023", "REC", "E11"), EP.with("DECOM", "01/07/2023", "RNE", "P")), 1,
                        concat(CONTINUED, List.of(EP.with("CHILD", "2", "DEC", "01/06/2023", "REC", "E11"),
                                EP.with("CHILD", "2", "DECOM", "01/09/2023", "RNE", "S")))),
                new Case(E, "501", List.of(EP.with("DEC", "01/08/2023", "REC", "X1"), EP.with("DECOM", "01/06/2023", "RNE", "P")), 1,
                        concat(CONTINUED, List.of(EP.with("CHILD", "2", "DECOM", "01/05/2023")))));
    }

    // ---- CIN census ----
    static final String C = "cin-census";

    static TestRow plan(String start, String end) {
        return TestRow.of("CPPstartDate", start, "CPPendDate", end);
    }

    static TestRow child(String upn, TestRow... plans) {
        TestRow r = TestRow.of(CinCensusRules.LA_CHILD_ID, "C1", CinCensusRules.UPN, upn, CinCensusRules.BIRTH, "2014-01-01",
                CinCensusRules.GENDER_CURRENT, "1");
        r.repeat(CinCensusRules.DISABILITY, "NONE");
        r.child(CinCensusRules.CIN_DETAILS, TestRow.of("CINreferralDate", "2023-01-01").child(CinCensusRules.PLANS, plans));
        return r;
    }

    static final TestRow CHILD = child("B801200005001", plan("2023-01-01", "2023-06-01"));

    static List<Case> cin() {
        String dis = CinCensusRules.DISABILITY;
        return List.of(
                fails(C, "1510", CHILD.with(CinCensusRules.UPN, "A801200005001"), CHILD, CHILD.with(CinCensusRules.UPN, null)),
                new Case(C, "1520", List.of(CHILD, CHILD.with(CinCensusRules.LA_CHILD_ID, "C2")), 2,
                        List.of(CHILD, CHILD.with(CinCensusRules.UPN, "B801200005002"), CHILD.with(CinCensusRules.UPN, null),
                                CHILD.with(CinCensusRules.UPN, null))),
                fails(C, "1540", CHILD.with(CinCensusRules.UPN, "B8012000A5001"), CHILD),
                fails(C, "1550", CHILD.with(CinCensusRules.UPN, "B80120000500I"), CHILD, CHILD.with(CinCensusRules.UPN, "B80120000500A")),
                fails(C, "8500", CHILD.with(CinCensusRules.LA_CHILD_ID, ""), CHILD),
                new Case(C, "8510", List.of(CHILD, CHILD.with(CinCensusRules.UPN, "B801200005002")), 2,
                        List.of(CHILD, CHILD.with(CinCensusRules.LA_CHILD_ID, "C2"), CHILD.with(CinCensusRules.LA_CHILD_ID, ""),
                                CHILD.with(CinCensusRules.LA_CHILD_ID, ""))),
                fails(C, "8520", CHILD.with(CinCensusRules.BIRTH, "2024-04-01"), CHILD, CHILD.with(CinCensusRules.BIRTH, "2024-03-31")),
                new Case(C, "8525", List.of(CHILD.with(CinCensusRules.EXPECTED_BIRTH, "2014-01-01"), CHILD.with(CinCensusRules.BIRTH, null)), 2,
                        List.of(CHILD, CHILD.with(CinCensusRules.BIRTH, null, CinCensusRules.EXPECTED_BIRTH, "2024-06-01"))),
                fails(C, "8540", CHILD.with().repeat(dis, "AUT", "WINGS"), CHILD, CHILD.with().repeat(dis, "AUT", "hear"), CHILD.with().repeat(dis)),
                fails(C, "8750", CHILD.with(CinCensusRules.BIRTH, null, CinCensusRules.EXPECTED_BIRTH, "2024-06-01"), CHILD,
                        CHILD.with(CinCensusRules.BIRTH, null, CinCensusRules.EXPECTED_BIRTH, "2024-06-01", CinCensusRules.GENDER_CURRENT, "0"),
                        CHILD.with(CinCensusRules.BIRTH, null, CinCensusRules.EXPECTED_BIRTH, "2024-06-01", CinCensusRules.GENDER_CURRENT, null,
                                CinCensusRules.SEX, "0")),
                fails(C, "8790", CHILD.with().repeat(dis, "NONE", "AUT"), CHILD, CHILD.with().repeat(dis, "AUT", "VIS")),
                fails(C, "8794", CHILD.with().repeat(dis, "AUT", "aut"), CHILD, CHILD.with().repeat(dis, "AUT", "VIS")),
                fails(C, "8840", child("B801200005001", plan("2023-01-01", "2023-06-01"), plan("2023-09-01", "2023-09-01")), CHILD,
                        child("B801200005001", plan("2023-09-01", ""))),
                fails(C, "8925", child("B801200005001", plan("2023-09-01", "2023-08-31")), CHILD,
                        child("B801200005001", plan("2023-09-01", "2023-09-01"))));
    }

    static Stream<Case> cases() {
        return Stream.of(annexA(L1, "1"), annexA(L2, "2"), ssda903(), cin()).flatMap(List::stream);
    }

    static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static long failures(Rule rule, List<Values> rows) {
        Tally t = rule.start(CTX);
        rows.forEach(t::accept);
        return t.failures();
    }

    private static Rule rule(Case c) {
        return RulePacks.named(c.pack()).orElseThrow().rules().stream().filter(r -> r.code().equals(c.code())).findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + c.code() + " in " + c.pack()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failingRowsFailAndPassingRowsPass(Case c) {
        Rule rule = rule(c);
        assertThat(failures(rule, c.failing())).as("failing rows of " + c).isEqualTo(c.failures());
        assertThat(c.passing()).as("a case needs passing rows").isNotEmpty();
        assertThat(failures(rule, c.passing())).as("passing rows of " + c).isZero();
        assertThat(rule.message()).isNotBlank().doesNotContain("\n");
    }

    @Test
    void everyRuleHasACase() {
        Set<String> rules = new TreeSet<>();
        for (RulePack p : RulePacks.all()) for (Rule r : p.rules()) rules.add(p.name() + " " + r.code());
        Set<String> covered = new TreeSet<>(cases().map(Case::toString).toList());
        assertThat(covered).isEqualTo(rules);
    }

    @Test
    void everyPublishedAnnexASendRuleIsCoveredOrNamedAsNot() {
        // the 31 codes of annex_a/send-validation-rules.xlsx; 104 and 112 are "not in standard data"
        Set<String> published = new TreeSet<>(List.of("101a", "101b", "101c", "101d", "102a", "102b", "103", "104", "105a", "105b",
                "105c", "105d", "106a", "106b", "107", "108a", "108b", "109", "112", "201a", "201b", "201c", "201d", "202a", "202b",
                "203", "205a", "207", "208a", "208b", "209"));
        Set<String> covered = new TreeSet<>();
        for (String pack : List.of(L1, L2)) RulePacks.named(pack).orElseThrow().rules().forEach(r -> covered.add(r.code()));
        Set<String> missing = new TreeSet<>(published);
        missing.removeAll(covered);
        assertThat(missing).containsExactly("104", "112");
        assertThat(published).containsAll(covered);
    }

    @Test
    void codeListsComeFromThePublishedSpecifications() {
        assertThat(SpecCodes.ssda903("Episodes", "LS")).contains("C2", "V2", "J3").doesNotContain("C3");
        assertThat(SpecCodes.ssda903("SocialWorker", "SW_REASON")).contains("PCCHAN"); // written "PCCHAN " in the spec
        assertThat(SpecCodes.cin("disabilitytype")).containsExactlyInAnyOrder("NONE", "MOB", "HAND", "PC", "INC", "COMM", "LD",
                "HEAR", "VIS", "BEH", "CON", "AUT", "DDA");
    }
}
