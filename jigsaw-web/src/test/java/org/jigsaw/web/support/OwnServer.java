package org.jigsaw.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jigsaw.web.fixture.SnapshotFixture;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test method that takes a {@link TestArea} a server of its own over a fresh copy of an
 * area, stopped and removed when that test ends (JUnit closes what a test's store holds): no test
 * sees another's server, sessions, lock-outs, audit entries or review decisions. The area copied is
 * the standard one ({@code @ExtendWith(OwnServer.class)}) or one made once for the class
 * ({@code @RegisterExtension static final OwnServer SERVER = OwnServer.ofArea(400);}).
 */
public final class OwnServer implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(OwnServer.class);
    /** Children in the class's own area; 0 for the standard area. */
    private final int children;

    public OwnServer() {
        this(0);
    }

    private OwnServer(int children) {
        this.children = children;
    }

    /** An area of {@code children} made for the test class (seed 42) when it starts, removed when it ends. */
    public static OwnServer ofArea(int children) {
        if (children <= 0) throw new IllegalArgumentException("children must be positive");
        return new OwnServer(children);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (children > 0) context.getStore(NS).put(ClassArea.class, ClassArea.make(children));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestArea.class && context.getTestMethod().isPresent();
    }

    @Override
    public TestArea resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // the class's area is found through the method's store, which falls back on its class's
        SnapshotFixture.Made master = children > 0 ? context.getStore(NS).get(ClassArea.class, ClassArea.class).made() : TestArea.standardArea();
        return context.getStore(NS).getOrComputeIfAbsent(TestArea.class, k -> copy(master), TestArea.class);
    }

    private static TestArea copy(SnapshotFixture.Made master) {
        try {
            return TestArea.copyOf(master);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the test area", e);
        }
    }

    /** The class's own area, in a temporary folder JUnit has removed when the class's store closes. */
    private record ClassArea(SnapshotFixture.Made made, Path root) implements AutoCloseable {
        static ClassArea make(int children) throws Exception {
            Path root = Files.createTempDirectory("jigsaw-web-class");
            return new ClassArea(SnapshotFixture.make(root.resolve("area"), root.resolve("keys/keys.yaml"), children, 42), root);
        }

        @Override
        public void close() {
            Trees.delete(root);
        }
    }
}
