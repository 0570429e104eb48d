package org.jigsaw.store.annexa;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jigsaw.ingest.rules.FailingRows;

/**
 * The inspection pack of one snapshot: both lists, each row one linked child, with the published
 * rules' results on them.
 *
 * @param area      the area's name as the snapshot records it
 * @param runId     the snapshot
 * @param reference the date the lists are as at (the snapshot's reference date)
 */
public record AnnexAPack(String area, String runId, LocalDate reference, List<Part> lists) {

    public AnnexAPack {
        lists = List.copyOf(lists);
    }

    /**
     * One list.
     *
     * @param rows       heading → value (null for blank; dates as ISO text), in list order
     * @param validation every rule of the list's pack with the rows (0-based, in list order) that fail it
     */
    public record Part(AnnexAList list, List<Map<String, String>> rows, List<FailingRows.Result> validation) {
        public Part {
            rows = List.copyOf(rows);
            validation = List.copyOf(validation);
        }
    }

    public Part part(AnnexAList list) {
        return lists.stream().filter(p -> p.list() == list).findFirst().orElseThrow();
    }

    /** Rows in both lists: the children whose data the pack holds. */
    public long rows() {
        return lists.stream().mapToLong(p -> p.rows().size()).sum();
    }
}
