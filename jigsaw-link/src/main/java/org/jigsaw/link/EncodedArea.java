package org.jigsaw.link;

import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.spec.LinkSpec;

/**
 * An area whose refresh includes encoded sources: encodings compare only with encodings, so the
 * whole table is linked encoded, under the spec translated to encodings. Made by the privacy
 * module (see {@link EncodedAreas}).
 */
public interface EncodedArea {

    /** The area's link spec on encodings. */
    LinkSpec spec(LinkSpec clear);

    /** {@code table} with every clear value encoded as the partners encoded theirs, plus keyed blocking columns of {@code clearSpec}. */
    RecordTable encode(RecordTable table, LinkSpec clearSpec);
}
