package org.jigsaw.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Output with personal data is written into a hidden folder beside its destination and moved
 * into place only after its audit entry is on disk: when the audit fails, {@link #close} removes
 * everything written (and the destination folder, if it made it), so no unaudited file is left.
 */
final class StagedOutput implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private final boolean madeTarget;
    private boolean published;

    private StagedOutput(Path target, Path staging, boolean madeTarget) {
        this.target = target;
        this.staging = staging;
        this.madeTarget = madeTarget;
    }

    /** Stages files bound for {@code targetDir} (created if absent) on the same file system, so moves are atomic. */
    static StagedOutput in(Path targetDir) throws IOException {
        Path dir = targetDir.toAbsolutePath().normalize();
        boolean made = !Files.isDirectory(dir);
        Files.createDirectories(dir);
        return new StagedOutput(dir, Files.createTempDirectory(dir, ".staging-"), made);
    }

    /** Where to write: files here are not yet at their destination. */
    Path dir() {
        return staging;
    }

    /** Where a staged file ends up. */
    Path destination(Path staged) {
        return target.resolve(staged.getFileName());
    }

    /** Moves every staged file into place, each in one atomic step; call only once the audit entry is written. */
    List<Path> publish() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(staging)) {
            for (Path f : files.sorted().toList()) {
                out.add(Files.move(f, destination(f), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE));
            }
        }
        published = true;
        return out;
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> s = Files.walk(staging)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
        if (!published && madeTarget) {
            try (Stream<Path> left = Files.list(target)) {
                if (left.findAny().isEmpty()) Files.delete(target);
            }
        }
    }
}
