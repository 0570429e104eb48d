package org.jigsaw.synth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jigsaw.area.Area;
import org.jigsaw.area.AreaConfig;
import org.jigsaw.ingest.SourceDefinition;
import org.jigsaw.ingest.init.SourcesInit;

/**
 * Writes {@code area.yaml} and {@code sources/*.yaml} from the shared contract records, so what
 * the generator writes is exactly what {@link Area#yaml()} reads back.
 */
public final class AreaFiles {
    private AreaFiles() {
    }

    static ObjectMapper writer() {
        // Strings stay quoted: unquoted 06 or 01 would read back as octal or integer scalars.
        ObjectMapper out = new ObjectMapper(YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build());
        out.registerModule(new JavaTimeModule());
        out.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        out.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        return out;
    }

    public static void writeArea(Path dir, AreaConfig config, String comment) throws IOException {
        Files.writeString(dir.resolve("area.yaml"), "# " + comment + "\n" + writer().writeValueAsString(config),
                StandardCharsets.UTF_8);
    }

    public static void writeSource(Path dir, SourceDefinition def, String comment) throws IOException {
        Path sources = dir.resolve("sources");
        Files.createDirectories(sources);
        Files.writeString(sources.resolve(def.name() + ".yaml"), "# " + comment + "\n" + writer().writeValueAsString(def),
                StandardCharsets.UTF_8);
    }

    /**
     * The definitions of the statutory returns: what {@code jigsaw sources init} writes for these
     * files (the shipped templates, filled in), so the synthetic area exercises the templates.
     * They carry no generator comment: they are byte for byte what init writes.
     */
    static void writeReturnSources(Path dir, List<Path> files, LocalDate extractDate) throws IOException {
        if (files.isEmpty()) return;
        SourcesInit.Outcome out = SourcesInit.run(dir, files, new SourcesInit.Options(extractDate, true, false, true));
        if (!out.complete()) throw new IllegalStateException("sources init did not take every synthetic return: " + out.lines());
    }
}
