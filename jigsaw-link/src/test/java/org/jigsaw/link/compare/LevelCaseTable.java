package org.jigsaw.link.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jigsaw.link.spec.LevelSpec;

/**
 * The table of cases for every built-in level kind: for each, values on which it holds and values
 * on which it does not, written once and run on every engine ({@link LevelKindSuite}). A new kind
 * adds its rows here; the suite fails until it does.
 */
public final class LevelCaseTable {

    private LevelCaseTable() {
    }

    /** Kind → its cases. */
    public static Map<String, List<LevelCase>> byKind() {
        Map<String, List<LevelCase>> t = new LinkedHashMap<>();
        LevelSpec exact = LevelSpec.of("exact");
        t.put("exact", List.of(
                LevelCase.of("given_name", "JOHN", "JOHN", exact, true),
                LevelCase.of("given_name", "JOHN", "JON", exact, false),
                LevelCase.of("nhs_number", "9434765919", "9434765919", exact, true),
                LevelCase.of("nhs_number", "9434765919", "9434765918", exact, false)));
        LevelSpec jw = new LevelSpec("jaro_winkler", 0.92, null, null, null, null);
        t.put("jaro_winkler", List.of(
                LevelCase.of("family_name", "MARTHA", "MARHTA", jw, true),
                LevelCase.of("family_name", "SMITH", "JONES", jw, false)));
        LevelSpec dl = new LevelSpec("damerau_levenshtein", null, 1, null, null, null);
        t.put("damerau_levenshtein", List.of(
                LevelCase.of("family_name", "WILLIAMS", "WILLIAM", dl, true),
                // a swap mid-name breaks three bigrams: Dice 0.67, below the 0.8 that stands for one edit on encodings
                LevelCase.of("family_name", "WILLIAMS", "WILLAIMS", dl, true).onEncodings(false),
                LevelCase.of("family_name", "WILLIAMS", "WILKINSON", dl, false)));
        LevelSpec prefix = LevelSpec.of("prefix");
        t.put("prefix", List.of(
                LevelCase.of("given_name", "ALEX", "ALEXANDER", prefix, true),
                LevelCase.of("given_name", "ALEX", "SANDRA", prefix, false)));
        LevelSpec sameKey = new LevelSpec("same_key", null, null, null, "metaphone", null);
        t.put("same_key", List.of(
                LevelCase.of("family_name", "SMITH", "SMYTH", sameKey, true),
                LevelCase.of("family_name", "SMITH", "JONES", sameKey, false)));
        LevelSpec partOf = LevelSpec.of("part_of");
        t.put("part_of", List.of(
                LevelCase.of("family_name", "SMITH", "SMITH-LEWANDOWSKI", partOf, true),
                LevelCase.of("family_name", "SMITH", "JONES-LEWIS", partOf, false)));
        LevelSpec tokens = new LevelSpec("token_overlap", 0.5, null, null, null, null);
        t.put("token_overlap", List.of(
                LevelCase.of("address", "1 HIGH STREET", "1 HIGH ST", tokens, true),
                LevelCase.of("address", "1 HIGH STREET", "22 LOW ROAD", tokens, false)));
        LevelSpec nickname = LevelSpec.of("nickname");
        t.put("nickname", List.of(
                LevelCase.of("given_name", "ALFIE", "ALFRED", nickname, true),
                LevelCase.of("given_name", "ALFIE", "GEORGE", nickname, false)));
        LevelSpec phonetic = LevelSpec.of("phonetic");
        t.put("phonetic", List.of(
                LevelCase.of("given_name", "CATHERINE", "KATHRYN", phonetic, true),
                LevelCase.of("given_name", "JOHN", "MARY", phonetic, false)));
        LevelSpec exactWith = new LevelSpec("exact_with", null, null, null, null, null, "address");
        t.put("exact_with", List.of(
                LevelCase.of("postcode", "SW1A 1AA", "SW1A 1AA", exactWith, true).with("address", "10 DOWNING STREET", "10 DOWNING STREET"),
                LevelCase.of("postcode", "SW1A 1AA", "SW1A 1AA", exactWith, false).with("address", "10 DOWNING STREET", "11 DOWNING STREET")));
        LevelSpec swapped = new LevelSpec("swapped", null, null, null, null, null, "family_name");
        t.put("swapped", List.of(
                LevelCase.of("given_name", "JOHN", "SMITH", swapped, true).with("family_name", "SMITH", "JOHN"),
                LevelCase.of("given_name", "JOHN", "PETER", swapped, false).with("family_name", "SMITH", "SMITH")));
        LevelSpec dayMonth = LevelSpec.of("day_month_swapped");
        t.put("day_month_swapped", List.of(
                LevelCase.of("dob", "2015-03-07", "2015-07-03", dayMonth, true),
                LevelCase.of("dob", "2015-03-07", "2016-07-03", dayMonth, false)));
        LevelSpec oneComponent = LevelSpec.of("one_component_differs");
        t.put("one_component_differs", List.of(
                LevelCase.of("dob", "2015-03-07", "2015-03-08", oneComponent, true),
                LevelCase.of("dob", "2015-03-07", "2016-04-07", oneComponent, false)));
        LevelSpec withinDays = new LevelSpec("within_days", null, null, 3, null, null);
        t.put("within_days", List.of(
                LevelCase.of("dob", "2015-03-07", "2015-03-09", withinDays, true),
                LevelCase.of("dob", "2015-03-07", "2015-04-07", withinDays, false)));
        LevelSpec sector = LevelSpec.of("postcode_sector");
        t.put("postcode_sector", List.of(
                LevelCase.of("postcode", "SW1A 1AA", "SW1A 1BB", sector, true),
                LevelCase.of("postcode", "SW1A 1AA", "SW1A 2AA", sector, false)));
        LevelSpec district = LevelSpec.of("postcode_district");
        t.put("postcode_district", List.of(
                LevelCase.of("postcode", "SW1A 1AA", "SW1A 2BB", district, true),
                LevelCase.of("postcode", "SW1A 1AA", "SW1B 1AA", district, false)));
        LevelSpec transposition = LevelSpec.of("transposition");
        t.put("transposition", List.of(
                LevelCase.of("nhs_number", "9434765919", "9434765991", transposition, true),
                LevelCase.of("nhs_number", "9434765919", "9434765870", transposition, false)));
        LevelSpec substitutions = new LevelSpec("substitutions", null, 1, null, null, null);
        t.put("substitutions", List.of(
                LevelCase.of("nhs_number", "9434765919", "9434765918", substitutions, true),
                LevelCase.of("nhs_number", "9434765919", "9434760000", substitutions, false)));
        return t;
    }

    public static Stream<LevelCase> all() {
        return byKind().values().stream().flatMap(List::stream);
    }
}
