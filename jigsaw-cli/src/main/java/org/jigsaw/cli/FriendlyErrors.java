package org.jigsaw.cli;

import picocli.CommandLine;

/**
 * Turns an exception into one clear line on stderr (the full trace only with JIGSAW_DEBUG=1),
 * because analysts read these, and a stack trace may echo data it should not.
 */
final class FriendlyErrors implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        cl.getErr().println("jigsaw " + cl.getCommandName() + ": " + message(ex));
        if ("1".equals(System.getenv("JIGSAW_DEBUG"))) ex.printStackTrace(cl.getErr());
        return 1;
    }

    private static String message(Throwable ex) {
        Throwable t = ex;
        while (t.getMessage() == null && t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
