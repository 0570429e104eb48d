package org.jigsaw.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;

/**
 * The files a command reads, checked before any work: a mistyped path is said as
 * {@code no such file: PATH} at once, not as a bare path or a stack trace minutes into a run.
 */
final class InputFiles {

    private InputFiles() {
    }

    /** Each non-null path must be a readable regular file. */
    static void require(Path... files) throws NoSuchFileException {
        for (Path f : files) {
            if (f == null) continue;
            if (Files.isDirectory(f)) throw new NoSuchFileException(f.toString(), null, "not a file but a folder: " + f);
            if (!Files.isRegularFile(f)) throw new NoSuchFileException(f.toString(), null, "no such file: " + f);
        }
    }

    static void require(Collection<Path> files) throws NoSuchFileException {
        if (files != null) require(files.toArray(Path[]::new));
    }
}
