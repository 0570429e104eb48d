package org.jigsaw.link.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jigsaw.link.data.Column;
import org.jigsaw.link.data.RecordTable;

/**
 * Whether each input file of {@code jigsaw match} holds records that are plainly one person
 * twice: two records of one file with the same valid NHS number, the same UPN, or the same given
 * name, family name and date of birth (standardised). One-to-one linkage is only safe on files
 * without such records; a file in which none of these keys can be checked (none mapped) cannot
 * be shown duplicate-free. The check is deliberately exact: fuzzy duplicates are what the model
 * is for, and an exact one is enough to show that a file is not a one-record-per-person list.
 *
 * @param perSource records repeating a key of an earlier record of the same file, by source index
 * @param checked   whether at least one key could be checked
 */
public record WithinFileDuplicates(int[] perSource, boolean checked) {

    /** The keys, each a group of fields that must all be present and equal. */
    static final List<List<String>> KEYS = List.of(List.of("nhs_number"), List.of("upn"),
            List.of("given_name", "family_name", "dob"));

    public static WithinFileDuplicates of(RecordTable table) {
        int[] perSource = new int[table.sourceNames().size()];
        List<Column[]> keys = new ArrayList<>();
        for (List<String> k : KEYS) {
            if (k.stream().allMatch(table::has)) keys.add(k.stream().map(table::column).toArray(Column[]::new));
        }
        List<Set<List<Integer>>> seen = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) seen.add(new HashSet<>());
        for (int i = 0; i < table.size(); i++) {
            boolean repeats = false;
            for (int k = 0; k < keys.size(); k++) {
                List<Integer> key = key(keys.get(k), table.source(i), i);
                if (key != null && !seen.get(k).add(key)) repeats = true;
            }
            if (repeats) perSource[table.source(i)]++;
        }
        return new WithinFileDuplicates(perSource, !keys.isEmpty());
    }

    /** Source and value ids of the key's fields, or null when one is blank. */
    private static List<Integer> key(Column[] fields, int source, int row) {
        List<Integer> key = new ArrayList<>(fields.length + 1);
        key.add(source);
        for (Column c : fields) {
            int id = c.id(row);
            if (id < 0) return null;
            key.add(id);
        }
        return key;
    }

    public int in(int source) {
        return perSource[source];
    }

    public int total() {
        int n = 0;
        for (int c : perSource) n += c;
        return n;
    }

    /** Every file was checked and none holds a record that repeats another. */
    public boolean noneShown() {
        return checked && total() == 0;
    }
}
