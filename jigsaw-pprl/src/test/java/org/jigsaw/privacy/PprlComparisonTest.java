package org.jigsaw.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jigsaw.link.compare.LevelKinds;
import org.jigsaw.link.data.Column;
import org.jigsaw.link.spec.ComparisonSpec;
import org.jigsaw.link.spec.LevelSpec;
import org.jigsaw.link.spec.LinkSpec;
import org.jigsaw.progress.Progress;
import org.junit.jupiter.api.Test;

class PprlComparisonTest {
    static final byte[] KEY = "a-linkage-key-of-32-bytes-long!!".getBytes(StandardCharsets.US_ASCII);

    @Test
    void encodedLinkageIsWithinOnePointOfClearText() {
        TwoSourcePeople.Data d = TwoSourcePeople.generate(2500, 11);
        PprlComparison.Result r = PprlComparison.run(d.table(), LinkSpec.defaultSpec(), d.truth(), KEY, BloomParams.DEFAULT, Progress.NONE);
        System.out.print(r.table());
        assertThat(r.clear().f1()).isGreaterThan(0.9);
        assertThat(r.encoded().f1()).isGreaterThan(0.9);
        assertThat(r.f1GapPoints()).as(r.table()).isGreaterThanOrEqualTo(-1.0);
    }

    @Test
    void encodedSpecReplacesEveryLevelWithOneThatWorksOnEncodings() {
        LinkSpec e = EncodedLinkage.spec(LinkSpec.defaultSpec());
        ComparisonSpec given = e.comparisons().stream().filter(c -> c.field().equals("given_name")).findFirst().orElseThrow();
        assertThat(given.levels()).extracting(LevelSpec::kind).containsExactly("exact", "encoded_key", "dice", "dice", "encoded_key");
        ComparisonSpec nhs = e.comparisons().stream().filter(c -> c.field().equals("nhs_number")).findFirst().orElseThrow();
        assertThat(nhs.levels()).extracting(LevelSpec::kind).containsExactly("exact");
        assertThat(e.blockingRules()).allSatisfy(b -> assertThat(b.keys()).noneMatch(k -> k.contains(":")));
        assertThat(e.clustering().cannotLink()).noneMatch(c -> c.kind().equals("twins"));
        // every level kind in it is registered
        LevelKinds kinds = LevelKinds.defaults();
        e.comparisons().forEach(c -> c.levels().forEach(kinds::create));
    }

    @Test
    void diceAndEncodedKeyLevelsOnEncodedColumns() {
        PprlCodec codec = new PprlCodec(KEY, BloomParams.DEFAULT);
        Column given = Column.of("given_name", new String[] {
                codec.encode("given_name", "WILLIAM"), codec.encode("given_name", "BILL"),
                codec.encode("given_name", "WILIAM"), codec.encode("given_name", "ZAINAB")});
        var dice = new DiceLevel(0.8).bind(given);
        var nick = EncodedKeyLevel.of("canonical").bind(given);
        assertThat(dice.test(given.id(0), given.id(2))).as("one letter dropped").isTrue();
        assertThat(dice.test(given.id(0), given.id(3))).isFalse();
        assertThat(nick.test(given.id(0), given.id(1))).as("BILL is WILLIAM").isTrue();
        assertThat(nick.test(given.id(0), given.id(3))).isFalse();
        Column dob = Column.of("dob", new String[] {codec.encode("dob", "2015-03-07"), codec.encode("dob", "2015-07-03")});
        assertThat(EncodedKeyLevel.of("day_month_either").bind(dob).test(0, 1)).isTrue();
        assertThat(dob.value(0)).doesNotContain("2015");
    }
}
