package org.jigsaw.govern;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The audit head copied into the key file's directory, which lives outside the area: whoever can
 * delete or rewrite the area's {@code audit/} folder cannot also reset this copy from inside the
 * area. One file per area, named after the area folder and a digest of its absolute path, so
 * areas sharing one key directory do not overwrite each other.
 */
final class OutsideAnchor {
    static final String DIR = "audit-anchors";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path keyDir;
    private final Path file;

    private OutsideAnchor(Path keyDir, Path file) {
        this.keyDir = keyDir;
        this.file = file;
    }

    /** The anchor of {@code areaDir} under {@code keyDir}; none when {@code keyDir} is null. */
    static OutsideAnchor of(Path areaDir, Path keyDir) {
        if (keyDir == null) return new OutsideAnchor(null, null);
        Path abs = areaDir.toAbsolutePath().normalize();
        String name = (abs.getFileName() == null ? "area" : abs.getFileName().toString()) + "-" + digest(abs.toString());
        return new OutsideAnchor(keyDir, keyDir.resolve(DIR).resolve(name + ".json"));
    }

    /** Whether a copy is kept at all: only where the key file's directory exists. */
    boolean active() {
        return keyDir != null && Files.isDirectory(keyDir);
    }

    Optional<AuditAnchor> read() throws IOException {
        if (file == null || !Files.isRegularFile(file)) return Optional.empty();
        AuditLog.Head h = JSON.readValue(file.toFile(), AuditLog.Head.class);
        return Optional.of(new AuditAnchor("the copy beside the key file (" + file + ")", h.seq(), h.hash()));
    }

    void write(AuditLog.Head head) throws IOException {
        if (!active()) return;
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, JSON.writeValueAsString(head) + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String digest(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
