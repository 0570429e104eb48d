package org.jigsaw.store;

import java.nio.file.Path;

/** A refresh was refused because another refresh of the same area holds the {@link RefreshLock}. */
public final class RefreshLockedException extends StoreException {
    public RefreshLockedException(Path lockFile) {
        super("another refresh of this area is running (" + lockFile + " is locked)");
    }
}
