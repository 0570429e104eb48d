package org.jigsaw.ingest;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a source that arrives encoded (its definition has {@code encoding:}) may be read. Ingest
 * cannot judge an encoding itself: the privacy module answers, checking the partner's key check
 * value against the area's key file, and is handed in by whoever builds the stages.
 */
@FunctionalInterface
public interface EncodedSources {

    /** Why {@code def} must be refused (the message names no identifier), or empty to read it. */
    Optional<String> refusal(Path areaDir, SourceDefinition def);

    /** With nothing to check an encoding against, reading one unchecked is never safe: every one is refused. */
    EncodedSources REFUSE_ALL = (areaDir, def) -> Optional.of("source " + def.name()
            + " refused: encoded sources are read only by the privacy stages, which check the partner's key");
}
