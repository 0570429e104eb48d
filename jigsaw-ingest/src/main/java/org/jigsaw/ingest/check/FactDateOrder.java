package org.jigsaw.ingest.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jigsaw.cohort.Fact;
import org.jigsaw.ingest.QualityFinding;

/**
 * Facts whose own dates contradict each other: a status (an EHC plan, a CIN episode) that ends
 * before it starts. The fact is kept as the source stated it, so the analyst can find and fix the
 * record, and counted here so the contradiction is visible in the quality report; consumers that
 * cannot carry such a period (the EHC plan feed) leave it out and list it.
 */
public final class FactDateOrder {

    /** The check name in findings and the quality report. */
    public static final String CHECK = "end_before_start";

    private FactDateOrder() {
    }

    /** One finding per source and fact type that has any fact with an end date. */
    public static List<QualityFinding> check(List<Fact> facts) {
        Map<String, long[]> counts = new TreeMap<>(); // "source\0type" -> [with an end, ending before the start]
        for (Fact f : facts) {
            if (f.start() == null || f.end() == null) continue;
            long[] c = counts.computeIfAbsent(f.source() + '\0' + f.type(), k -> new long[2]);
            c[0]++;
            if (f.end().isBefore(f.start())) c[1]++;
        }
        List<QualityFinding> out = new ArrayList<>();
        counts.forEach((key, c) -> {
            int cut = key.indexOf('\0');
            String type = key.substring(cut + 1);
            out.add(new QualityFinding(key.substring(0, cut), type, CHECK, c[1], c[0],
                    type + " facts whose end date is before their start date (kept; left out of feeds)"));
        });
        return out;
    }
}
