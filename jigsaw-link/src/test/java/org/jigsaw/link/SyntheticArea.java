package org.jigsaw.link;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jigsaw.link.data.FieldValues;
import org.jigsaw.synth.people.SyntheticPeople;
import org.jigsaw.record.Field;
import org.jigsaw.record.SourceRecord;

/** Synthetic people as ingested SourceRecords (standardised the way ingest would). */
final class SyntheticArea {

    final SyntheticPeople.Data data;
    final List<SourceRecord> records = new ArrayList<>();

    SyntheticArea(int n, int sources, long seed) {
        data = SyntheticPeople.generate(n, sources, seed);
        for (int i = 0; i < data.keys().length; i++) {
            Map<Field, String> v = new EnumMap<>(Field.class);
            for (Map.Entry<String, String[]> c : data.columns().entrySet()) {
                String raw = c.getValue()[i];
                if (raw == null) continue;
                String std = FieldValues.standardiser(c.getKey()).apply(raw);
                if (std != null) v.put(Field.fromKey(c.getKey()), std);
            }
            String key = data.keys()[i];
            String source = data.sourceNames().get(data.sources()[i]);
            records.add(new SourceRecord(key, source, source + ".csv", i + 2, v));
        }
    }
}
