package org.jigsaw.ingest.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.jigsaw.area.Area;
import org.jigsaw.ingest.AreaIngest;
import org.jigsaw.ingest.IngestRun;
import org.jigsaw.ingest.QualityFinding;
import org.jigsaw.ingest.SourceDefinitions;
import org.jigsaw.ingest.SourceReconciliation;
import org.jigsaw.progress.Progress;
import org.jigsaw.quality.QualityReport;
import org.jigsaw.quality.QualityReportWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A source naming rule packs: findings with the rule codes reach the data-quality report, every row still loads. */
class RulesIngestTest {

    @TempDir
    Path dir;

    private IngestRun ingest(String rules, String file, String content) throws IOException {
        Files.writeString(dir.resolve("area.yaml"), "name: T\nla_code: \"801\"\nreference_date: 2024-03-31\nage_min: 0\n"
                + "age_max: 25\npopulation: 10\n");
        Files.createDirectories(dir.resolve("sources"));
        Files.writeString(dir.resolve("sources/src.yaml"), "name: src\nagency: social_care\ndataset: test\nfile: " + file + "\n"
                + "format: {type: csv}\nextract_date: 2024-03-31\nid: CHILD\ndate_formats: [dd/MM/yyyy]\n"
                + "fields: {local_id: CHILD, dob: DOB}\n" + rules);
        Files.writeString(dir.resolve(file), content);
        Area area = Area.open(dir);
        return new AreaIngest().run(area.dir(), area.config(), Progress.NONE);
    }

    private static QualityFinding finding(IngestRun run, String code) {
        return run.result().findings().stream().filter(f -> f.check().equals("rule_" + code)).findFirst().orElseThrow();
    }

    @Test
    void episodeRulesCountAcrossRowsAndNoRowIsDropped() throws IOException {
        // child C7: 1st episode ends X1 on 01/06/2023 but the next starts 01/07/2023 (388, 433); C8: an unknown legal status (144)
        IngestRun run = ingest("rules: ssda903-episodes\n", "episodes.csv",
                "CHILD,DOB,DECOM,RNE,LS,CIN,PLACE,DEC,REC,REASON_PLACE_CHANGE\n"
                        + "C7,01/01/2014,01/04/2023,S,C2,N1,U1,01/06/2023,X1,\n"
                        + "C7,01/01/2014,01/07/2023,P,C2,N1,U1,,,CARPL\n"
                        + "C8,02/02/2012,01/05/2023,S,ZZ,N1,U1,,,\n");
        SourceReconciliation rec = run.result().reconciliation().get(0);
        assertThat(rec.rowsLoaded()).isEqualTo(3);
        assertThat(rec.rowsQuarantined()).isZero();
        assertThat(finding(run, "388").count()).isEqualTo(1);
        assertThat(finding(run, "433").count()).isEqualTo(1);
        assertThat(finding(run, "144").count()).isEqualTo(1);
        assertThat(finding(run, "144").denominator()).isEqualTo(3);
        assertThat(finding(run, "501").count()).isZero();
        assertThat(finding(run, "144").detail()).contains("SSDA903 Episodes rule 144 (error)").doesNotContain("C8").doesNotContain("ZZ");

        QualityReport report = QualityReport.of(Area.open(dir).config(), run.result(), Instant.EPOCH);
        QualityReportWriter.writeAll(report, dir.resolve("report"));
        String html = Files.readString(dir.resolve("report/quality.html"));
        assertThat(html).contains("validation rule 433").contains("continuation episode").doesNotContain("C7").doesNotContain("C8");
        assertThat(Files.readString(dir.resolve("report/quality.csv"))).contains("rule_388");
    }

    @Test
    void aSingleOrListedPackIsAcceptedAndAnUnknownOneIsAnErrorNamingThePacks() throws IOException {
        String rows = "CHILD,SEX,DOB,ETHNIC\nC1,3,01/01/2014,WBRI\n";
        assertThat(finding(ingest("rules: [ssda903-header]\n", "header.csv", rows), "101").count()).isEqualTo(1);
        Files.writeString(dir.resolve("sources/src.yaml"), Files.readString(dir.resolve("sources/src.yaml"))
                .replace("rules: [ssda903-header]", "rules: ssda903-headers"));
        SourceDefinitions.Loaded bad = SourceDefinitions.load(dir);
        assertThat(bad.hasErrors()).isTrue();
        assertThat(bad.problems()).anySatisfy(p -> assertThat(p.message())
                .contains("'ssda903-headers' is not a rule pack").contains("ssda903-header"));
    }

    @Test
    void aSourceWithoutRulesHasNoRuleFindings() throws IOException {
        IngestRun run = ingest("", "header.csv", "CHILD,SEX,DOB,ETHNIC\nC1,3,01/01/2014,WBRI\n");
        assertThat(run.result().findings()).noneMatch(f -> f.check().startsWith("rule_"));
    }

    @Test
    void cinRulesReadPathsAndRepeatingElementsOfTheCensusXml() throws IOException {
        Files.writeString(dir.resolve("area.yaml"), "name: T\nla_code: \"801\"\nreference_date: 2024-03-31\nage_min: 0\n"
                + "age_max: 25\npopulation: 10\n");
        Files.createDirectories(dir.resolve("sources"));
        Files.writeString(dir.resolve("sources/cin.yaml"), "name: cin\nagency: social_care\ndataset: cin\nfile: cin.xml\n"
                + "format: {type: xml, record_path: /Message/Children/Child}\nextract_date: 2024-03-31\n"
                + "id: ChildIdentifiers/LAchildID\nfields: {upn: ChildIdentifiers/UPN, dob: ChildIdentifiers/PersonBirthDate}\n"
                + "rules: cin-census\n");
        String ok = child("C1", "B801200005001", "<Disability>AUT</Disability>", "<CPPstartDate>2023-01-01</CPPstartDate><CPPendDate>2023-06-01</CPPendDate>");
        // C2: a wrong check letter (1510), AUT twice (8794), a plan ending before it starts (8925)
        String bad = child("C2", "A801200005001", "<Disability>AUT</Disability><Disability>AUT</Disability>",
                "<CPPstartDate>2023-09-01</CPPstartDate><CPPendDate>2023-08-01</CPPendDate>");
        Files.writeString(dir.resolve("cin.xml"), "<?xml version=\"1.0\"?><Message><Header><CollectionDetails><ReferenceDate>2024-03-31"
                + "</ReferenceDate></CollectionDetails></Header><Children>" + ok + bad + "</Children></Message>");
        Area area = Area.open(dir);
        IngestRun run = new AreaIngest().run(area.dir(), area.config(), Progress.NONE);
        assertThat(run.result().reconciliation().get(0).rowsLoaded()).isEqualTo(2);
        assertThat(finding(run, "1510").count()).isEqualTo(1);
        assertThat(finding(run, "8794").count()).isEqualTo(1);
        assertThat(finding(run, "8925").count()).isEqualTo(1);
        assertThat(finding(run, "8540").count()).isZero();
        assertThat(finding(run, "8510").count()).isZero();
    }

    private static String child(String id, String upn, String disabilities, String plan) {
        return "<Child><ChildIdentifiers><LAchildID>" + id + "</LAchildID><UPN>" + upn + "</UPN><PersonBirthDate>2014-01-01"
                + "</PersonBirthDate><Sex>1</Sex></ChildIdentifiers><ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities>"
                + disabilities + "</Disabilities></ChildCharacteristics><CINdetails><CINreferralDate>2023-01-01</CINreferralDate>"
                + "<ChildProtectionPlans>" + plan + "</ChildProtectionPlans></CINdetails></Child>";
    }
}
