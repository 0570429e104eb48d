package org.jigsaw.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jigsaw.cli.PublishedLayouts.el;
import static org.jigsaw.cli.PublishedLayouts.upn;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jigsaw.store.SnapshotReader;
import org.jigsaw.store.Snapshots;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine;

/**
 * Acceptance for issue 13: return files in the published layouts (written from the specs by
 * {@link PublishedLayouts}, outside the area, as an analyst has them) load through the real
 * {@code jigsaw sources init} and {@code jigsaw refresh} with no hand edits. Counts and facts in
 * the DuckDB snapshot are compared with counts taken from the files themselves.
 */
class SourcesInitAcceptanceTest {

    @TempDir
    static Path area;
    @TempDir
    static Path inbox;
    static Run init;
    static Run refresh;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static final String[] DATASETS = {"ssda903", "cin_census", "sen2", "annex_a", "school_census"};

    @BeforeAll
    static void initAndRefresh() throws Exception {
        Files.writeString(area.resolve("area.yaml"), "name: Returnshire\nla_code: \"801\"\nreference_date: 2026-03-31\n"
                + "age_min: 0\nage_max: 25\npopulation: 1000\npostcode_districts: [BS1, BS2, BS3]\n");
        Files.createDirectories(area.resolve("agreements"));
        StringBuilder datasets = new StringBuilder();
        for (String d : DATASETS) {
            datasets.append("  - {name: ").append(d).append(", fields: [upn, former_upn, uln, local_id, given_name, middle_names,")
                    .append(" family_name, former_family_name, dob, sex, postcode], facts: [looked_after, child_in_need,")
                    .append(" child_protection_plan, disability, ehc_assessment_request, ehc_plan_issued, ehc_plan, sen_support, primary_need]}\n");
        }
        Files.writeString(area.resolve("agreements/returns.yaml"), "id: returns-2026\n"
                + "parties: [{name: Returnshire Council, role: controller}]\npurposes: {send_planning: Planning}\n"
                + "lawful_basis: {article6: [\"6(1)(e)\"], article9: [\"9(2)(g)\"]}\ndatasets:\n" + datasets
                + "access: [{role: analyst, granularity: aggregate}]\nstart: 2020-01-01\nend: 2099-01-01\nretention: P30Y\n");
        write903();
        writeCin();
        writeSen2();
        writeAnnexA();
        writeCbds();
        List<String> args = new ArrayList<>(List.of("sources", "init", area.toString()));
        try (Stream<Path> files = Files.walk(inbox)) {
            files.filter(Files::isRegularFile).sorted().forEach(f -> args.add(f.toString()));
        }
        args.addAll(List.of("--extract-date", "2025-03-31"));
        init = run(args.toArray(String[]::new));
        java.io.PrintStream stdout = System.out;
        try {
            // refresh prints its report on stdout
            System.setOut(new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, java.nio.charset.StandardCharsets.UTF_8));
            refresh = run("refresh", area.toString());
        } finally {
            System.setOut(stdout);
        }
    }

    // ---- the files -----------------------------------------------------------------------------

    static void write903() throws Exception {
        JsonNode s = PublishedLayouts.ssda903Schema();
        String ls = PublishedLayouts.code903(s, "Episodes", "LS", 0);
        String rne = PublishedLayouts.code903(s, "Episodes", "RNE", 0);
        String cin = PublishedLayouts.code903(s, "Episodes", "CIN", 0);
        String place = PublishedLayouts.code903(s, "Episodes", "PLACE", 0);
        String rec = PublishedLayouts.code903(s, "Episodes", "REC", 3);
        String ethnic = PublishedLayouts.code903(s, "Header", "ETHNIC", 0);
        List<Map<String, String>> header = new ArrayList<>();
        List<Map<String, String>> episodes = new ArrayList<>();
        String[][] children = {{"L101", "1", "07/03/2012"}, {"L102", "2", "01/05/2014"}, {"L103", "2", "12/12/2016"},
                {"L104", "1", "20/08/2010"}, {"L105", "1", "02/02/2019"}};
        for (int i = 0; i < children.length; i++) {
            String[] c = children[i];
            header.add(Map.of("CHILD", c[0], "SEX", c[1], "DOB", c[2], "ETHNIC", ethnic, "UPN", i == 2 ? "UN1" : upn(100 + i)));
            // two episodes for every other child: a placement change, then still looked after
            episodes.add(Map.of("CHILD", c[0], "DECOM", "01/0" + (i + 1) + "/2024", "RNE", rne, "LS", ls, "CIN", cin, "PLACE", place,
                    "HOME_POST", "BS1 4DJ", "DEC", i % 2 == 0 ? "15/0" + (i + 2) + "/2024" : "", "REC", i % 2 == 0 ? rec : ""));
            if (i % 2 == 0) {
                episodes.add(Map.of("CHILD", c[0], "DECOM", "15/0" + (i + 2) + "/2024", "RNE", "P", "LS", ls, "CIN", cin,
                        "PLACE", place, "HOME_POST", "BS2 1AA"));
            }
        }
        PublishedLayouts.csv903(s, "Header", inbox.resolve("903/header.csv"), header);
        PublishedLayouts.csv903(s, "Episodes", inbox.resolve("903/episodes.csv"), episodes);
    }

    static String cinChild(String id, String upn, String dob, String sexTag, String sex, List<String> disabilities, String... details) {
        StringBuilder d = new StringBuilder();
        if (!disabilities.isEmpty()) {
            d.append("<Disabilities>");
            disabilities.forEach(x -> d.append(el("Disability", x)));
            d.append("</Disabilities>");
        }
        return "<Child><ChildIdentifiers>" + el("LAchildID", id) + el("UPN", upn) + el("PersonBirthDate", dob) + el(sexTag, sex)
                + "</ChildIdentifiers><ChildCharacteristics>" + el("Ethnicity", "WBRI") + d + "</ChildCharacteristics>"
                + String.join("", details) + "</Child>";
    }

    static String cinDetails(String referral, String need, String closure, String... plans) {
        return "<CINdetails>" + el("CINreferralDate", referral) + el("ReferralSource", "1A") + el("PrimaryNeedCode", need)
                + el("CINclosureDate", closure) + el("ReferralNFA", "0") + String.join("", plans) + "</CINdetails>";
    }

    static String cpp(String start, String end) {
        return "<ChildProtectionPlans>" + el("CPPstartDate", start) + el("CPPendDate", end) + el("InitialCategoryOfAbuse", "NEG")
                + el("LatestCategoryOfAbuse", "NEG") + el("NumberOfPreviousCPP", "1") + "</ChildProtectionPlans>";
    }

    static void writeCin() throws Exception {
        // 2022: sex as GenderCurrent; 2024: Sex. S1 is in both years, under the same LAchildID.
        PublishedLayouts.writeXml(inbox.resolve("cin/CIN_2022.xml"), PublishedLayouts.cinMessage(2022,
                cinChild("S1", upn(201), "2015-03-07", "GenderCurrent", "2", List.of("MOB", "AUT"),
                        cinDetails("2021-09-01", "N1", null, cpp("2021-10-01", null))),
                cinChild("S2", upn(202), "2013-01-20", "GenderCurrent", "1", List.of("NONE"),
                        cinDetails("2021-11-11", "N3", "2022-02-01"))));
        PublishedLayouts.writeXml(inbox.resolve("cin/CIN_2024.xml"), PublishedLayouts.cinMessage(2024,
                cinChild("S1", upn(201), "2015-03-07", "Sex", "2", List.of("MOB", "AUT"),
                        cinDetails("2021-09-01", "N1", "2023-10-01", cpp("2021-10-01", "2022-06-01"))),
                cinChild("S3", upn(203), "2011-06-30", "Sex", "1", List.of("LD"),
                        cinDetails("2023-05-05", "N2", null, cpp("2023-06-01", "2023-09-01"), cpp("2024-01-10", null))),
                cinChild("S4", null, "2019-12-01", "Sex", "9", List.of(),
                        cinDetails("2024-01-02", "N4", null))));
    }

    static void writeSen2() throws Exception {
        String header = "<Header>" + el("Collection", "SEN2") + el("Year", "2026") + el("ReferenceDate", "2026-01-15") + "</Header>";
        String p1 = person(upn(301), "Zoe", "Lee", "2016-04-01", "2", "BS1 4DJ",
                request("2025-03-01", plan("2025-06-20", "PLAN"))) ;
        String p2 = person(upn(302), "Bill", "Jones", "2014-05-01", "1", "BS2 3BD",
                request("2025-01-10", plan("2025-09-01", "PLAN")));
        String p3 = person(upn(303), "Amir", "Patel", "2017-09-09", "1", "BS3 1EF", request("2025-11-01", null));
        String p4 = person(upn(304), "Sara", "Khan", "2012-01-01", "2", "BS1 2GH", "")
                .replace("</Person>", "<ActivePlans>" + el("TransferredIn", "0") + "</ActivePlans></Person>");
        PublishedLayouts.writeXml(inbox.resolve("sen2/SEN2_2026.xml"), "<Message>" + header + "<Persons>" + p1 + p2 + p3 + p4
                + "</Persons></Message>");
    }

    static String person(String upn, String forename, String surname, String dob, String sex, String postcode, String requests) {
        return "<Person>" + el("Surname", surname) + el("Forename", forename) + el("PersonBirthDate", dob) + el("Sex", sex)
                + el("PostCode", postcode) + el("UPN", upn) + "<Requests>" + requests + "</Requests></Person>";
    }

    static String request(String received, String plan) {
        String assessment = plan == null ? "" : "<Assessment>" + el("AssessmentOutcome", "Y") + plan + "</Assessment>";
        return "<Request>" + el("ReceivedDate", received) + el("RequestOutcome", plan == null ? null : "A") + assessment + "</Request>";
    }

    static String plan(String start, String type) {
        return "<NamedPlan>" + el("StartDate", start) + el("PlanType", type) + "</NamedPlan>";
    }

    static void writeAnnexA() throws Exception {
        Map<String, List<Map<String, Object>>> sheets = new LinkedHashMap<>();
        sheets.put("List_1", List.of(
                row("A1", upn(401), LocalDate.of(2012, 2, 2), "a) Male", "ASD - Autistic Spectrum Disorder", "Yes",
                        "Date initial EHC plan issued", LocalDate.of(2020, 5, 1)),
                row("A2", upn(402), LocalDate.of(2010, 7, 7), "b) Female", "SEMH - Social, emotional and mental health", "No",
                        "Date initial EHC plan issued", LocalDate.of(2022, 9, 1)),
                row("A3", "", LocalDate.of(2005, 1, 1), "Female", "SLD", "", "ULN", "9999999999")));
        sheets.put("List_2", List.of(
                row("B1", upn(501), "01/03/2015", "a) Male", "SLCN - Speech, language and communication needs", "No"),
                row("B2", upn(502), "02/04/2016", "c) Not stated/recorded", "MLD - Moderate learning difficulty", "Yes"),
                // a primary need no mapping knows: counted, never silently dropped
                row("B3", upn(503), "03/05/2017", "b) Female", "XYZ - A need of its own", "No")));
        Files.createDirectories(inbox.resolve("annexa"));
        PublishedLayouts.annexA(inbox.resolve("annexa/Annex_A_SEND.xlsx"), sheets);
    }

    static Map<String, Object> row(String id, String upn, Object dob, String gender, String need, String disability, Object... more) {
        Map<String, Object> r = new HashMap<>(Map.of("Unique ID", id, "UPN", upn, "Date of birth", dob, "Gender", gender,
                "Ethnicity", "a) WBRI", "SEN primary need", need, "Does the child or young person have a disability?", disability));
        for (int i = 0; i + 1 < more.length; i += 2) r.put((String) more[i], more[i + 1]);
        return r;
    }

    static void writeCbds() throws Exception {
        JsonNode s = PublishedLayouts.cbdsSchema();
        List<Map<String, String>> pupils = new ArrayList<>();
        String[][] p = {{"101", "Ann", "Lee", "2015-03-07", "F", "E"}, {"102", "Bob", "Ray", "2014-05-01", "M", "K"},
                {"103", "Cy", "Ng", "2016-09-09", "M", "N"}, {"104", "Di", "Oz", "2017-01-01", "F", "K"}};
        for (int i = 0; i < p.length; i++) {
            pupils.add(Map.of("pupilonrolltableid", p[i][0], "NativeId", p[i][0], "upn", upn(600 + i), "forename", p[i][1],
                    "surname", p[i][2], "dob", p[i][3], "gender", p[i][4], "senprovision", p[i][5], "enrolstatus", "C"));
        }
        PublishedLayouts.cbds(s, "pupilonroll", inbox.resolve("cbds/pupilonroll.csv"), pupils);
        PublishedLayouts.cbds(s, "senneeds", inbox.resolve("cbds/senneeds.csv"), List.of(
                Map.of("senneedstableid", "1", "pupilonrolltableid", "101", "sentyperank", "1", "sentype", "ASD"),
                Map.of("senneedstableid", "2", "pupilonrolltableid", "101", "sentyperank", "2", "sentype", "SLCN"),
                Map.of("senneedstableid", "3", "pupilonrolltableid", "102", "sentyperank", "1", "sentype", "SEMH"),
                Map.of("senneedstableid", "4", "pupilonrolltableid", "104", "sentyperank", "1", "sentype", "MLD")));
        PublishedLayouts.cbds(s, "addressesonroll", inbox.resolve("cbds/addressesonroll.csv"), List.of(
                Map.of("addressesonrolltableid", "1", "pupilonrolltableid", "101", "postcode", "BS1 4DJ"),
                Map.of("addressesonrolltableid", "2", "pupilonrolltableid", "102", "postcode", "BS2 1AA")));
    }

    // ---- counts from the files themselves ------------------------------------------------------

    static long csvRows(String file) throws Exception {
        return Files.readAllLines(inbox.resolve(file)).stream().skip(1).filter(l -> !l.isBlank()).count();
    }

    static Document xml(String file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(inbox.resolve(file).toFile());
    }

    static long elements(String tag, String... files) throws Exception {
        long n = 0;
        for (String f : files) n += xml(f).getElementsByTagName(tag).getLength();
        return n;
    }

    static long query(String sql) throws SQLException {
        try (SnapshotReader r = Snapshots.of(area).openCurrent(); Statement s = r.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static long facts(String source, String type) throws SQLException {
        return query("SELECT count(*) FROM fact WHERE source = '" + source + "' AND type = '" + type + "'");
    }

    // ---- the tests -------------------------------------------------------------------------------

    @Test
    void initRecognisesEveryFileAndWritesADefinitionPerReturn() {
        assertThat(init.exit()).as(init.out() + init.err()).isZero();
        assertThat(init.out()).contains("903/header.csv: SSDA903 Header table (CSV)").contains("903/episodes.csv: SSDA903 Episodes table (CSV)")
                .contains("cin/CIN_2022.xml: CIN census XML, schema year 2022").contains("cin/CIN_2024.xml: CIN census XML, schema year 2024")
                .contains("SEN2 person-level XML").contains("Annex A SEND List 1 (EHC plans), sheet List_1")
                .contains("Annex A SEND List 2 (SEN support), sheet List_2").contains("cbds/senneeds.csv: School Census CBDS senneeds table")
                .doesNotContain("not recognised");
        for (String name : List.of("ssda903", "ssda903_header", "cin", "sen2", "annex_a_list1", "annex_a_list2", "school_census")) {
            assertThat(area.resolve("sources/" + name + ".yaml")).as(name).exists();
        }
        // the files stay where they are: the definitions point at them
        assertThat(area.resolve("extracts")).doesNotExist();
        assertThat(run("sources", "check", area.toString()).out()).contains("0 errors");
    }

    @Test
    void refreshLoadsEveryReturnAndEachSourceReconcilesWithItsFiles() throws Exception {
        assertThat(refresh.exit()).as(refresh.err()).isZero();
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("ssda903", csvRows("903/episodes.csv"));
        expected.put("ssda903_header", csvRows("903/header.csv"));
        expected.put("cin", elements("Child", "cin/CIN_2022.xml", "cin/CIN_2024.xml"));
        expected.put("sen2", elements("Person", "sen2/SEN2_2026.xml"));
        expected.put("annex_a_list1", 3L);
        expected.put("annex_a_list2", 3L);
        expected.put("school_census", csvRows("cbds/pupilonroll.csv"));
        for (Map.Entry<String, Long> e : expected.entrySet()) {
            String where = " FROM source_run WHERE source = '" + e.getKey() + "'";
            assertThat(query("SELECT rows_read" + where)).as(e.getKey() + " rows read").isEqualTo(e.getValue());
            assertThat(query("SELECT rows_loaded" + where)).as(e.getKey() + " rows loaded").isEqualTo(e.getValue());
        }
        assertThat(query("SELECT count(*) FROM source_run")).isEqualTo(expected.size());
    }

    @Test
    void every903EpisodeIsJoinedToItsHeaderSoEveryLookedAfterChildHasDobAndSex() throws Exception {
        Set<String> children = new HashSet<>();
        for (String l : Files.readAllLines(inbox.resolve("903/episodes.csv")).subList(1, (int) csvRows("903/episodes.csv") + 1)) {
            children.add(l.substring(0, l.indexOf(',')));
        }
        assertThat(query("SELECT count(*) FROM record WHERE source = 'ssda903' AND (dob IS NULL OR sex IS NULL)")).isZero();
        assertThat(query("SELECT count(DISTINCT local_id) FROM record WHERE source = 'ssda903'")).isEqualTo(children.size());
        assertThat(query("SELECT count(DISTINCT p.person_id) FROM fact f JOIN person p USING (person_id) "
                + "WHERE f.type = 'looked_after' AND p.dob IS NOT NULL AND p.sex IS NOT NULL")).isEqualTo(children.size());
        assertThat(query("SELECT count(DISTINCT person_id) FROM fact WHERE type = 'looked_after'")).isEqualTo(children.size());
        assertThat(query("SELECT count(*) FROM quality_finding WHERE source = 'ssda903' AND check_name = 'join_unmatched' AND count > 0")).isZero();
        assertThat(facts("ssda903", "looked_after")).isEqualTo(csvRows("903/episodes.csv"));
    }

    @Test
    void cinFactsEqualTheCountsInTheXml() throws Exception {
        String[] files = {"cin/CIN_2022.xml", "cin/CIN_2024.xml"};
        // children with a child protection plan, by LAchildID across both years (one record each)
        Set<String> withCpp = new HashSet<>();
        long disabilities = 0;
        for (String f : files) {
            NodeList kids = xml(f).getElementsByTagName("Child");
            for (int i = 0; i < kids.getLength(); i++) {
                Element c = (Element) kids.item(i);
                String id = c.getElementsByTagName("LAchildID").item(0).getTextContent();
                if (c.getElementsByTagName("ChildProtectionPlans").getLength() > 0) withCpp.add(id);
                NodeList d = c.getElementsByTagName("Disability");
                for (int j = 0; j < d.getLength(); j++) if (!d.item(j).getTextContent().equals("NONE")) disabilities++;
            }
        }
        assertThat(query("SELECT count(DISTINCT record_key) FROM fact WHERE source = 'cin' AND type = 'child_protection_plan'"))
                .isEqualTo(withCpp.size());
        assertThat(facts("cin", "child_protection_plan")).isEqualTo(elements("ChildProtectionPlans", files));
        assertThat(facts("cin", "child_in_need")).isEqualTo(elements("CINdetails", files));
        assertThat(facts("cin", "disability")).isEqualTo(disabilities);
        // sex from GenderCurrent (2022) and Sex (2024) alike
        assertThat(query("SELECT count(*) FROM record WHERE source = 'cin' AND sex IS NULL")).isZero();
        assertThat(query("SELECT count(*) FROM fact WHERE source = 'cin' AND type = 'child_in_need' AND code IS NULL")).isZero();
    }

    @Test
    void sen2YieldsRequestsAndIssuedPlansForTheTwentyWeekMeasure() throws Exception {
        String f = "sen2/SEN2_2026.xml";
        assertThat(facts("sen2", "ehc_assessment_request")).isEqualTo(elements("ReceivedDate", f));
        assertThat(facts("sen2", "ehc_plan_issued")).isEqualTo(elements("NamedPlan", f));
        // every named plan, and every plan active at the reference date
        assertThat(facts("sen2", "ehc_plan")).isEqualTo(elements("NamedPlan", f) + elements("ActivePlans", f));
        assertThat(query("SELECT count(*) FROM record WHERE source = 'sen2' AND (dob IS NULL OR upn IS NULL)")).isZero();
    }

    @Test
    void annexAListsYieldPlansAndSenSupportAtTheListsDateAndCountAnUnknownNeed() throws Exception {
        assertThat(facts("annex_a_list1", "ehc_plan")).isEqualTo(2); // two rows with an initial plan date
        assertThat(facts("annex_a_list2", "sen_support")).isEqualTo(3);
        assertThat(query("SELECT count(*) FROM fact WHERE source = 'annex_a_list2' AND type = 'sen_support' AND start_date = DATE '2025-03-31'"))
                .isEqualTo(3);
        assertThat(query("SELECT count(*) FROM fact WHERE type = 'primary_need' AND source LIKE 'annex_a%' AND code IN ('ASD', 'SEMH', 'SLD', 'SLCN', 'MLD')"))
                .isEqualTo(5);
        assertThat(query("SELECT coalesce(sum(count), 0) FROM quality_finding WHERE source = 'annex_a_list2' AND field = 'SEN primary need' "
                + "AND check_name = 'unmapped_code'")).isEqualTo(1);
        assertThat(query("SELECT count(*) FROM record WHERE source LIKE 'annex_a%' AND sex IS NULL")).isZero();
        // the validation rules of the list ran on every row
        assertThat(query("SELECT count(*) FROM quality_finding WHERE source = 'annex_a_list1' AND check_name = 'rule_107'")).isEqualTo(1);
    }

    @Test
    void schoolCensusPupilsGetProvisionNeedsAndPostcodesFromTheirTables() throws Exception {
        long e = Files.readAllLines(inbox.resolve("cbds/pupilonroll.csv")).stream().filter(l -> l.contains(",E,")).count();
        long k = Files.readAllLines(inbox.resolve("cbds/pupilonroll.csv")).stream().filter(l -> l.contains(",K,")).count();
        assertThat(facts("school_census", "ehc_plan")).isEqualTo(e);
        assertThat(facts("school_census", "sen_support")).isEqualTo(k);
        assertThat(facts("school_census", "primary_need")).isEqualTo(3); // rank-1 needs of 101, 102 and 104
        assertThat(query("SELECT count(*) FROM record WHERE source = 'school_census' AND postcode IS NOT NULL")).isEqualTo(2);
    }
}
