package org.jigsaw.ingest.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One XML element held in memory: a record subtree, small by construction (one child's data).
 * Paths are relative, slash-separated element names; {@code @name} reads an attribute and
 * {@code .} the element's own text.
 */
public final class XmlNode implements Row {
    private final String name;
    private final long line;
    private final Map<String, String> attributes = new LinkedHashMap<>(2);
    private final List<XmlNode> children = new ArrayList<>(4);
    private final StringBuilder text = new StringBuilder();

    public XmlNode(String name, long line) {
        this.name = name;
        this.line = line;
    }

    public String name() {
        return name;
    }

    void attribute(String key, String value) {
        attributes.put(key, value);
    }

    void add(XmlNode child) {
        children.add(child);
    }

    void text(char[] chars, int start, int length) {
        text.append(chars, start, length);
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public String get(String path) {
        if (path == null) return null;
        String p = path.strip();
        if (p.startsWith("./")) p = p.substring(2);
        if (p.isEmpty() || p.equals(".")) return text.toString().strip();
        XmlNode node = this;
        String[] steps = p.split("/");
        for (int i = 0; i < steps.length; i++) {
            String step = steps[i];
            if (step.startsWith("@")) {
                return i == steps.length - 1 ? node.attributes.get(step.substring(1)) : null;
            }
            node = node.child(step);
            if (node == null) return null;
        }
        return node.text.toString().strip();
    }

    @Override
    public List<String> getAll(String path) {
        if (path == null) return List.of();
        String p = path.strip();
        int slash = p.lastIndexOf('/');
        String last = slash < 0 ? p : p.substring(slash + 1);
        if (last.startsWith("@") || p.equals(".") || p.isEmpty()) {
            String v = get(path);
            return v == null ? List.of() : List.of(v);
        }
        List<String> out = new ArrayList<>();
        for (Row r : each(p)) out.add(((XmlNode) r).text.toString().strip());
        return out;
    }

    private XmlNode child(String step) {
        for (XmlNode c : children) {
            if (c.name.equals(step)) return c;
        }
        return null;
    }

    @Override
    public List<Row> each(String path) {
        List<Row> out = new ArrayList<>();
        String p = path == null ? "" : path.strip();
        if (p.startsWith("./")) p = p.substring(2);
        collect(this, p.isEmpty() ? new String[0] : p.split("/"), 0, out);
        return out;
    }

    private static void collect(XmlNode node, String[] steps, int i, List<Row> out) {
        if (i == steps.length) {
            out.add(node);
            return;
        }
        for (XmlNode c : node.children) {
            if (c.name.equals(steps[i])) collect(c, steps, i + 1, out);
        }
    }

    @Override
    public String content() {
        StringBuilder sb = new StringBuilder();
        write(sb);
        return sb.toString();
    }

    private void write(StringBuilder sb) {
        sb.append('<').append(name);
        attributes.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
        sb.append('>').append(text.toString().strip());
        for (XmlNode c : children) c.write(sb);
        sb.append("</>");
    }
}
