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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jigsaw.keys.KeyFile;

/**
 * The append-only, hash-chained audit log in {@code AREA/audit/audit.jsonl}: one JSON line per
 * access to data. Each entry carries the previous entry's hash and its own SHA-256 over that
 * hash and its fields; {@code audit/head.json} records the last entry, so removing lines from
 * the end is caught too. Because whoever can delete {@code audit/} can delete its head with it,
 * the head is also copied beside the key file, outside the area ({@link OutsideAnchor}), and
 * callers may pass further copies (each snapshot keeps one) to {@link #verify(Collection)}.
 * Appends from several processes (web server and CLI) are serialised with a file lock.
 */
public final class AuditLog {
    public static final String DIR = "audit";
    public static final String FILE = "audit.jsonl";
    static final String HEAD = "head.json";
    static final String GENESIS = "0".repeat(64);
    /** The action of the entry {@link #repair} appends. */
    public static final String REPAIR = "repair";

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
    private final OutsideAnchor outside;

    private AuditLog(Path dir, Clock clock, OutsideAnchor outside) {
        this.dir = dir;
        this.file = dir.resolve(FILE);
        this.clock = clock;
        this.outside = outside;
        this.monitor = MONITORS.computeIfAbsent(file.toAbsolutePath().normalize(), k -> new Object());
    }

    /**
     * The log of the area in {@code areaDir}; the {@code audit/} folder is created on first append.
     * The head is copied beside the default key file ({@code $JIGSAW_KEYS} or {@code ~/.jigsaw/keys.yaml})
     * when that file's directory exists.
     */
    public static AuditLog open(Path areaDir) {
        return open(areaDir, Clock.systemUTC());
    }

    public static AuditLog open(Path areaDir, Clock clock) {
        return open(areaDir, clock, KeyFile.defaultLocation().toAbsolutePath().getParent());
    }

    /** @param keyDir the key file's directory, where the head is copied; null for no outside copy */
    public static AuditLog open(Path areaDir, Clock clock, Path keyDir) {
        return new AuditLog(areaDir.resolve(DIR), clock, OutsideAnchor.of(areaDir, keyDir));
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

    /** The last entry as {@code audit/head.json} records it, for copying elsewhere (a snapshot keeps one). */
    public Optional<AuditAnchor> head() throws IOException {
        Path headFile = dir.resolve(HEAD);
        if (!Files.exists(headFile)) return Optional.empty();
        Head h = JSON.readValue(headFile.toFile(), Head.class);
        return Optional.of(new AuditAnchor("audit/head.json", h.seq(), h.hash()));
    }

    /** {@link #verify(Collection)} against the copy beside the key file only. */
    public AuditVerification verify() throws IOException {
        return verify(List.of());
    }

    /**
     * Walks the chain from the first line and names the first entry that was edited, removed or
     * moved; then checks that the head and every anchor (the copy beside the key file and {@code others})
     * name an entry the chain still holds.
     */
    public AuditVerification verify(Collection<AuditAnchor> others) throws IOException {
        List<AuditAnchor> anchors = new ArrayList<>(others);
        outside.read().ifPresent(anchors::add);
        Chain c = walk(anchors);
        if (c.problem != null) return broken(c.problemLine, c.problem);
        if (c.tornBytes > 0) {
            return broken(c.lines + 1, "the last line is torn (a write was cut off after " + c.tornBytes
                    + " bytes): run 'jigsaw audit repair AREA' to seal it");
        }
        String headProblem = headProblem(c);
        if (headProblem != null) return broken(Math.max(1, c.lines), headProblem);
        for (AuditAnchor a : anchors) {
            String p = anchorProblem(c, a);
            if (p != null) return broken(Math.max(1, Math.min(a.seq(), c.lines + 1)), p);
        }
        return new AuditVerification(true, c.lastSeq, 0, "", c.lastHash, c.repairs, anchors.size());
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
                    return appendLocked(events);
                }
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot write the audit log: " + ex.getMessage(), ex);
            }
        }
    }

    /**
     * Seals what a process killed mid-append leaves behind, without rewriting history: the bytes
     * of a torn last line are moved into {@code audit/torn-after-<seq>-<time>.part} (kept, named in
     * the log), and an entry with action {@value #REPAIR} records what was sealed, which also
     * brings a head left one write behind up to date. {@link #verify} then lists the repair.
     *
     * @return the repair entry, or empty when there is nothing to seal
     * @throws IllegalStateException when the log is damaged in a way a repair must not hide (an
     *                               edited, removed or reordered entry)
     */
    public Optional<AuditEntry> repair(String user) throws IOException {
        synchronized (monitor) {
            Files.createDirectories(dir);
            try (FileChannel lockChannel = FileChannel.open(dir.resolve(".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = lockChannel.lock()) {
                List<AuditAnchor> anchors = new ArrayList<>();
                outside.read().ifPresent(anchors::add);
                Chain c = walk(anchors);
                String refusal = c.problem != null ? "line " + c.problemLine + ": " + c.problem : null;
                Head head = readHead();
                boolean headBehind = head == null ? c.lastSeq > 0 : head.seq() < c.lastSeq;
                if (refusal == null && head != null) {
                    // a head at or behind the chain's end is what a cut-off write leaves; anything else is tampering
                    refusal = anchorProblem(c, new AuditAnchor("audit/head.json", head.seq(), head.hash()));
                }
                for (AuditAnchor a : anchors) if (refusal == null) refusal = anchorProblem(c, a);
                if (refusal != null) {
                    throw new IllegalStateException("the audit log is damaged before its end (" + refusal
                            + "); a repair seals only a torn last line. Restore audit/ from a backup");
                }
                if (c.tornBytes == 0 && !headBehind) return Optional.empty();
                String what;
                if (c.tornBytes > 0) {
                    String aside = "torn-after-" + c.lastSeq + "-"
                            + Instant.now(clock).toString().replace(":", "").replace(".", "") + ".part";
                    byte[] torn = tornTail(c.tornBytes);
                    Files.write(dir.resolve(aside), torn, StandardOpenOption.CREATE_NEW, StandardOpenOption.SYNC);
                    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                        ch.truncate(ch.size() - c.tornBytes);
                        ch.force(true);
                    }
                    what = "sealed a torn last line: " + torn.length + " bytes after entry " + c.lastSeq
                            + " (sha256 " + sha256(torn) + ") moved to audit/" + aside;
                } else {
                    what = "head brought from entry " + (head == null ? 0 : head.seq()) + " to entry " + c.lastSeq
                            + " (a write was cut off before the head was updated)";
                }
                return Optional.of(appendLocked(List.of(new AuditEvent(user, Role.ADMIN, "audit_repair", REPAIR, what, 0, true))).get(0));
            }
        }
    }

    private List<AuditEntry> appendLocked(List<AuditEvent> events) throws IOException {
        AuditEntry last = lastEntry();
        long seq = last == null ? 0 : last.seq();
        Optional<AuditAnchor> anchor = outside.read();
        if (anchor.isPresent() && anchor.get().seq() > seq) {
            // appending now would start a new history over the missing one and overwrite the evidence
            throw new IOException(anchorProblem(seq, anchor.get()) + "; restore audit/ from a backup before appending");
        }
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
        Head head = new Head(tail.seq(), tail.hash());
        Files.writeString(dir.resolve(HEAD), JSON.writeValueAsString(head) + "\n", StandardCharsets.UTF_8);
        outside.write(head);
        return out;
    }

    /** The chain as read: where it ends, what broke it, and the hashes of the entries anchors name. */
    private static final class Chain {
        long lines;
        long lastSeq;
        String lastHash = GENESIS;
        String problem;
        long problemLine;
        long tornBytes;
        final Map<Long, String> anchored = new HashMap<>();
        final List<String> repairs = new ArrayList<>();
    }

    private Chain walk(List<AuditAnchor> anchors) throws IOException {
        Chain c = new Chain();
        Head head = readHead();
        if (head != null) c.anchored.put(head.seq(), null);
        anchors.forEach(a -> c.anchored.put(a.seq(), null));
        if (!Files.exists(file)) return c;
        long unterminated = unterminatedTail();
        String prev = GENESIS;
        long expectSeq = 1;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            while (line != null) {
                String next = r.readLine();
                if (next == null && unterminated > 0) {
                    c.tornBytes = unterminated;
                    break;
                }
                c.lines++;
                AuditEntry e;
                try {
                    e = JSON.readValue(line, AuditEntry.class);
                } catch (JsonProcessingException ex) {
                    return fail(c, "not a valid audit entry (line damaged)");
                }
                if (e.hash() == null || !e.hash().equals(hash(e))) {
                    return fail(c, "entry " + e.seq() + " was altered: its content does not match its hash");
                }
                if (!prev.equals(e.prev())) {
                    return fail(c, "entry " + e.seq() + " does not follow the entry before it"
                            + (e.seq() > expectSeq ? " (entries " + expectSeq + ".." + (e.seq() - 1) + " missing)"
                            : e.seq() < expectSeq ? " (entries out of order)" : " (chain broken)"));
                }
                if (e.seq() != expectSeq) {
                    return fail(c, "entry " + e.seq() + " found where entry " + expectSeq + " was expected");
                }
                if (c.anchored.containsKey(e.seq())) c.anchored.put(e.seq(), e.hash());
                if (REPAIR.equals(e.action())) c.repairs.add("entry " + e.seq() + " (" + e.time() + ", " + e.user() + "): " + e.what());
                prev = e.hash();
                c.lastSeq = e.seq();
                c.lastHash = e.hash();
                expectSeq++;
                line = next;
            }
        }
        return c;
    }

    private static Chain fail(Chain c, String problem) {
        c.problem = problem;
        c.problemLine = c.lines;
        return c;
    }

    private String headProblem(Chain c) throws IOException {
        if (c.problem != null) return c.problem;
        Path headFile = dir.resolve(HEAD);
        if (!Files.exists(headFile)) {
            return c.lastSeq == 0 ? null : "audit/head.json is missing: the log's end cannot be checked; run 'jigsaw audit repair AREA'";
        }
        Head head = readHead();
        if (head == null) return "audit/head.json is damaged";
        if (!Files.exists(file) && head.seq() > 0) return "the log file is missing but its head records entries";
        if (head.seq() > c.lastSeq) {
            return "the log ends at entry " + c.lastSeq + " but its head records entry " + head.seq()
                    + ": entries were removed from the end";
        }
        if (head.seq() < c.lastSeq) {
            return "the log goes on to entry " + c.lastSeq + " after the entry its head records (" + head.seq()
                    + "): a write was cut off before the head was updated; run 'jigsaw audit repair AREA'";
        }
        return head.hash().equals(c.anchored.get(head.seq())) ? null : "entry " + head.seq() + " differs from the one its head records";
    }

    private static String anchorProblem(Chain c, AuditAnchor a) {
        if (a.seq() > c.lastSeq) return anchorProblem(c.lastSeq, a);
        if (a.seq() == 0) return null;
        return a.hash().equals(c.anchored.get(a.seq())) ? null
                : "entry " + a.seq() + " differs from the one " + a.where() + " recorded: the log was rewritten";
    }

    private static String anchorProblem(long lastSeq, AuditAnchor a) {
        return (lastSeq == 0 ? "the audit log is missing or empty" : "the log ends at entry " + lastSeq)
                + ", but " + a.where() + " recorded entry " + a.seq() + ": entries were deleted";
    }

    private Head readHead() throws IOException {
        Path headFile = dir.resolve(HEAD);
        if (!Files.exists(headFile)) return null;
        try {
            return JSON.readValue(headFile.toFile(), Head.class);
        } catch (JsonProcessingException ex) {
            return null;
        }
    }

    private static AuditVerification broken(long line, String problem) {
        return new AuditVerification(false, line - 1, line, problem, null);
    }

    /** Bytes after the last newline: a line whose write was cut off (0 when the file ends cleanly). */
    private long unterminatedTail() throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8192);
            long pos = size;
            while (pos > 0) {
                int n = (int) Math.min(b.capacity(), pos);
                pos -= n;
                b.clear().limit(n);
                ch.read(b, pos);
                for (int i = n - 1; i >= 0; i--) {
                    if (b.get(i) == '\n') return size - (pos + i + 1);
                }
            }
            return size;
        }
    }

    private byte[] tornTail(long bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(Math.toIntExact(bytes));
            ch.read(b, ch.size() - bytes);
            return b.array();
        }
    }

    private AuditEntry lastEntry() throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) return null;
        if (unterminatedTail() > 0) {
            throw new IOException("the audit log ends in a torn line (a write was cut off); run 'jigsaw audit repair AREA'");
        }
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

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
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
