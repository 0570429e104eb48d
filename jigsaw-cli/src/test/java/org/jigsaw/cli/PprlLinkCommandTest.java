package org.jigsaw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jigsaw.identity.NhsNumber;
import org.jigsaw.keys.KeyFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PprlLinkCommandTest {
    static final String[] GIVEN = {"OLIVER", "AMELIA", "NOAH", "ISLA", "GEORGE", "AVA", "LEO", "MIA", "JACK", "EVIE", "ARJUN", "ZAINAB"};
    static final String[] FAMILY = {"PATEL", "SMITH", "OKAFOR", "JONES", "NOWAK", "BROWN", "KHAN", "EVANS", "TAYLOR", "WILSON"};

    static String nhs(int i) {
        for (int s = 100 + i * 7; ; s++) {
            String stem = "999000" + String.format("%03d", s % 1000);
            int c = NhsNumber.checkDigit(stem);
            if (c >= 0) return stem + c;
        }
    }

    @Test
    void partnerAndLaEncodeThenLinkWithoutIdentifiers(@TempDir Path tmp) throws IOException {
        StringBuilder la = new StringBuilder("id,nhs_number,given_name,family_name,dob,sex,postcode\n");
        StringBuilder health = new StringBuilder("PatientRef,NHS,Forename,Surname,DOB,Gender,Postcode,Service\n");
        StringBuilder truth = new StringBuilder("id,person\n");
        for (int i = 0; i < 120; i++) {
            String g = GIVEN[i % GIVEN.length], f = FAMILY[(i * 7) % FAMILY.length];
            String dob = String.format("20%02d-%02d-%02d", 5 + i % 15, 1 + i % 12, 1 + (i * 3) % 28);
            la.append("L").append(i).append(',').append(i % 3 == 0 ? "" : nhs(i)).append(',').append(g).append(',').append(f)
                    .append(',').append(dob).append(',').append(i % 2 == 0 ? "M" : "F").append(",SY").append(1 + i % 9).append(" 2AB\n");
            truth.append("L").append(i).append(",p").append(i).append('\n');
            if (i % 4 == 3) continue;   // not everyone is known to health
            String hg = i % 5 == 0 ? g.substring(0, g.length() - 1) : g;   // a typo
            String[] d = dob.split("-");
            health.append("H").append(i).append(',').append(nhs(i)).append(',').append(hg.toLowerCase()).append(',').append(f)
                    .append(',').append(d[2]).append('/').append(d[1]).append('/').append(d[0]).append(',').append(i % 2 == 0 ? "1" : "2")
                    .append(",SY").append(1 + i % 9).append(" 2AB,SLT\n");
            truth.append("H").append(i).append(",p").append(i).append('\n');
        }
        Files.writeString(tmp.resolve("la.csv"), la);
        Files.writeString(tmp.resolve("health.csv"), health);
        Files.writeString(tmp.resolve("truth.csv"), truth);
        Files.writeString(tmp.resolve("spec.yaml"), """
                id: PatientRef
                fields:
                  nhs_number: {column: NHS}
                  given_name: {column: Forename}
                  family_name: {column: Surname}
                  dob: {column: DOB, date_formats: [dd/MM/yyyy]}
                  sex: {column: Gender}
                  postcode: {column: Postcode}
                keep: [Service]
                """);
        Path keys = tmp.resolve("keys.yaml");
        KeyFile.init(keys, List.of("linkage"));

        assertThat(GovernCommandsTest.run("encode", "--key", keys.toString(), "--in", tmp.resolve("health.csv").toString(),
                "--out", tmp.resolve("health.enc.csv").toString(), "--map", tmp.resolve("spec.yaml").toString()).code()).isZero();
        assertThat(GovernCommandsTest.run("encode", "--key", keys.toString(), "--in", tmp.resolve("la.csv").toString(),
                "--out", tmp.resolve("la.enc.csv").toString()).code()).isZero();
        String encoded = Files.readString(tmp.resolve("health.enc.csv"));
        assertThat(encoded).contains("family_name__metaphone");
        // keys are fresh each run, so a five-letter name can turn up inside base64 by chance:
        // what must never happen is a cell, or a code within one, holding the name itself
        assertThat(encoded.split("[,\\n~=]")).noneMatch(cell -> cell.equalsIgnoreCase("patel"));

        var link = GovernCommandsTest.run("pprl-link", tmp.resolve("la.enc.csv").toString(), tmp.resolve("health.enc.csv").toString(),
                "--out", tmp.resolve("links.csv").toString(), "--truth", tmp.resolve("truth.csv").toString());
        assertThat(link.code()).as(link.err()).isZero();
        assertThat(link.out()).contains("links");
        double f1 = Double.parseDouble(link.out().replaceAll("(?s).*F1 ([0-9.]+).*", "$1"));
        assertThat(f1).as(link.out()).isGreaterThan(0.95);

        // the same health file encoded under another key cannot be linked with it
        Path other = tmp.resolve("other.yaml");
        KeyFile.init(other, List.of("linkage"));
        GovernCommandsTest.run("encode", "--key", other.toString(), "--in", tmp.resolve("health.csv").toString(),
                "--out", tmp.resolve("health2.enc.csv").toString(), "--map", tmp.resolve("spec.yaml").toString());
        var bad = GovernCommandsTest.run("pprl-link", tmp.resolve("la.enc.csv").toString(), tmp.resolve("health2.enc.csv").toString(),
                "--out", tmp.resolve("links2.csv").toString());
        assertThat(bad.code()).isNotZero();
        assertThat(bad.err()).contains("different keys");
    }
}
