package org.jigsaw.record;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One loaded row of one source, after validation and standardisation.
 *
 * <p>{@code key} is unique across the area: {@code "<source>:<the source's own record id>"}; it is
 * what links, facts and the truth files refer to. Values are canonical: NHS number as 10 digits,
 * UPN upper case, dates ISO {@code yyyy-MM-dd}, sex {@code M}/{@code F}/{@code U}, postcode upper
 * case with one space, names upper case with punctuation standardised. An invalid identifier is
 * absent here (and reported as a data-quality finding), never a half-valid string.
 */
public record SourceRecord(String key, String source, String file, long line, Map<Field, String> values) {

    public SourceRecord {
        EnumMap<Field, String> copy = new EnumMap<>(Field.class);
        values.forEach((f, v) -> {
            if (v != null && !v.isBlank()) copy.put(f, v);
        });
        values = Collections.unmodifiableMap(copy);
    }

    public String get(Field field) {
        return values.get(field);
    }

    public static String key(String source, String localId) {
        return source + ":" + localId;
    }
}
