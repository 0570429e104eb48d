package org.jigsaw.link.incremental;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * What an incremental run reuses from the previous one: the linked rows (key and fingerprint) and
 * every candidate pair's comparison vector, valid for one link-spec fingerprint.
 *
 * <p>Stored as a plain binary file beside the snapshots ({@code snapshots/link-cache.bin}); it
 * holds record keys and hashes, never names or identifiers. Written to a temporary file and
 * renamed, so a crash leaves either the old cache or the new one. About 16 bytes per pair.
 *
 * @param pairs    candidate pairs (rows of this cache), sorted ascending
 * @param patterns comparison vector of {@code pairs[p]}
 */
public record LinkCache(String specFingerprint, String[] keys, long[] fingerprints, long[] pairs, long[] patterns) {

    private static final int MAGIC = 0x4A4C4331; // "JLC1"

    public static final String FILE = "link-cache.bin";

    public int rows() {
        return keys.length;
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20))) {
            out.writeInt(MAGIC);
            out.writeUTF(specFingerprint);
            out.writeInt(keys.length);
            for (int i = 0; i < keys.length; i++) {
                out.writeUTF(keys[i]);
                out.writeLong(fingerprints[2 * i]);
                out.writeLong(fingerprints[2 * i + 1]);
            }
            out.writeInt(pairs.length);
            for (long p : pairs) {
                out.writeLong(p);
            }
            for (long p : patterns) {
                out.writeLong(p);
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The cache in {@code file}, or null when there is none or it is unreadable (then the run compares everything). */
    public static LinkCache read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
            if (in.readInt() != MAGIC) {
                return null;
            }
            String spec = in.readUTF();
            int n = in.readInt();
            String[] keys = new String[n];
            long[] fp = new long[2 * n];
            for (int i = 0; i < n; i++) {
                keys[i] = in.readUTF();
                fp[2 * i] = in.readLong();
                fp[2 * i + 1] = in.readLong();
            }
            int m = in.readInt();
            long[] pairs = new long[m];
            long[] patterns = new long[m];
            for (int p = 0; p < m; p++) {
                pairs[p] = in.readLong();
            }
            for (int p = 0; p < m; p++) {
                patterns[p] = in.readLong();
            }
            return new LinkCache(spec, keys, fp, pairs, patterns);
        } catch (IOException | RuntimeException e) {
            return null; // a damaged cache only costs speed
        }
    }
}
