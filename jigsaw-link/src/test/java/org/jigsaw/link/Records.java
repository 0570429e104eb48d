package org.jigsaw.link;

import java.util.EnumMap;
import java.util.Map;
import org.jigsaw.record.Field;
import org.jigsaw.record.SourceRecord;

/** Small builder for hand-made test records. */
final class Records {

    private Records() {
    }

    static SourceRecord child(String source, String id, String given, String family, String dob, String sex,
                              String postcode, String house, String nhs) {
        Map<Field, String> v = new EnumMap<>(Field.class);
        put(v, Field.GIVEN_NAME, given);
        put(v, Field.FAMILY_NAME, family);
        put(v, Field.DOB, dob);
        put(v, Field.SEX, sex);
        put(v, Field.POSTCODE, postcode);
        put(v, Field.HOUSE_NUMBER, house);
        put(v, Field.NHS_NUMBER, nhs);
        return new SourceRecord(SourceRecord.key(source, id), source, source + ".csv", 1, v);
    }

    private static void put(Map<Field, String> v, Field f, String s) {
        if (s != null) v.put(f, s);
    }
}
