package org.jigsaw.cli.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary folder only its owner can enter ({@code rwx------}), deleted with everything in it
 * on {@link #close()}: the records exchanged with the Spark engine are personal data, so they
 * must neither be readable by other users of the machine nor outlive the run.
 */
public final class PrivateTempDir implements AutoCloseable {

    private final Path path;
    /** Deletes the folder if the JVM exits (Ctrl-C) before {@link #close()}. */
    private final Thread onExit;

    private PrivateTempDir(Path path) {
        this.path = path;
        this.onExit = new Thread(this::delete, "delete " + path.getFileName());
        Runtime.getRuntime().addShutdownHook(onExit);
    }

    public static PrivateTempDir create(String prefix) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new PrivateTempDir(Files.createTempDirectory(prefix,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))));
        }
        // not POSIX (Windows): the user's temp folder is already private to them
        return new PrivateTempDir(Files.createTempDirectory(prefix));
    }

    public Path path() {
        return path;
    }

    /** Deletes the folder and its contents, deepest first. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
        delete();
    }

    private void delete() {
        if (!Files.exists(path)) return;
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the temporary folder " + path + ": " + e.getMessage(), e);
        }
    }
}
