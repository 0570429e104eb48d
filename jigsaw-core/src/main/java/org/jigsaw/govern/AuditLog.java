package org.jigsaw.govern;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The append-only, hash-chained audit log in {@code AREA/audit/audit.jsonl}: one JSON line per
 * access to data. Each entry carries the previous entry's hash and its own SHA-256 over that
 * hash and its fields; {@code audit/head.json} records the last entry, so removing lines from
 * the end is caught too. Appends from several processes (web server and CLI) are serialised
 * with a file lock.
 */
public final class AuditLog {
    public static final String DIR = "audit";
    public static final String FILE = "audit.jsonl";
    static final String HEAD = "head.json";
    static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.ALWAYS);

    /**
     * One monitor per log file in this JVM. File locks are held per JVM, not per thread, so two
     * AuditLog objects on the same area (web server and an export thread) must also agree in-process
     * or the second lock attempt fails with OverlappingFileLockException.
     */
    private static final java.util.concurrent.ConcurrentHashMap<Path, Object> MONITORS = new java.util.concurrent.ConcurrentHashMap<>();

    private final Path dir;
    private final Path file;
    private final Clock clock;
    private final Object monitor;

    private AuditLog(Path dir, Clock clock) {
        this.dir = dir;
        this.file = dir.resolve(FILE);
        this.clock = clock;
        this.monitor = MONITORS.computeIfAbsent(file.toAbsolutePath().normalize(), k -> new Object());
    }

    /** The log of the area in {@code areaDir}; the {@code audit/} folder is created on first append. */
    public static AuditLog open(Path areaDir) {
        return open(areaDir, Clock.systemUTC());
    }

    public static AuditLog open(Path areaDir, Clock clock) {
        return new AuditLog(areaDir.resolve(DIR), clock);
    }

    public Path file() {
        return file;
    }

    /** Appends one entry and returns it with its sequence number and hash. */
    public AuditEntry append(AuditEvent event) {
        return appendAll(List.of(event)).get(0);
    }

    /** Every entry, in order; lines that do not parse are skipped (use {@link #verify()} to find them). */
    public List<AuditEntry> entries() throws IOException {
        List<AuditEntry> out = new ArrayList<>();
        if (!Files.exists(file)) return out;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) continue;
                try {
                    out.add(JSON.readValue(line, AuditEntry.class));
                } catch (JsonProcessingException e) {
                    // skipped here, reported by verify()
                }
            }
        }
        return out;
    }

    /** Walks the chain from the first line and names the first entry that was edited, removed or moved. */
    public AuditVerification verify() throws IOException {
        if (!Files.exists(file)) {
            if (Files.exists(dir.resolve(HEAD))) {
                return new AuditVerification(false, 0, 1, "the log file is missing but its head records entries", GENESIS);
            }
            return new AuditVerification(true, 0, 0, "", GENESIS);
        }
        String prev = GENESIS;
        long expectSeq = 1;
        long lineNo = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                AuditEntry e;
                try {
                    e = JSON.readValue(line, AuditEntry.class);
                } catch (JsonProcessingException ex) {
                    return broken(lineNo, "not a valid audit entry (line damaged)");
                }
                if (e.hash() == null || !e.hash().equals(hash(e))) {
                    return broken(lineNo, "entry " + e.seq() + " was altered: its content does not match its hash");
                }
                if (!prev.equals(e.prev())) {
                    return broken(lineNo, "entry " + e.seq() + " does not follow the entry before it"
                            + (e.seq() > expectSeq ? " (entries " + expectSeq + ".." + (e.seq() - 1) + " missing)"
                            : e.seq() < expectSeq ? " (entries out of order)" : " (chain broken)"));
                }
                if (e.seq() != expectSeq) {
                    return broken(lineNo, "entry " + e.seq() + " found where entry " + expectSeq + " was expected");
                }
                prev = e.hash();
                expectSeq++;
            }
        }
        Path headFile = dir.resolve(HEAD);
        if (Files.exists(headFile)) {
            Head head;
            try {
                head = JSON.readValue(headFile.toFile(), Head.class);
            } catch (JsonProcessingException ex) {
                return broken(lineNo + 1, "audit/head.json is damaged");
            }
            if (head.seq() != expectSeq - 1 || !head.hash().equals(prev)) {
                return broken(Math.min(lineNo + 1, head.seq()), "the log ends at entry " + (expectSeq - 1)
                        + " but its head records entry " + head.seq() + ": entries were removed from the end");
            }
        }
        return new AuditVerification(true, expectSeq - 1, 0, "", prev);
    }

    /**
     * Appends several entries under one lock and one synced write (group commit): a busy web
     * server audits every request without paying one disk sync per request. The entries chain
     * exactly as if appended one by one. An access that cannot be audited must not go ahead, so a
     * write failure is thrown to the caller.
     */
    public List<AuditEntry> appendAll(List<AuditEvent> events) {
        if (events.isEmpty()) return List.of();
        synchronized (monitor) {
            try {
                Files.createDirectories(dir);
                try (FileChannel lockChannel = FileChannel.open(dir.resolve(".lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock ignored = lockChannel.lock()) {
                    AuditEntry last = lastEntry();
                    long seq = last == null ? 0 : last.seq();
                    String prev = last == null ? GENESIS : last.hash();
                    List<AuditEntry> out = new ArrayList<>(events.size());
                    StringBuilder lines = new StringBuilder();
                    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
                    for (AuditEvent event : events) {
                        AuditEntry e = new AuditEntry(++seq, now, event.user(), event.role() == null ? null : event.role().key(),
                                event.purpose(), event.action(), event.what(), event.rows(), event.allowed(), prev, null);
                        e = e.withHash(hash(e));
                        prev = e.hash();
                        lines.append(JSON.writeValueAsString(e)).append('\n');
                        out.add(e);
                    }
                    Files.writeString(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                            StandardOpenOption.APPEND, StandardOpenOption.SYNC);
                    AuditEntry tail = out.get(out.size() - 1);
                    Files.writeString(dir.resolve(HEAD), JSON.writeValueAsString(new Head(tail.seq(), tail.hash())) + "\n",
                            StandardCharsets.UTF_8);
                    return out;
                }
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot write the audit log: " + ex.getMessage(), ex);
            }
        }
    }

    private static AuditVerification broken(long line, String problem) {
        return new AuditVerification(false, line - 1, line, problem, null);
    }

    private AuditEntry lastEntry() throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) return null;
        // read backwards to the start of the last line, so appends stay cheap on a long log
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            long pos = size;
            java.io.ByteArrayOutputStream rev = new java.io.ByteArrayOutputStream();
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(1);
            boolean seenContent = false;
            while (pos > 0) {
                pos--;
                b.clear();
                ch.read(b, pos);
                byte c = b.get(0);
                if (c == '\n') {
                    if (seenContent) break;
                    continue;
                }
                seenContent = true;
                rev.write(c);
            }
            byte[] bytes = rev.toByteArray();
            for (int i = 0, j = bytes.length - 1; i < j; i++, j--) {
                byte t = bytes[i];
                bytes[i] = bytes[j];
                bytes[j] = t;
            }
            try {
                return JSON.readValue(bytes, AuditEntry.class);
            } catch (JsonProcessingException e) {
                throw new IOException("the last audit entry is damaged; run 'jigsaw audit verify' before appending", e);
            }
        }
    }

    static String hash(AuditEntry e) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((e.prev() == null ? "" : e.prev()).getBytes(StandardCharsets.US_ASCII));
            md.update((byte) '\n');
            md.update(JSON.writeValueAsBytes(e.withoutHash()));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    record Head(long seq, String hash) {
    }
}
