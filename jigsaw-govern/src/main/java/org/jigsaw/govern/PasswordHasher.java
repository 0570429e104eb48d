package org.jigsaw.govern;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, unpadded base64), so the parameters
 * travel with each hash and can be raised later without invalidating stored accounts.
 *
 * <p>Argon2id is memory-hard: a stolen {@code users.yaml} costs an attacker memory as well as
 * time per guess. The default follows the OWASP minimum (19 MiB, 2 passes, 1 lane).
 */
public final class PasswordHasher {
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final int memoryKb;
    private final int iterations;
    private final int parallelism;
    private final SecureRandom random = new SecureRandom();

    public PasswordHasher() {
        this(19_456, 2, 1);
    }

    public PasswordHasher(int memoryKb, int iterations, int parallelism) {
        if (memoryKb < 8 * parallelism || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException("invalid Argon2 parameters");
        }
        this.memoryKb = memoryKb;
        this.iterations = iterations;
        this.parallelism = parallelism;
    }

    /** A new PHC string with a fresh random salt. The caller should wipe {@code password} afterwards. */
    public String hash(char[] password) {
        Objects.requireNonNull(password, "password");
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] out = derive(password, salt, memoryKb, iterations, parallelism, HASH_BYTES);
        return "$argon2id$v=19$m=" + memoryKb + ",t=" + iterations + ",p=" + parallelism
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(out);
    }

    /**
     * True when {@code password} matches {@code phc}. A malformed or non-Argon2id hash never
     * verifies (false, no exception), so a corrupt account cannot be logged into.
     */
    public boolean verify(char[] password, String phc) {
        if (password == null || phc == null) return false;
        String[] parts = phc.split("\\$");
        // "", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash
        if (parts.length != 6 || !parts[0].isEmpty() || !"argon2id".equals(parts[1]) || !"v=19".equals(parts[2])) {
            return false;
        }
        try {
            int m = -1, t = -1, p = -1;
            for (String kv : parts[3].split(",")) {
                String[] pair = kv.split("=", 2);
                int v = Integer.parseInt(pair[1]);
                switch (pair[0]) {
                    case "m" -> m = v;
                    case "t" -> t = v;
                    case "p" -> p = v;
                    default -> {
                        return false;
                    }
                }
            }
            // refuse absurd parameters in a tampered file rather than exhaust memory
            if (m < 8 || t < 1 || p < 1 || m > 4_194_304 || t > 100 || p > 64) return false;
            byte[] salt = B64D.decode(parts[4]);
            byte[] expected = B64D.decode(parts[5]);
            if (salt.length < 8 || expected.length < 16) return false;
            byte[] actual = derive(password, salt, m, t, p, expected.length);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return false;
        }
    }

    /** True when {@code phc} was made with weaker parameters than this hasher's (rehash on next login). */
    public boolean needsRehash(String phc) {
        String want = "m=" + memoryKb + ",t=" + iterations + ",p=" + parallelism;
        String[] parts = phc == null ? new String[0] : phc.split("\\$");
        return parts.length != 6 || !want.equals(parts[3]);
    }

    private static byte[] derive(char[] password, byte[] salt, int m, int t, int p, int len) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(m).withIterations(t).withParallelism(p)
                .withSalt(salt).build();
        Argon2BytesGenerator gen = new Argon2BytesGenerator();
        gen.init(params);
        java.nio.ByteBuffer encoded = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password));
        byte[] trimmed = new byte[encoded.remaining()];
        encoded.get(trimmed);
        Arrays.fill(encoded.array(), (byte) 0);
        byte[] out = new byte[len];
        gen.generateBytes(trimmed, out);
        Arrays.fill(trimmed, (byte) 0);
        return out;
    }
}
