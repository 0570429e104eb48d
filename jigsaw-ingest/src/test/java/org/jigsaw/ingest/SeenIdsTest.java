package org.jigsaw.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenIdsTest {

    @Test
    void remembersEveryKeyWithItsHashesAcrossGrowth() {
        SeenIds seen = new SeenIds();
        for (int i = 0; i < 50_000; i++) seen.add("src:P" + i, i * 7L, i * 13L);
        for (int i = 0; i < 50_000; i += 997) {
            int slot = seen.find("src:P" + i);
            assertThat(slot).isNotNegative();
            assertThat(seen.identity(slot)).isEqualTo(i * 7L);
            assertThat(seen.hasContent(slot, i * 13L)).isTrue();
            assertThat(seen.hasContent(slot, i * 13L + 1)).isFalse();
        }
        assertThat(seen.find("src:P50000")).isEqualTo(-1);
        assertThat(seen.find("other:P1")).isEqualTo(-1);
    }

    @Test
    void keepsFurtherContentHashesOfAKey() {
        SeenIds seen = new SeenIds();
        seen.add("a:1", 99, 1);
        seen.add("a:2", 98, 2);
        int slot = seen.find("a:1");
        seen.addContent(slot, 10);
        seen.addContent(seen.find("a:1"), 11);
        assertThat(seen.hasContent(seen.find("a:1"), 1)).isTrue();
        assertThat(seen.hasContent(seen.find("a:1"), 10)).isTrue();
        assertThat(seen.hasContent(seen.find("a:1"), 11)).isTrue();
        assertThat(seen.hasContent(seen.find("a:2"), 10)).isFalse();
        assertThat(seen.identity(seen.find("a:1"))).isEqualTo(99);
    }
}
