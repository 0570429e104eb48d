package org.jigsaw.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * One refresh per area at a time (a scheduled one and a manual one must not clean up each other's
 * partial snapshot). An OS file lock, so a refresh that dies releases it with its process; that is
 * also how a reader tells a refresh that is still running from one that was killed
 * ({@link #isHeld}).
 */
public final class RefreshLock implements AutoCloseable {

    public static final String FILE = ".refresh.lock";

    /** Tries before a lock found taken counts as held: a reader's {@link #isHeld} probe takes it for microseconds. */
    private static final int TRIES = 10;
    private static final long RETRY_MILLIS = 20;

    // An OS file lock belongs to the whole process, and closing any channel on the file releases it
    // (POSIX), so this JVM must never open the lock file while it holds it. The files this JVM has
    // locked are therefore kept here, and acquiring, probing and releasing are serialised on the set.
    private static final Set<Path> HELD_HERE = new HashSet<>();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private RefreshLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws RefreshLockedException when another refresh of the area (in any process) holds the lock */
    public static RefreshLock acquire(Path snapshotDir) throws IOException {
        Files.createDirectories(snapshotDir);
        Path file = fileIn(snapshotDir);
        for (int attempt = 1; ; attempt++) {
            synchronized (HELD_HERE) {
                if (HELD_HERE.contains(file)) {
                    throw new RefreshLockedException(file);
                }
                FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock l = tryLock(ch, false);
                if (l != null) {
                    HELD_HERE.add(file);
                    return new RefreshLock(file, ch, l);
                }
                ch.close();
            }
            if (attempt == TRIES) {
                throw new RefreshLockedException(file);
            }
            try {
                Thread.sleep(RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RefreshLockedException(file);
            }
        }
    }

    /**
     * Whether a refresh of the area (in this process or another) holds the lock now. Takes a shared
     * lock for an instant to find out, which {@link #acquire} tolerates by retrying.
     */
    public static boolean isHeld(Path snapshotDir) {
        Path file = fileIn(snapshotDir);
        synchronized (HELD_HERE) {
            if (HELD_HERE.contains(file)) {
                return true;
            }
            if (!Files.exists(file)) {
                return false;
            }
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                FileLock probe = tryLock(ch, true);
                if (probe == null) {
                    return true;
                }
                probe.release();
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot tell whether a refresh is running: " + file + " cannot be read", e);
            }
        }
    }

    /** True while this lock is held and it is the one of {@code snapshotDir}. */
    public boolean guards(Path snapshotDir) {
        return lock.isValid() && file.equals(fileIn(snapshotDir));
    }

    private static Path fileIn(Path snapshotDir) {
        return snapshotDir.resolve(FILE).toAbsolutePath().normalize();
    }

    /** null when another process holds the file (or another channel of this JVM, which {@link #HELD_HERE} prevents) */
    private static FileLock tryLock(FileChannel ch, boolean shared) throws IOException {
        try {
            return ch.tryLock(0, Long.MAX_VALUE, shared);
        } catch (OverlappingFileLockException sameJvm) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (HELD_HERE) {
            try {
                lock.release();
            } finally {
                channel.close();
                HELD_HERE.remove(file);
            }
        }
    }
}
