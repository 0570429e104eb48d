package org.jigsaw.area;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads the YAML files a person writes (area.yaml, sources/*.yaml, agreements, users, cohorts,
 * linkage and encoding specs) with {@link Area#yaml()}, and turns whatever the parser throws into
 * a {@link ConfigFileException}: file, line, column and the problem in plain words (unknown key,
 * wrong type, bad indentation…), never the parser's own text or a Java class name, which mean
 * nothing to the analyst who has to fix the file.
 */
public final class ConfigYaml {

    private ConfigYaml() {
    }

    /**
     * The file as {@code type}.
     *
     * @param label how the person knows the file, e.g. {@code sources/cin.yaml}
     * @throws ConfigFileException if it is not valid YAML, does not fit {@code type}, or is empty
     */
    public static <T> T read(Path file, String label, Class<T> type) throws IOException {
        T value;
        try {
            value = Area.yaml().readValue(file.toFile(), type);
        } catch (JacksonException e) {
            throw explain(label, e, file);
        }
        if (value == null) throw new ConfigFileException(label, 0, 0, "the file is empty", null);
        return value;
    }

    /** The file as a tree, for readers that check keys themselves (cohorts.yaml). */
    public static JsonNode readTree(Path file, String label) throws IOException {
        try {
            return Area.yaml().readTree(file.toFile());
        } catch (JacksonException e) {
            throw explain(label, e, file);
        }
    }

    /** The one-line, plain-words form of a parse or mapping error in {@code label}. */
    public static ConfigFileException explain(String label, JacksonException e) {
        return explain(label, e, null);
    }

    private static ConfigFileException explain(String label, JacksonException e, Path file) {
        if (file != null && isBlank(file)) return new ConfigFileException(label, 0, 0, "the file is empty", e);
        JsonLocation loc = e.getLocation();
        int line = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
        int column = loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
        MarkedYAMLException marked = marked(e);
        if (marked != null && marked.getProblemMark() != null) {
            MarkedYAMLException m = marked;
            line = m.getProblemMark().getLine() + 1;
            column = m.getProblemMark().getColumn() + 1;
        }
        if (e instanceof UnrecognizedPropertyException u && file != null) {
            // the parser reports where it stopped (past the key's value); the person wants the key itself
            int[] at = locateKey(file, u.getPropertyName());
            if (at != null) {
                line = at[0];
                column = at[1];
            }
        }
        return new ConfigFileException(label, line, column, problem(e), e);
    }

    /** Line and column (1-based) of the first line where {@code key} is written as a key, or null. */
    private static int[] locateKey(Path file, String key) {
        Pattern p = Pattern.compile("(?:^|[\\s{,-])(['\"]?)" + Pattern.quote(key) + "\\1\\s*:");
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = p.matcher(lines.get(i));
                if (m.find()) return new int[] {i + 1, m.start(1) + 1};
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    static String problem(JacksonException e) {
        MarkedYAMLException marked = marked(e);
        if (marked != null) return syntax(marked.getProblem() == null ? "" : marked.getProblem());
        if (e instanceof UnrecognizedPropertyException u) {
            Collection<Object> known = u.getKnownPropertyIds();
            String expected = known == null || known.isEmpty() ? ""
                    : " (expected one of: " + known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ")";
            return "unknown key '" + u.getPropertyName() + "'" + under(u.getPath(), 1) + expected;
        }
        if (e instanceof ValueInstantiationException v) {
            Throwable cause = v.getCause();
            String why = cause != null && cause.getMessage() != null && !cause.getMessage().isBlank()
                    ? cause.getMessage().lines().findFirst().orElse("") : "the values do not fit together";
            return why + under(v.getPath(), 0);
        }
        if (e instanceof InvalidFormatException f) {
            return key(f.getPath()) + ": '" + f.getValue() + "' is not " + kind(f.getTargetType());
        }
        if (e instanceof MismatchedInputException m) {
            if (m.getPath().isEmpty()) return "the file should be " + kind(m.getTargetType());
            return key(m.getPath()) + " should be " + kind(m.getTargetType());
        }
        if (e instanceof JsonMappingException j && !j.getPath().isEmpty()) {
            return key(j.getPath()) + " has a value of the wrong kind";
        }
        return "this is not valid YAML: check the indentation (spaces only), the ':' after each key and matching quotes";
    }

    /** The YAML syntax error behind {@code e}: thrown as is, or wrapped when it interrupted mapping a value. */
    private static MarkedYAMLException marked(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m) return m;
        }
        return null;
    }

    /** SnakeYAML's problem, said as what to fix. */
    private static String syntax(String p) {
        String s = p.toLowerCase(Locale.ROOT);
        if (s.contains("\\t") || s.contains("tab")) return "a tab character: indent with spaces only";
        if (s.contains("mapping values are not allowed")) {
            return "bad indentation or an unquoted ': ' inside a value (indent keys under their parent evenly; quote a value that holds ': ')";
        }
        if (s.contains("expected <block end>") || s.contains("did not find expected key")) {
            return "bad indentation: this line does not line up with the keys above it";
        }
        if (s.contains("did not find expected '-'")) return "bad indentation: list items ('- ') must line up under each other";
        if (s.contains("could not find expected ':'")) return "a key without ':' (or a line indented too far)";
        if (s.contains("found duplicate key") || s.contains("duplicate key")) return "a key appears twice";
        if (s.contains("end of stream") || s.contains("unexpected end")) {
            return "the file ends inside a quoted value or a [ ] / { } list: a closing quote or bracket is missing";
        }
        if (s.contains("expected ',' or ']'") || s.contains("expected ',' or '}'")) {
            return "a [ ] or { } list is not closed, or its items are not separated by ','";
        }
        if (s.contains("cannot start any token")) return "a value cannot start with this character: put the value in quotes";
        if (s.contains("alias")) return "a value starting with '*' or '&': put the value in quotes";
        return "this is not valid YAML: check the indentation (spaces only), the ':' after each key and matching quotes";
    }

    /** {@code 'format' → 'delimiter'}, {@code 'facts' → item 3 → 'type'}. */
    private static String key(List<JsonMappingException.Reference> path) {
        if (path.isEmpty()) return "the value";
        List<String> parts = new ArrayList<>();
        for (JsonMappingException.Reference r : path) {
            if (r.getFieldName() != null) parts.add("'" + r.getFieldName() + "'");
            else if (r.getIndex() >= 0) parts.add("item " + (r.getIndex() + 1));
        }
        return String.join(" → ", parts);
    }

    /** " under 'format'" for the part of the path above the last {@code drop} steps. */
    private static String under(List<JsonMappingException.Reference> path, int drop) {
        if (path.size() <= drop) return "";
        return " under " + key(path.subList(0, path.size() - drop));
    }

    /** The kind of value a Java type takes, as a person writing YAML would say it. */
    static String kind(Class<?> t) {
        if (t == null) return "a value of another kind";
        if (t == String.class || CharSequence.class.isAssignableFrom(t) || t == char.class || t == Character.class) return "text";
        if (Stream.of(int.class, long.class, short.class, byte.class, Integer.class, Long.class, Short.class, Byte.class,
                java.math.BigInteger.class).anyMatch(c -> c == t)) return "a whole number";
        if (t.isPrimitive() && t != boolean.class || Number.class.isAssignableFrom(t)) return "a number";
        if (t == boolean.class || t == Boolean.class) return "true or false";
        if (t == java.time.LocalDate.class) return "a date (YYYY-MM-DD)";
        if (t == java.time.Period.class) return "a period such as P1Y or P6M";
        if (t == java.time.Duration.class) return "a duration such as PT1H";
        if (TemporalAccessor.class.isAssignableFrom(t)) return "a date and time (YYYY-MM-DDThh:mm:ss)";
        if (t.isEnum()) {
            return "one of " + Stream.of(t.getEnumConstants()).map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
        }
        if (t.isArray() || Collection.class.isAssignableFrom(t)) return "a list ('- item' lines or [a, b])";
        if (Map.class.isAssignableFrom(t) || JsonNode.class.isAssignableFrom(t)) return "a mapping ('key: value' lines)";
        return "a mapping (indented 'key: value' lines)";
    }

    private static boolean isBlank(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("#"));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
