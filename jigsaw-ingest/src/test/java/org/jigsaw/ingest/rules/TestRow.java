package org.jigsaw.ingest.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A record for rule tests: flat headings or XML-like paths, repeating values and nested elements. */
final class TestRow implements Values {
    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final Map<String, List<Values>> children = new LinkedHashMap<>();

    static TestRow of(String... pairs) {
        TestRow r = new TestRow();
        for (int i = 0; i < pairs.length; i += 2) r.set(pairs[i], pairs[i + 1]);
        return r;
    }

    /** A copy with {@code pairs} set (null removes the column). */
    TestRow with(String... pairs) {
        TestRow r = new TestRow();
        values.forEach((k, v) -> r.values.put(k, new ArrayList<>(v)));
        r.children.putAll(children);
        for (int i = 0; i < pairs.length; i += 2) r.set(pairs[i], pairs[i + 1]);
        return r;
    }

    TestRow set(String path, String value) {
        if (value == null) values.remove(path);
        else values.put(path, new ArrayList<>(List.of(value)));
        return this;
    }

    TestRow repeat(String path, String... vs) {
        values.put(path, new ArrayList<>(List.of(vs)));
        return this;
    }

    TestRow child(String path, Values... nested) {
        children.put(path, List.of(nested));
        return this;
    }

    @Override
    public String get(String column) {
        List<String> v = values.get(column);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    @Override
    public List<String> getAll(String path) {
        return values.getOrDefault(path, List.of());
    }

    @Override
    public List<Values> each(String path) {
        return children.getOrDefault(path, List.of());
    }
}
