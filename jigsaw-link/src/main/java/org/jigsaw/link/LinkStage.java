package org.jigsaw.link;

import java.util.List;
import org.jigsaw.progress.Progress;
import org.jigsaw.record.SourceRecord;

/** Links an area's records into persons. */
public interface LinkStage {
    LinkResult link(List<SourceRecord> records, LinkContext context, Progress progress);
}
