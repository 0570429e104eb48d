package org.jigsaw.synth.extract;

import java.nio.file.Path;
import java.util.List;
import org.jigsaw.ingest.SourceDefinition;

/** What an extract wrote, and how it is to be read. */
public sealed interface Written {

    /** A local extract with a definition of its own. */
    record Definition(SourceDefinition definition) implements Written {
    }

    /**
     * A statutory return in its published layout: its definitions are the shipped templates, written
     * by {@code sources init} from these files, exactly as an analyst's own files would be read.
     */
    record Return(List<Path> files) implements Written {
        public Return {
            files = List.copyOf(files);
        }
    }
}
