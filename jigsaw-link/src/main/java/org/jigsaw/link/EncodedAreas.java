package org.jigsaw.link;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds how an area's encoded sources are linked. Link knows no encoding: the privacy module
 * implements this and is handed in by whoever builds the stages.
 */
@FunctionalInterface
public interface EncodedAreas {

    /** The area's encoding, or empty when no source of it arrives encoded (or every one was refused). */
    Optional<EncodedArea> forArea(Path areaDir) throws IOException;

    /**
     * Every area linked in the clear. {@link AreaLinkInput} refuses records of an encoded source
     * under it, since comparing encodings as clear text would link nobody and say nothing.
     */
    EncodedAreas NONE = areaDir -> Optional.empty();
}
