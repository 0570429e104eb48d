package org.jigsaw.schedule;

/**
 * A short, single-line reason for the log and the dashboard: the exception's message and its
 * root cause's. Jigsaw's own messages name files, sources and stages, not children.
 */
final class FailureReason {

    static final int MAX = 500;

    private FailureReason() {
    }

    static String of(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = describe(t);
        if (root != t) {
            String cause = describe(root);
            if (!reason.contains(cause)) {
                reason = reason + " (cause: " + cause + ")";
            }
        }
        reason = reason.replaceAll("\\s+", " ").trim();
        return reason.length() > MAX ? reason.substring(0, MAX - 1) + "…" : reason;
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }
}
