package org.jigsaw.link.compare;

import org.jigsaw.link.data.Column;
import org.jigsaw.link.data.Transforms;

/** Levels on UK postcodes in canonical form ("SW1A 1AA"). */
public final class PostcodeLevels {

    private PostcodeLevels() {
    }

    /** Same sector ("SW1A 1"): the same few streets. */
    public record Sector() implements Level {
        @Override
        public String label() {
            return "same_sector";
        }

        @Override
        public Test bind(Column c) {
            int[] m = c.derive("sector", Transforms::postcodeSector).map();
            return (a, b) -> m[a] >= 0 && m[a] == m[b];
        }
    }

    /** Same district ("SW1A"). */
    public record District() implements Level {
        @Override
        public String label() {
            return "same_district";
        }

        @Override
        public Test bind(Column c) {
            int[] m = c.derive("district", Transforms::postcodeDistrict).map();
            return (a, b) -> m[a] >= 0 && m[a] == m[b];
        }
    }
}
