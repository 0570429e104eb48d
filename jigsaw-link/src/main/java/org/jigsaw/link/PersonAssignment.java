package org.jigsaw.link;

/** Record {@code recordKey} belongs to person {@code personId} (stable across refreshes). */
public record PersonAssignment(String recordKey, String personId) {
}
