package org.jigsaw.privacy;

import java.nio.file.Path;
import org.jigsaw.ingest.AreaIngest;
import org.jigsaw.ingest.EncodedSources;
import org.jigsaw.keys.KeyFile;
import org.jigsaw.link.AreaLinker;
import org.jigsaw.link.EncodedAreas;
import org.jigsaw.link.compare.LevelKinds;
import org.jigsaw.link.incremental.IncrementalLinkStage;

/**
 * The standard stages with privacy-preserving linkage plugged in from above: ingest refuses an
 * encoded source whose key check value does not match the area's key file, and linkage encodes
 * the clear sources to match the encoded ones. Every composition root builds its stages here, so
 * none can forget the refusal; the key file is at {@code $JIGSAW_KEYS} or
 * {@code ~/.jigsaw/keys.yaml} unless named.
 */
public final class PprlStages {
    private PprlStages() {
    }

    /** Ingest that reads encoded sources only under the matching key. */
    public static AreaIngest ingest() {
        return ingest(KeyFile.defaultLocation());
    }

    public static AreaIngest ingest(Path keyFile) {
        return new AreaIngest(sources(keyFile));
    }

    /** The area linker, linking an area with encoded sources on encodings. */
    public static AreaLinker linker(LevelKinds kinds, Path keyFile) {
        return new AreaLinker(kinds, encodings(keyFile));
    }

    /** Incremental linkage (see {@link IncrementalLinkStage}) with the default key file. */
    public static IncrementalLinkStage incremental(LevelKinds kinds, boolean reuse) {
        return incremental(kinds, reuse, KeyFile.defaultLocation());
    }

    public static IncrementalLinkStage incremental(LevelKinds kinds, boolean reuse, Path keyFile) {
        return new IncrementalLinkStage(kinds, reuse, encodings(keyFile));
    }

    /** The refusal ingest asks about each encoded source. */
    public static EncodedSources sources(Path keyFile) {
        return (areaDir, def) -> AreaEncoding.refusal(areaDir, def, keyFile);
    }

    /** How engines other than the local one (Spark) find an area's encoding. */
    public static EncodedAreas encodings(Path keyFile) {
        return areaDir -> AreaEncoding.forArea(areaDir, keyFile).map(e -> e);
    }
}
