package org.jigsaw.link;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the link stage needs besides the records: the area folder (for linkage.yaml), the
 * clerical decisions so far, and the previous snapshot's record → person map (stable IDs).
 */
public record LinkContext(Path areaDir, List<ReviewDecision> reviewDecisions, Map<String, String> previousPersonIds) {
    /** No decisions or no previous snapshot may come as null; every stage then sees them empty. */
    public LinkContext {
        if (reviewDecisions == null) reviewDecisions = List.of();
        if (previousPersonIds == null) previousPersonIds = Map.of();
    }
}
