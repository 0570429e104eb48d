package org.jigsaw.govern;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.apache.commons.codec.digest.HmacAlgorithms;
import org.apache.commons.codec.digest.HmacUtils;

/**
 * The default pseudonymiser: HMAC-SHA256 of the person ID under a 256-bit key kept in
 * {@code AREA/.keys/person-id.key} (hex; created on first use, owner-only permissions). Whoever
 * holds the key can re-identify, so the key never leaves the area folder; governance replaces this
 * with one key per data-sharing agreement.
 */
public final class KeyFilePersonIdPseudonymiser implements PersonIdPseudonymiser {
    public static final String KEY_FILE = ".keys/person-id.key";
    private final HmacUtils hmac;

    public KeyFilePersonIdPseudonymiser(byte[] key) {
        if (key.length < 32) throw new IllegalArgumentException("a pseudonymisation key needs at least 256 bits");
        this.hmac = new HmacUtils(HmacAlgorithms.HMAC_SHA_256, key);
    }

    /** The area's key, created if the area has none yet. */
    public static KeyFilePersonIdPseudonymiser forArea(Path areaDir) throws IOException {
        Path file = areaDir.resolve(KEY_FILE);
        if (!Files.isRegularFile(file)) {
            Files.createDirectories(file.getParent());
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Path tmp = Files.createTempFile(file.getParent(), "person-id", ".tmp");
            restrict(tmp);
            Files.writeString(tmp, HexFormat.of().formatHex(key) + "\n");
            try {
                Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                Files.deleteIfExists(tmp);
            }
        }
        return new KeyFilePersonIdPseudonymiser(HexFormat.of().parseHex(Files.readString(file).trim()));
    }

    @Override
    public String pseudonym(String personId) {
        return hmac.hmacHex(personId);
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's ACL governs
        }
    }
}
