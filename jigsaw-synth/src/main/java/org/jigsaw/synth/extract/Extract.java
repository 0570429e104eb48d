package org.jigsaw.synth.extract;

import java.io.IOException;
import java.util.List;
import org.jigsaw.synth.ExtractContext;

/** One agency extract: writes its file(s) under {@code extracts/} and says how to read it. */
public interface Extract {
    /** The extract's name: its main source's name, which prefixes record keys and names {@code sources/<name>.yaml}. */
    String name();

    /** Every source the extract's files are read as (a return's table set may be several). */
    default List<String> sources() {
        return List.of(name());
    }

    Written write(ExtractContext ctx) throws IOException;
}
