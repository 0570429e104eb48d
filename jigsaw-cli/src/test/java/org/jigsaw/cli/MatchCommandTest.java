package org.jigsaw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchCommandTest {

    @Test
    void linksTwoFilesWithDifferentColumnNamesAndFormats(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("school.csv"), b = dir.resolve("health.csv"), out = dir.resolve("out/links.csv");
        Files.writeString(a, """
                pupil_id, forename, surname, dob, gender, postcode
                1, Amira, Okafor, 07/03/2015, F, bs1 4dj
                2, Tom, Baker, 01/01/2012, M, BS2 1AA
                3, Ava, Smith, 02/02/2014, F, M1 1AE
                """);
        Files.writeString(b, "nhs,first,last,birth,sex,pc\r\n"
                + "943 476 5919,AMIRA,OKAFOR,2015-03-07,2,BS14DJ\r\n"
                + "999 000 0018,Thomas,Baker,2012-01-01,1,BS2 1AA\r\n"
                + "999 000 0026,Zed,Quinn,2001-05-05,1,ZZ9 9ZZ\r\n");
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("match", a.toString(), b.toString(), "--id", "pupil_id", "--id-right", "nhs",
                "--map-left", "given_name=forename,family_name=surname,dob=dob,sex=gender,postcode=postcode",
                "--map-right", "nhs_number=nhs,given_name=first,family_name=last,dob=birth,sex=sex,postcode=pc",
                "--out", out.toString());
        assertThat(code).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("left_id,right_id,match_probability,match_weight");
        assertThat(lines).anyMatch(l -> l.startsWith("1,943 476 5919,"));
        assertThat(lines).noneMatch(l -> l.contains("Quinn") || l.contains("0026"));
    }

    @Test
    void aMissingColumnIsAClearError(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.csv");
        Files.writeString(a, "id,name\n1,X\n");
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("match", a.toString(), "--id", "id", "--map", "given_name=forename", "--out", dir.resolve("l.csv").toString());
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("no column 'forename'");
    }
}
