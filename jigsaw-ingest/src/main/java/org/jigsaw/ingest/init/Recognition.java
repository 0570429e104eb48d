package org.jigsaw.ingest.init;

import java.nio.file.Path;
import java.util.Map;

/** What {@link ReturnRecogniser} made of one file (a workbook may hold several lists). */
public sealed interface Recognition permits Recognition.Known, Recognition.Unknown {

    Path file();

    /**
     * @param table  which return table the file (or some of its sheets) is
     * @param detail what else was read from it, for the person running init ("schema year 2024", a sheet list)
     * @param params template parameters the file decides ({@code sheets}, {@code header_row}, {@code reference_date_path})
     */
    record Known(Path file, ReturnTable table, String detail, Map<String, String> params) implements Recognition {
        public Known {
            params = Map.copyOf(params);
        }
    }

    /** @param why in plain words, e.g. "no header matches a known return" */
    record Unknown(Path file, String why) implements Recognition {
    }
}
