package org.jigsaw.privacy;

import org.jigsaw.keys.KeyFile;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jigsaw.area.Area;
import org.jigsaw.ingest.IngestRun;
import org.jigsaw.ingest.SourceProblem;
import org.jigsaw.progress.Progress;
import org.jigsaw.record.SourceRecord;
import org.jigsaw.synth.SynthOptions;
import org.jigsaw.synth.Synthesizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A synthetic area whose health sources arrive encoded: ingest, key check and linkage quality. */
class EncodedAreaTest {

    /** A main code (Bloom filter in base64 or HMAC in base64url), then named parts of one or more base64url codes (see {@link PprlCodec}). */
    private static final String ENCODING = "[A-Za-z0-9+/_-]+(~[a-z_]+=[A-Za-z0-9_-]+(,[A-Za-z0-9_-]+)*)*";

    @TempDir
    static Path tmp;
    static Path area;
    static AreaPprlComparison.Result result;

    @BeforeAll
    static void linkClearAndEncoded() throws Exception {
        area = tmp.resolve("area");
        Synthesizer.generate(new SynthOptions(8000, 7, 0), area, Progress.NONE);
        result = AreaPprlComparison.run(area, tmp.resolve("work"), Progress.NONE);
    }

    @Test
    void encodedHealthSourcesLinkToTheCouncilsClearRecordsWithinOnePointOfClearText() {
        assertThat(result.encodedSources()).contains("csds_referrals", "camhs", "gp_ld_register");
        assertThat(result.clear().f1()).isGreaterThan(0.95);
        assertThat(result.encoded().recall()).isGreaterThan(0.9);
        assertThat(Math.abs(result.f1GapPoints())).isLessThanOrEqualTo(1.0);
    }

    @Test
    void theEncodedSourceCarriesEncodingsAndNoClearIdentifier() throws Exception {
        Path copy = tmp.resolve("work/area");
        IngestRun run = PprlStages.ingest(tmp.resolve("work/pprl-keys.yaml")).run(copy, Area.open(copy).config(), Progress.NONE);
        List<SourceRecord> health = run.result().records().stream().filter(r -> r.source().equals("csds_referrals")).toList();
        java.util.Map<String, SourceRecord> clear = new java.util.HashMap<>();
        PprlStages.ingest(tmp.resolve("work/pprl-keys.yaml")).run(area, Area.open(area).config(), Progress.NONE).result().records()
                .forEach(r -> clear.put(r.key(), r));
        assertThat(health).isNotEmpty();
        for (SourceRecord r : health) {
            SourceRecord c = clear.get(r.key());
            r.values().forEach((f, v) -> {
                assertThat(v.length()).as(f.key()).isGreaterThanOrEqualTo(20);
                assertThat(v).as(f.key()).matches(ENCODING);
                String cv = c == null ? null : c.get(f);
                if (cv == null || cv.length() < 2) return;
                // Codes are keyed and the key is fresh each run, so a short name like JACK turns up
                // inside a code's base64 now and then by chance: no code may be the clear value,
                // and only values too long to appear by chance are checked as substrings.
                assertThat(v.split("[~=,]")).as(f.key()).noneMatch(code -> code.equalsIgnoreCase(cv));
                if (cv.length() >= 8) assertThat(v).as(f.key()).doesNotContainIgnoringCase(cv);
            });
        }
        // facts still come from the kept, non-identifying columns
        assertThat(run.result().facts()).anyMatch(f -> f.source().equals("csds_referrals"));
    }

    @Test
    void anExtractEncodedUnderAnotherKeyIsRefusedWithAClearErrorAndNothingOfItIsLoaded() throws Exception {
        Path otherKeys = tmp.resolve("other-keys.yaml");
        KeyFile.init(otherKeys, List.of(KeyFile.LINKAGE));
        Path copy = tmp.resolve("work/area");
        IngestRun run = PprlStages.ingest(otherKeys).run(copy, Area.open(copy).config(), Progress.NONE);
        for (String s : result.encodedSources()) {
            assertThat(run.result().records()).noneMatch(r -> r.source().equals(s));
            assertThat(run.result().facts()).noneMatch(f -> f.source().equals(s));
            assertThat(run.problems()).anyMatch(p -> p.source().equals(s) && p.severity() == SourceProblem.Severity.ERROR
                    && p.message().contains("wrong key") && p.message().contains("check value"));
        }
        // the council's clear sources still load
        assertThat(run.result().records()).anyMatch(r -> r.source().equals("school_census"));
        assertThat(Files.exists(copy.resolve("snapshots"))).isFalse();
    }
}
