package org.jigsaw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jigsaw.keys.KeyFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncodeCommandTest {
    @Test
    void encodesWithTheRightKeyAndRefusesWrongOrMissingKeys(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("health.csv");
        Files.writeString(in, "id,nhs_number,given_name,family_name,dob\nH1,9990000018,Ava,Patel,2015-01-02\n");
        Path keys = tmp.resolve("keys.yaml");
        KeyFile.init(keys, List.of("linkage"));
        String check = KeyFile.load(keys).check("linkage");
        Path out = tmp.resolve("health.enc.csv");

        var ok = GovernCommandsTest.run("encode", "--key", keys.toString(), "--in", in.toString(), "--out", out.toString(), "--check", check);
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("Encoded 1 records").contains(check);
        assertThat(Files.readString(out)).doesNotContain("Patel").doesNotContain("9990000018");

        Path out2 = tmp.resolve("x.enc.csv");
        var wrong = GovernCommandsTest.run("encode", "--key", keys.toString(), "--in", in.toString(), "--out", out2.toString(), "--check", "00000000");
        assertThat(wrong.code()).isNotZero();
        assertThat(wrong.err()).contains("wrong key");
        assertThat(out2).doesNotExist();

        var missing = GovernCommandsTest.run("encode", "--key", tmp.resolve("nope.yaml").toString(), "--in", in.toString(), "--out", out2.toString());
        assertThat(missing.code()).isNotZero();
        assertThat(missing.err()).contains("key file not found");
        assertThat(out2).doesNotExist();
    }
}
