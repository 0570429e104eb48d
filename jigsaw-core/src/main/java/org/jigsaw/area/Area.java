package org.jigsaw.area;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An area folder on disk and its {@code area.yaml}. */
public record Area(Path dir, AreaConfig config) {

    /** The YAML mapper every area file is read with: strict about unknown keys, dates as ISO. */
    public static ObjectMapper yaml() {
        return new ObjectMapper(new YAMLFactory())
                .registerModule(new JavaTimeModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    }

    public static Area open(Path dir) throws IOException {
        Path file = dir.resolve("area.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IOException("not an area folder (no area.yaml): " + dir);
        }
        AreaConfig config = ConfigYaml.read(file, "area.yaml", AreaConfig.class);
        if (config.referenceDate() == null) throw new ConfigFileException("area.yaml", 0, 0, AreaConfig.NO_REFERENCE_DATE, null);
        return new Area(dir, config);
    }
}
