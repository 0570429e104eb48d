package org.jigsaw.web.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jigsaw.govern.AuditEvent;
import org.jigsaw.govern.AuditLog;
import org.jigsaw.govern.AuditVerification;
import org.jigsaw.govern.Role;

/**
 * The dashboard's audit entries appended to the area's hash-chained {@link AuditLog}, with group
 * commit: concurrent requests hand their entries to one writer thread, which appends whatever has
 * queued up under one disk sync. {@link #record} returns only once its entry is on disk, so no
 * response leaves before its access is audited, and a failed write fails the request.
 */
public final class GovernAudit implements AuditTrail {
    private record Pending(AuditEvent event, java.util.concurrent.CompletableFuture<Void> done) {
    }

    private final AuditLog log;
    private final java.util.concurrent.BlockingQueue<Pending> queue = new java.util.concurrent.LinkedBlockingQueue<>(10_000);

    public GovernAudit(AuditLog log) {
        this.log = log;
        Thread writer = new Thread(this::write, "jigsaw-audit-writer");
        writer.setDaemon(true);
        writer.start();
    }

    private void write() {
        List<Pending> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, 999);
            try {
                log.appendAll(batch.stream().map(Pending::event).toList());
                batch.forEach(p -> p.done().complete(null));
            } catch (RuntimeException e) {
                batch.forEach(p -> p.done().completeExceptionally(e));
            }
            batch.clear();
        }
    }

    @Override
    public void record(AuditEntry e) {
        Role role = e.role() == null || e.role().isEmpty() ? null : Role.fromKey(e.role());
        Pending p = new Pending(new AuditEvent(e.user(), role, e.purpose(), e.action().toLowerCase(java.util.Locale.ROOT), e.what(),
                Math.max(0, e.rows()), "ALLOWED".equals(e.outcome())), new java.util.concurrent.CompletableFuture<>());
        try {
            queue.put(p);
            p.done().get();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the audit log", ex);
        } catch (java.util.concurrent.ExecutionException ex) {
            throw new UncheckedIOException("cannot write the audit log", new IOException(ex.getCause()));
        }
    }

    @Override
    public List<Map<String, Object>> recent(int limit) {
        return recent(limit, m -> true);
    }

    @Override
    public List<Map<String, Object>> recent(int limit, java.util.function.Predicate<Map<String, Object>> keep) {
        try {
            List<org.jigsaw.govern.AuditEntry> all = log.entries();
            List<Map<String, Object>> out = new ArrayList<>();
            for (int i = all.size() - 1; i >= 0 && out.size() < limit; i--) {
                org.jigsaw.govern.AuditEntry a = all.get(i);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("seq", a.seq());
                m.put("time", a.time().toString());
                m.put("user", a.user());
                m.put("role", a.role() == null ? "" : a.role());
                m.put("purpose", a.purpose() == null ? "" : a.purpose());
                m.put("action", a.action());
                m.put("what", a.what());
                m.put("rows", a.rows());
                m.put("allowed", a.allowed() ? "yes" : "no");
                if (keep.test(m)) out.add(m);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String verify() {
        try {
            AuditVerification v = log.verify();
            return v.intact() ? null : v.describe();
        } catch (IOException e) {
            return "cannot read the audit log: " + e.getMessage();
        }
    }
}
