package org.jigsaw.keys;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The secret keys of an area: one per data-sharing agreement (for pseudonyms) plus any linkage
 * keys shared with partners (for privacy-preserving linkage). Kept in a YAML file OUTSIDE the
 * area folder, so that copying, zipping or committing an area never carries its keys.
 *
 * <pre>
 * keys:
 *   send-joint-2026: 3q2+7w...   # base64, 256 bits
 *   linkage: 9s7d...
 * </pre>
 */
public final class KeyFile {
    public static final String LINKAGE = "linkage";
    private static final int KEY_BYTES = 32;

    private final Path path;
    private final Map<String, byte[]> keys;

    private KeyFile(Path path, Map<String, byte[]> keys) {
        this.path = path;
        this.keys = keys;
    }

    /** {@code $JIGSAW_KEYS}, else {@code ~/.jigsaw/keys.yaml}. */
    public static Path defaultLocation() {
        String env = System.getenv("JIGSAW_KEYS");
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of(System.getProperty("user.home"), ".jigsaw", "keys.yaml");
    }

    /** Reads a key file; a missing or unreadable file is an error, never "no keys". */
    public static KeyFile load(Path path) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(path.toString(), null,
                    "key file not found: " + path + " (create it with 'jigsaw keys init --file " + path + "'; nothing is written in clear text without a key)");
        }
        Map<String, byte[]> keys = new TreeMap<>();
        KeysYaml yaml;
        try {
            yaml = mapper().readValue(path.toFile(), KeysYaml.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw org.jigsaw.area.ConfigYaml.explain("key file " + path, e);
        }
        if (yaml == null || yaml.keys() == null) throw new IOException("key file " + path + " holds no keys");
        for (Map.Entry<String, String> e : yaml.keys().entrySet()) {
            byte[] k;
            try {
                k = Base64.getDecoder().decode(e.getValue().trim());
            } catch (IllegalArgumentException | NullPointerException ex) {
                throw new IOException("key file " + path + ": key '" + e.getKey() + "' is not base64");
            }
            if (k.length < 16) throw new IOException("key file " + path + ": key '" + e.getKey() + "' is shorter than 128 bits");
            keys.put(e.getKey(), k);
        }
        return new KeyFile(path, keys);
    }

    /**
     * Creates the key file, or adds keys for the names it does not have yet. Existing keys are never
     * replaced: that would silently change every pseudonym made with them.
     *
     * @return the names that were added
     */
    public static Collection<String> init(Path path, Collection<String> names) throws IOException {
        Map<String, byte[]> keys = new TreeMap<>();
        if (Files.exists(path)) keys.putAll(load(path).keys);
        SecureRandom random = new SecureRandom();
        java.util.List<String> added = new java.util.ArrayList<>();
        for (String n : names) {
            if (!n.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) throw new IllegalArgumentException("invalid key name '" + n + "'");
            if (keys.containsKey(n)) continue;
            byte[] k = new byte[KEY_BYTES];
            random.nextBytes(k);
            keys.put(n, k);
            added.add(n);
        }
        write(path, keys);
        return added;
    }

    private static void write(Path path, Map<String, byte[]> keys) throws IOException {
        Path abs = path.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = abs.resolveSibling("." + abs.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp);
        }
        Map<String, String> enc = new TreeMap<>();
        keys.forEach((k, v) -> enc.put(k, Base64.getEncoder().encodeToString(v)));
        String body = "# Jigsaw secret keys. Keep OUTSIDE the area folder, readable only by the service account.\n"
                + "# Losing a key makes its pseudonyms unrepeatable; leaking it makes them reversible by guessing.\n"
                + mapper().writeValueAsString(new KeysYaml(enc)).replaceFirst("^---\\s*\\n", "");
        Files.writeString(tmp, body);
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Refuses a key file that sits inside the area folder (it would travel with the area). */
    public static void requireOutside(Path keyFile, Path areaDir) {
        Path k = keyFile.toAbsolutePath().normalize();
        Path a = areaDir.toAbsolutePath().normalize();
        if (k.startsWith(a)) {
            throw new IllegalArgumentException("the key file must be outside the area folder (" + a
                    + "): anyone given a copy of the area would get the keys too");
        }
    }

    public Path path() {
        return path;
    }

    public Collection<String> names() {
        return java.util.List.copyOf(keys.keySet());
    }

    public Optional<byte[]> find(String name) {
        byte[] k = keys.get(name);
        return k == null ? Optional.empty() : Optional.of(k.clone());
    }

    /** The key named {@code name}; a clear error when it is missing. */
    public byte[] key(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no key '" + name + "' in key file " + path
                + " (add it with 'jigsaw keys init --file " + path + " --name " + name + "')"));
    }

    /** The key check value of key {@code name}, safe to show and share. */
    public String check(String name) {
        return KeyCheck.of(key(name));
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper(new YAMLFactory());
    }

    record KeysYaml(Map<String, String> keys) {
    }

    @Override
    public String toString() {
        return "KeyFile[" + path + ", " + keys.size() + " keys]";
    }
}
