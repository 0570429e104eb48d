package org.jigsaw.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jigsaw.progress.Progress;

/** One generated area shared by the file-level tests (generated once per JVM, deleted on exit). */
final class SynthAreaFixture {
    private static Path dir;

    private SynthAreaFixture() {
    }

    static synchronized Path area() {
        if (dir == null) {
            try {
                dir = Files.createTempDirectory("jigsaw-synth-test");
                Synthesizer.generate(new SynthOptions(8_000, 2026, 0), dir, Progress.NONE);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    private static void deleteQuietly(Path d) {
        try (var walk = Files.walk(d)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
