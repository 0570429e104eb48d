package org.jigsaw.ingest.init;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A shipped source definition ({@code org/jigsaw/ingest/templates/<name>.yaml}) with its blanks
 * filled: {@code ${key}} takes the value given for it, and a line ending in {@code #?key} is kept
 * only when {@code key} is given (an optional join, and what only it supplies).
 */
public final class SourceTemplate {

    private static final Pattern OPTIONAL = Pattern.compile("\\s*#\\?([a-z_]+)\\s*$");
    private static final Pattern BLANK = Pattern.compile("\\$\\{([a-z_]+)}");

    private final String name;
    private final String text;

    private SourceTemplate(String name, String text) {
        this.name = name;
        this.text = text;
    }

    public static SourceTemplate named(String name) {
        try (InputStream in = SourceTemplate.class.getResourceAsStream("/org/jigsaw/ingest/templates/" + name + ".yaml")) {
            if (in == null) throw new IllegalArgumentException("no template " + name);
            return new SourceTemplate(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The raw template text, blanks and all. */
    public String text() {
        return text;
    }

    /** @throws IllegalArgumentException when a kept line has a blank no value is given for */
    public String fill(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            Matcher opt = OPTIONAL.matcher(line);
            if (opt.find()) {
                if (!values.containsKey(opt.group(1))) continue;
                line = line.substring(0, opt.start());
            }
            Matcher b = BLANK.matcher(line);
            StringBuilder filled = new StringBuilder();
            while (b.find()) {
                String v = values.get(b.group(1));
                if (v == null) throw new IllegalArgumentException("template " + name + ": no value for ${" + b.group(1) + "}");
                b.appendReplacement(filled, Matcher.quoteReplacement(v));
            }
            b.appendTail(filled);
            out.append(filled).append('\n');
        }
        // the split keeps the text's last newline as an empty last line
        return out.substring(0, out.length() - 1);
    }
}
