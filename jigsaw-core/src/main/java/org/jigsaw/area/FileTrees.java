package org.jigsaw.area;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Copies of folder trees: an area to a scratch place for a benchmark, a test or an encoded copy. */
public final class FileTrees {

    private FileTrees() {
    }

    /** Copies everything under {@code from} into {@code to}, replacing files already there. */
    public static void copy(Path from, Path to) throws IOException {
        copy(from, to, p -> true);
    }

    /** As {@link #copy(Path, Path)}, only the paths {@code include} accepts. */
    public static void copy(Path from, Path to, Predicate<Path> include) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (!include.test(p)) continue;
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
