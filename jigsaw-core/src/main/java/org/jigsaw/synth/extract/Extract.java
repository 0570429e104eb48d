package org.jigsaw.synth.extract;

import java.io.IOException;
import org.jigsaw.ingest.SourceDefinition;
import org.jigsaw.synth.ExtractContext;

/** One agency extract: writes its file(s) under {@code extracts/} and says how to read it. */
public interface Extract {
    /** The source name: prefixes record keys and names {@code sources/<name>.yaml}. */
    String name();

    SourceDefinition write(ExtractContext ctx) throws IOException;
}
