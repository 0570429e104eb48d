package org.jigsaw.govern;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jigsaw.ingest.SourceDefinition;
import org.jigsaw.ingest.SourceDefinitions;

/** The sources governance is applied to, for any area (real or demo). */
public final class AreaSources {
    private AreaSources() {
    }

    /**
     * The definitions in {@code AREA/sources/*.yaml} that can be read. One that cannot is left out
     * here: ingest and {@code sources check} report it against its file, and it must not stop the
     * governance of the sources that are fine.
     */
    public static List<SourceDefinition> readable(Path areaDir) throws IOException {
        return SourceDefinitions.load(areaDir).sources().stream().map(SourceDefinitions.Parsed::definition).toList();
    }
}
