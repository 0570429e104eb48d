package org.jigsaw.web.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jigsaw.web.DashboardServer;
import org.jigsaw.web.Dashboards;
import org.jigsaw.web.WebSettings;
import org.jigsaw.web.fixture.SnapshotFixture;

/**
 * A real dashboard on a free 127.0.0.1 port over one area, stopped when the test closes it (use it
 * in a try-with-resources, one per test). Making an area is the slow part, so a test class makes
 * it once and each test serves a {@link #copyOf copy}: the server and everything a request may
 * write (audit log, review decisions, CURRENT) are the test's own.
 */
public final class TestArea implements AutoCloseable {
    public final SnapshotFixture.Made made;
    public final DashboardServer server;
    /** The folder this fixture copied the area into and removes on close; null when the area is the caller's. */
    private final Path copy;

    private TestArea(SnapshotFixture.Made made, DashboardServer server, Path copy) {
        this.made = made;
        this.server = server;
        this.copy = copy;
    }

    /** The standard 3,000-child area, made once per JVM and never served itself; copy it to serve it. */
    public static SnapshotFixture.Made standardArea() {
        return Standard.MADE;
    }

    /** A server of the test's own over a fresh copy of the standard area. */
    public static TestArea standard() throws IOException {
        return copyOf(Standard.MADE);
    }

    /** Makes an area of {@code children} under {@code root} and serves it (the area stays, under the caller's folder). */
    public static TestArea create(Path root, int children) throws Exception {
        return serve(SnapshotFixture.make(root.resolve("area"), root.resolve("keys/keys.yaml"), children, 42));
    }

    /** A dashboard over an area already made (e.g. after a test changed its agreements); it reads the area's files as it starts. */
    public static TestArea serve(SnapshotFixture.Made made) {
        return new TestArea(made, start(made), null);
    }

    /**
     * Serves a copy of {@code master} (its area and its key folder, as {@link SnapshotFixture#make} lays
     * them out side by side) in a new temporary folder, removed on close; {@code master} is not touched.
     */
    public static TestArea copyOf(SnapshotFixture.Made master) throws IOException {
        Path from = master.area().getParent();
        if (!from.equals(master.keyFile().getParent().getParent())) throw new IllegalArgumentException("area and keys are not side by side");
        Path to = Files.createTempDirectory("jigsaw-web-test");
        Trees.copy(from, to);
        List<Path> snapshots = master.snapshots().stream().map(s -> to.resolve(from.relativize(s))).toList();
        SnapshotFixture.Made made = new SnapshotFixture.Made(to.resolve(from.relativize(master.area())), to.resolve(from.relativize(master.keyFile())),
                snapshots, master.referenceDate());
        try {
            return new TestArea(made, start(made), to);
        } catch (RuntimeException e) {
            Trees.delete(to);
            throw e;
        }
    }

    private static DashboardServer start(SnapshotFixture.Made made) {
        return Dashboards.create(WebSettings.of(made.area(), "127.0.0.1", 0), made.keyFile(), null).start();
    }

    public String base() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public void close() {
        server.close();
        if (copy != null) Trees.delete(copy);
    }

    /** Made on first use, by the first test that asks: the holder idiom keeps it final and made once. */
    private static final class Standard {
        static final SnapshotFixture.Made MADE = make();

        private static SnapshotFixture.Made make() {
            try {
                Path root = Files.createTempDirectory("jigsaw-web-standard");
                return SnapshotFixture.make(root.resolve("area"), root.resolve("keys/keys.yaml"), 3000, 42);
            } catch (Exception e) {
                throw new IllegalStateException("cannot make the standard test area", e);
            }
        }
    }
}
