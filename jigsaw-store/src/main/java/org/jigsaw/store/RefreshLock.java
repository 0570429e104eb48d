package org.jigsaw.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One refresh per area at a time (a scheduled one and a manual one must not clean up each other's
 * partial snapshot). An OS file lock, so a refresh that dies releases it with its process.
 */
final class RefreshLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private RefreshLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static RefreshLock acquire(Path snapshotDir) throws IOException {
        Files.createDirectories(snapshotDir);
        FileChannel ch = FileChannel.open(snapshotDir.resolve(".refresh.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock l;
        try {
            l = ch.tryLock();
        } catch (OverlappingFileLockException sameJvm) {
            l = null;
        }
        if (l == null) {
            ch.close();
            throw new StoreException("another refresh of this area is running (" + snapshotDir.resolve(".refresh.lock") + " is locked)");
        }
        return new RefreshLock(ch, l);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
