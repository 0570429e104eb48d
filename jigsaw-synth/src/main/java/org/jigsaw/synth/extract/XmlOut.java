package org.jigsaw.synth.extract;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A tiny indenting XML writer. StAX has no pretty-printing, and extracts from LA systems are
 * indented; this escapes text and keeps element order exactly as written.
 */
final class XmlOut implements AutoCloseable {
    private final Writer w;
    private int depth;

    XmlOut(OutputStream out) throws IOException {
        this.w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    XmlOut open(String name) throws IOException {
        indent();
        w.write('<' + name + ">\n");
        depth++;
        return this;
    }

    XmlOut close(String name) throws IOException {
        depth--;
        indent();
        w.write("</" + name + ">\n");
        return this;
    }

    /** An element with text; skipped when the value is null or empty (optional items are omitted). */
    XmlOut leaf(String name, String value) throws IOException {
        if (value == null || value.isEmpty()) return this;
        indent();
        w.write('<' + name + '>' + escape(value) + "</" + name + ">\n");
        return this;
    }

    private void indent() throws IOException {
        for (int i = 0; i < depth; i++) w.write("  ");
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '\'' -> b.append("&apos;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    @Override
    public void close() throws IOException {
        w.flush();
        w.close();
    }
}
