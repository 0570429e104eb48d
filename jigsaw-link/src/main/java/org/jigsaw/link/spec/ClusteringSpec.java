package org.jigsaw.link.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * How accepted links become persons.
 *
 * @param maxClusterSize a merge that would make a person of more records than this is refused
 *                       (a guard against chains through shared or blank values)
 */
public record ClusteringSpec(@JsonProperty("max_cluster_size") int maxClusterSize,
                             @JsonProperty("cannot_link") List<CannotLinkSpec> cannotLink) {

    public ClusteringSpec {
        if (maxClusterSize <= 0) maxClusterSize = 200;
        cannotLink = cannotLink == null ? List.of() : List.copyOf(cannotLink);
    }
}
