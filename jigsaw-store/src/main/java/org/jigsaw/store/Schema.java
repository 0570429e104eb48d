package org.jigsaw.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The snapshot schema ({@code schema.sql}): the contract between the writer and every reader. */
public final class Schema {
    private static final Pattern CREATE = Pattern.compile("CREATE TABLE (\\w+)");
    private static final Map<String, String> TABLES = load();

    private Schema() {
    }

    /** Table name → its CREATE TABLE statement, in schema order. */
    public static Map<String, String> tables() {
        return TABLES;
    }

    public static Set<String> tableNames() {
        return TABLES.keySet();
    }

    public static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String ddl : TABLES.values()) s.execute(ddl);
        }
    }

    /** Creates the named tables unless they exist (for databases that are not full snapshots). */
    public static void ensure(Connection c, String... names) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String n : names) {
                String ddl = TABLES.get(n);
                if (ddl == null) throw new IllegalArgumentException("no table " + n + " in the schema");
                s.execute(ddl.replaceFirst("CREATE TABLE", "CREATE TABLE IF NOT EXISTS"));
            }
        }
    }

    /** Throws unless {@code name} is a snapshot table, so table names never carry SQL. */
    public static String checkTable(String name) {
        if (!TABLES.containsKey(name)) {
            throw new IllegalArgumentException("no table '" + name + "'; tables: " + String.join(", ", TABLES.keySet()));
        }
        return name;
    }

    private static Map<String, String> load() {
        try (InputStream in = Schema.class.getResourceAsStream("schema.sql")) {
            if (in == null) throw new IllegalStateException("schema.sql missing from the classpath");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            StringBuilder noComments = new StringBuilder();
            for (String line : text.split("\n")) {
                int dash = line.indexOf("--");
                noComments.append(dash >= 0 ? line.substring(0, dash) : line).append('\n');
            }
            Map<String, String> out = new LinkedHashMap<>();
            for (String stmt : noComments.toString().split(";")) {
                Matcher m = CREATE.matcher(stmt);
                if (m.find()) out.put(m.group(1), stmt.trim());
            }
            return java.util.Collections.unmodifiableMap(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
