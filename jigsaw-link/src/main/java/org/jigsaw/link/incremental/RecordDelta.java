package org.jigsaw.link.incremental;

/** How this run's records differ from the previous run's, by record key and content fingerprint. */
public record RecordDelta(int added, int changed, int removed, int unchanged) {
}
