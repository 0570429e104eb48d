package org.jigsaw.progress;

/**
 * Progress of a long step. The CLI shows a bar on a terminal and plain log lines otherwise;
 * algorithms only report, never print.
 */
public interface Progress {

    /** A task of {@code total} units (or -1 when unknown) begins. */
    Task start(String name, long total);

    interface Task extends AutoCloseable {
        void stepBy(long n);

        @Override
        void close();
    }

    Progress NONE = (name, total) -> new Task() {
        @Override
        public void stepBy(long n) {
        }

        @Override
        public void close() {
        }
    };
}
