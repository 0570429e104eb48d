package org.jigsaw.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test method that takes a {@link TestArea} a server of its own over a fresh copy of the
 * standard area, stopped and removed when that test ends (JUnit closes what a test's store holds):
 * no test sees another's server, sessions, lock-outs, audit entries or review decisions.
 */
public final class OwnServer implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestArea.class && context.getTestMethod().isPresent();
    }

    @Override
    public TestArea resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(ExtensionContext.Namespace.create(OwnServer.class, context.getUniqueId()))
                .getOrComputeIfAbsent(TestArea.class, k -> serve(), TestArea.class);
    }

    private static TestArea serve() {
        try {
            return TestArea.standard();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the standard test area", e);
        }
    }
}
