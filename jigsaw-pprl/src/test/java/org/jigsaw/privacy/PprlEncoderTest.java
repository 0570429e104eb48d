package org.jigsaw.privacy;

import org.jigsaw.keys.KeyFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PprlEncoderTest {
    @TempDir
    Path tmp;
    Path in;
    Path keys;

    @BeforeEach
    void extract() throws IOException {
        in = tmp.resolve("health.csv");
        Files.writeString(in, """
                PatientRef,NHSNumber,Forename,Surname,DateOfBirth,Gender,Postcode,Service,GPNotes
                H1,999 000 0018,Chloé,O'Brien,03/04/2015,F,ab1 2cd,SLT,secret note
                H2,9990000026,Jack,Smith-Jones,2014-12-31,1,AB1 2CE,CAMHS,another note
                H3,,Amir,Khan,not a date,M,,SLT,
                """);
        keys = tmp.resolve("keys.yaml");
        KeyFile.init(keys, List.of("linkage"));
    }

    private EncodingSpec spec(String check) {
        return new EncodingSpec(check, "PatientRef", new java.util.LinkedHashMap<>(Map.of(
                "nhs_number", new EncodingSpec.FieldEncoding("NHSNumber", "hmac", null),
                "given_name", new EncodingSpec.FieldEncoding("Forename", "bloom", null),
                "family_name", new EncodingSpec.FieldEncoding("Surname", "bloom", null),
                "dob", new EncodingSpec.FieldEncoding("DateOfBirth", null, List.of("dd/MM/yyyy", "yyyy-MM-dd")),
                "sex", new EncodingSpec.FieldEncoding("Gender", "hmac", null),
                "postcode", new EncodingSpec.FieldEncoding("Postcode", null, null))), List.of("Service"), null);
    }

    @Test
    void encodesIdentifiersAndDropsEverythingElse() throws IOException {
        Path out = tmp.resolve("health.enc.csv");
        PprlEncoder.Report r = new PprlEncoder(KeyFile.load(keys), "linkage", spec(null)).encode(in, out);
        assertThat(r.rows()).isEqualTo(3);
        assertThat(r.dropped()).containsExactly("GPNotes");
        assertThat(r.missing()).containsEntry("dob", 1L);
        String text = Files.readString(out);
        for (String clear : List.of("Chlo", "CHLOE", "O'Brien", "OBRIEN", "Smith", "SMITH", "9990000018", "999 000 0018",
                "2015-04-03", "03/04/2015", "AB12CD", "ab1 2cd", "secret note")) {
            // keys are fresh each run, so short text can turn up inside base64 by chance: no cell
            // or code may begin with it, and only text too long for chance is sought anywhere
            assertThat(text.split("[,\\n~=]")).as("no clear text: %s", clear)
                    .noneMatch(code -> code.toLowerCase(java.util.Locale.ROOT).startsWith(clear.toLowerCase(java.util.Locale.ROOT)));
            if (clear.length() >= 8) assertThat(text).as("no clear text: %s", clear).doesNotContainIgnoringCase(clear);
        }
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("id,").contains("Service");
        EncodedFile f = EncodedFile.read(out);
        assertThat(f.meta().keyCheck()).isEqualTo(KeyFile.load(keys).check("linkage"));
        assertThat(f.rows()).hasSize(3);
        assertThat(f.rows().get(0).get("id")).isEqualTo("H1");
        assertThat(f.rows().get(0).get("Service")).isEqualTo("SLT");
    }

    @Test
    void samePersonFormattedDifferentlyGetsTheSameCodes() throws IOException {
        Path other = tmp.resolve("la.csv");
        Files.writeString(other, """
                id,nhs_number,given_name,family_name,dob,sex,postcode
                L1,9990000018,CHLOE,OBRIEN,2015-04-03,Female,AB1 2CD
                """);
        KeyFile k = KeyFile.load(keys);
        new PprlEncoder(k, "linkage", spec(null)).encode(in, tmp.resolve("h.enc.csv"));
        new PprlEncoder(k, "linkage", new EncodingSpec(null, null, null, null, null)).encode(other, tmp.resolve("l.enc.csv"));
        EncodedFile h = EncodedFile.read(tmp.resolve("h.enc.csv"));
        EncodedFile l = EncodedFile.read(tmp.resolve("l.enc.csv"));
        h.requireComparableWith(l);
        for (String f : List.of("nhs_number", "dob", "sex", "postcode", "given_name", "family_name")) {
            assertThat(l.rows().get(0).get(f)).as(f).isEqualTo(h.rows().get(0).get(f));
        }
    }

    @Test
    void wrongKeyIsRefusedBeforeAnythingIsWritten() throws IOException {
        String rightCheck = KeyFile.load(keys).check("linkage");
        Path wrong = tmp.resolve("wrong.yaml");
        KeyFile.init(wrong, List.of("linkage"));
        Path out = tmp.resolve("out.csv");
        assertThatThrownBy(() -> new PprlEncoder(KeyFile.load(wrong), "linkage", spec(rightCheck)).encode(in, out))
                .isInstanceOf(WrongKeyException.class).hasMessageContaining("wrong key").hasMessageContaining(rightCheck);
        assertThat(out).doesNotExist();
        // and two files encoded with different keys refuse to be compared
        new PprlEncoder(KeyFile.load(keys), "linkage", spec(null)).encode(in, tmp.resolve("a.csv"));
        new PprlEncoder(KeyFile.load(wrong), "linkage", spec(null)).encode(in, tmp.resolve("b.csv"));
        assertThatThrownBy(() -> EncodedFile.read(tmp.resolve("a.csv")).requireComparableWith(EncodedFile.read(tmp.resolve("b.csv"))))
                .isInstanceOf(WrongKeyException.class).hasMessageContaining("different keys");
    }

    @Test
    void missingKeyFileIsAClearErrorAndNothingIsWritten() {
        assertThatThrownBy(() -> KeyFile.load(tmp.resolve("absent.yaml")))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("key file not found");
        assertThat(tmp.resolve("health.enc.csv")).doesNotExist();
    }

    @Test
    void anExtractWithNoRowsEncodesToAnEncodedFileWithNoRowsAndAnEmptyFileIsRefused() throws IOException {
        Path none = tmp.resolve("no-referrals.csv");
        Files.writeString(none, "PatientRef,NHSNumber,Forename,Surname,DateOfBirth,Gender,Postcode,Service,GPNotes");
        Path out = tmp.resolve("no-referrals.enc.csv");
        PprlEncoder.Report r = new PprlEncoder(KeyFile.load(keys), "linkage", spec(null)).encode(none, out);
        assertThat(r.rows()).isZero();
        assertThat(r.dropped()).containsExactly("GPNotes");
        EncodedFile f = EncodedFile.read(out);
        assertThat(f.rows()).isEmpty();
        assertThat(f.meta().keyCheck()).isEqualTo(KeyFile.load(keys).check("linkage"));
        assertThat(Files.readString(out).lines().findFirst().orElseThrow()).startsWith("id,").contains("Service");

        Path empty = tmp.resolve("empty.csv");
        Files.writeString(empty, "");
        assertThatThrownBy(() -> new PprlEncoder(KeyFile.load(keys), "linkage", spec(null)).encode(empty, tmp.resolve("empty.enc.csv")))
                .isInstanceOf(IOException.class).hasMessageContaining("empty.csv is empty");
        assertThat(tmp.resolve("empty.enc.csv")).doesNotExist();
    }
}
