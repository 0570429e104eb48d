package org.jigsaw.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.jigsaw.link.compare.Comparison;
import org.jigsaw.link.compare.LevelCase;
import org.jigsaw.link.compare.LevelCaseTable;
import org.jigsaw.link.compare.LevelKindSuite;
import org.jigsaw.link.compare.LevelKinds;
import org.jigsaw.link.compare.SameLengthLevel;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.spec.ComparisonSpec;
import org.jigsaw.link.spec.LevelSpec;
import org.jigsaw.link.spec.LinkSpec;
import org.junit.jupiter.api.Test;

/**
 * The level kinds' cases through the encoded path: the two records are encoded as a partner
 * would ({@link EncodedLinkage#encode}), the one-level spec turned into its encoded counterpart
 * ({@link EncodedLinkage#spec}) and compared on the encodings. A kind that encodings do not carry
 * (on that field) is declared so in {@link EncodedLevels}; its pair must then land on "else".
 */
class EncodedLevelKindsTest extends LevelKindSuite {

    private static final PprlCodec CODEC = new PprlCodec(PprlComparisonTest.KEY, BloomParams.DEFAULT);

    @Override
    protected Reached reach(LevelCase c) {
        LinkSpec encodedSpec = EncodedLinkage.spec(c.linkSpec(), CODEC::isFuzzy);
        RecordTable clear = RecordTable.fromRows(List.of("a", "b"), List.of("s", "s"), List.of(c.leftRow(), c.rightRow()));
        RecordTable encoded = EncodedLinkage.encode(clear, c.linkSpec(), CODEC);
        ComparisonSpec cmp = encodedSpec.comparisons().get(0);
        if (!carried(c)) assertThat(cmp.levels()).as("a level encodings do not carry is dropped").isEmpty();
        Comparison comparison = new Comparison(cmp, LevelKinds.installed(), encoded);
        return reached(comparison.level(0, 1), comparison.levelCount());
    }

    @Override
    protected boolean holds(LevelCase c) {
        if (!carried(c)) return false;
        return c.onEncodings() == null ? c.holds() : c.onEncodings();
    }

    private boolean carried(LevelCase c) {
        return EncodedLevels.carries(c.level().kind(), CODEC.isFuzzy(c.field()));
    }

    @Test
    void everyKindNotCarriedSaysWhyOrIsFuzzyOnlyAndCarriedOnBloomFields() {
        LevelCaseTable.byKind().keySet().forEach(kind -> assertThat(EncodedLevels.carries(kind, true) || EncodedLevels.whyNotCarried(kind).isPresent())
                .as(kind + " is declared").isTrue());
        assertThat(EncodedLevels.carries("exact", false)).as("equality survives an HMAC").isTrue();
        assertThat(EncodedLevels.carries("jaro_winkler", false)).as("an HMAC shows only equality").isFalse();
    }

    @Test
    void aLevelKindEncodingsKnowNothingOfIsAnErrorNamingIt() {
        LevelKinds kinds = LevelKinds.installed().with("same_length", s -> new SameLengthLevel());
        LevelCase c = new LevelCase("given_name", "JACK", "MARY", LevelSpec.of("same_length"), true, Map.of(), Map.of(), null);
        assertThat(kinds.create(LevelSpec.of("same_length")).label()).isEqualTo("same_length");
        assertThatThrownBy(() -> EncodedLevels.carry("given", true, LevelSpec.of("same_length")))
                .hasMessageContaining("comparison 'given'").hasMessageContaining("'same_length'");
        // through the public path the clear spec is validated first, against the installed kinds
        assertThatThrownBy(() -> EncodedLinkage.spec(c.linkSpec(), CODEC::isFuzzy))
                .hasMessageContaining("comparison 'same_length' level 1").hasMessageContaining("unknown level kind 'same_length'");
    }
}
