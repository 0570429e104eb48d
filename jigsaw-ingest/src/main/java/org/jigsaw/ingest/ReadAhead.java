package org.jigsaw.ingest;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.UnaryOperator;
import org.jigsaw.ingest.read.BadRowReason;
import org.jigsaw.ingest.read.RecordReader;
import org.jigsaw.ingest.read.Row;
import org.jigsaw.ingest.read.RowSink;

/**
 * Reads a file on a thread of its own while the calling thread validates and standardises the rows
 * it has already read: decoding and CSV parsing cost about as much as the rest of ingest, so on two
 * cores the two halves overlap. The sink still sees exactly what the reader produced, in file order,
 * on the calling thread (so {@link SourceLoader} stays single-threaded), and whatever the reader
 * throws is rethrown on the calling thread after the rows before it have been delivered: the
 * outcome is the same as reading inline. Memory stays bounded: at most {@link #DEPTH} batches of
 * {@link #BATCH} rows wait in the hand-off queue.
 */
final class ReadAhead {

    static final int BATCH = 512;
    static final int DEPTH = 16;

    private record Header(List<String> columns) {
    }

    private record Bad(long line, BadRowReason reason, String detail) {
    }

    private record Notice(String kind, String message) {
    }

    /** The reader finished (normally when {@code error} is null). Always the last item. */
    private record End(Throwable error) {
    }

    /** Unwinds the reader once the calling thread has stopped consuming. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("read cancelled", null, false, false);
        }
    }

    private ReadAhead() {
    }

    /** Whether a second thread can help: not on a single core, where it would only add hand-off cost. */
    static boolean worthwhile() {
        return Runtime.getRuntime().availableProcessors() > 1;
    }

    /**
     * Same contract as {@link RecordReader#read}, with the reading done on another thread. Each row
     * goes through {@code prepare} on the reading thread before it is handed over (work that needs
     * nothing from earlier rows, such as {@link SourceLoader#prepare}).
     */
    static void read(RecordReader reader, Path file, String label, RowSink sink, UnaryOperator<Row> prepare)
            throws IOException {
        BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(DEPTH);
        Producer producer = new Producer(queue, prepare);
        Thread t = new Thread(() -> producer.run(reader, file, label), "jigsaw-read-ahead");
        t.setDaemon(true);
        t.start();
        boolean finished = false;
        try {
            while (true) {
                Object[] batch = take(queue);
                for (Object item : batch) {
                    if (item == null) break;
                    if (item instanceof Row row) {
                        sink.row(row);
                    } else if (item instanceof Bad b) {
                        sink.bad(b.line(), b.reason(), b.detail());
                    } else if (item instanceof Header h) {
                        sink.header(h.columns());
                    } else if (item instanceof Notice n) {
                        sink.notice(n.kind(), n.message());
                    } else if (item instanceof End e) {
                        finished = true;
                        rethrow(e.error());
                        return;
                    }
                }
            }
        } finally {
            if (!finished) {
                // the sink threw (e.g. a required column is missing): stop the reader as reading inline would have
                producer.cancelled = true;
                t.interrupt();
            }
            join(t);
        }
    }

    private static Object[] take(BlockingQueue<Object[]> queue) throws InterruptedIOException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading");
        }
    }

    private static void join(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private static void rethrow(Throwable e) throws IOException {
        if (e == null) return;
        if (e instanceof IOException io) throw io;
        if (e instanceof RuntimeException re) throw re;
        if (e instanceof Error err) throw err;
        throw new IOException(e);
    }

    /** The reading side: a sink that batches what it receives into the queue. */
    private static final class Producer implements RowSink {
        private final BlockingQueue<Object[]> queue;
        private Object[] batch = new Object[BATCH];
        private int n;
        private final UnaryOperator<Row> prepare;
        volatile boolean cancelled;

        Producer(BlockingQueue<Object[]> queue, UnaryOperator<Row> prepare) {
            this.queue = queue;
            this.prepare = prepare;
        }

        void run(RecordReader reader, Path file, String label) {
            Throwable error = null;
            try {
                reader.read(file, label, this);
            } catch (Throwable e) { // handed to the calling thread, which decides what it means
                error = e;
            }
            if (cancelled) return;
            try {
                add(new End(error));
                flush();
            } catch (Cancelled e) {
                // the consumer has gone
            }
        }

        @Override
        public void header(List<String> columns) {
            add(new Header(columns));
            // the header is checked before any row is read, so a missing required column stops the read at once
            flush();
        }

        @Override
        public void row(Row row) {
            add(prepare.apply(row));
        }

        @Override
        public void bad(long line, BadRowReason reason, String detail) {
            add(new Bad(line, reason, detail));
        }

        @Override
        public void notice(String kind, String message) {
            add(new Notice(kind, message));
        }

        private void add(Object item) {
            if (cancelled) throw new Cancelled();
            batch[n++] = item;
            if (n == BATCH) flush();
        }

        private void flush() {
            if (n == 0) return;
            try {
                queue.put(batch);
            } catch (InterruptedException e) {
                throw new Cancelled();
            }
            batch = new Object[BATCH];
            n = 0;
        }
    }
}
