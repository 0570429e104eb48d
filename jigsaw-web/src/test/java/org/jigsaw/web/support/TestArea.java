package org.jigsaw.web.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jigsaw.web.DashboardServer;
import org.jigsaw.web.Dashboards;
import org.jigsaw.web.WebSettings;
import org.jigsaw.web.fixture.SnapshotFixture;

/**
 * One fixture area and one running dashboard shared by the tests of a JVM (making the area and
 * hashing the demo passwords is the slow part). Tests that change the area make their own.
 */
public final class TestArea {
    private static TestArea shared;

    public final SnapshotFixture.Made made;
    public final DashboardServer server;

    private TestArea(SnapshotFixture.Made made, DashboardServer server) {
        this.made = made;
        this.server = server;
    }

    public static synchronized TestArea shared() {
        if (shared == null) {
            try {
                shared = create(Files.createTempDirectory("jigsaw-web-test"), 3000);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared.server::close));
        }
        return shared;
    }

    public static TestArea create(Path root, int children) throws Exception {
        return serve(SnapshotFixture.make(root.resolve("area"), root.resolve("keys/keys.yaml"), children, 42));
    }

    /** A dashboard over an area already made (e.g. after a test changed its agreements); it reads the area's files as it starts. */
    public static TestArea serve(SnapshotFixture.Made made) {
        DashboardServer server = Dashboards.create(WebSettings.of(made.area(), "127.0.0.1", 0), made.keyFile(), null).start();
        return new TestArea(made, server);
    }

    public String base() {
        return "http://127.0.0.1:" + server.port();
    }
}
