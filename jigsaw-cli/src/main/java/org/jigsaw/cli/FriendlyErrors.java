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
        // the JDK says only the path, or "PATH (No such file or directory)": say what is wrong
        if (ex instanceof java.nio.file.NoSuchFileException n) return n.getReason() != null ? n.getReason() : "no such file: " + n.getFile();
        if (ex instanceof java.io.FileNotFoundException f && f.getMessage() != null && f.getMessage().endsWith("(No such file or directory)")) {
            return "no such file: " + f.getMessage().substring(0, f.getMessage().length() - "(No such file or directory)".length()).strip();
        }
        Throwable t = ex;
        while (t.getMessage() == null && t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
