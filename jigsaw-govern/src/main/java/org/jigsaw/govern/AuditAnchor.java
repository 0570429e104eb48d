package org.jigsaw.govern;

/**
 * A copy of the audit chain's head kept outside {@code audit/} (beside the key file, in a
 * snapshot), so that deleting the log or cutting entries off its end is caught: the chain must
 * still hold entry {@code seq} with exactly this hash.
 *
 * @param where where the copy was kept, in words for {@code jigsaw audit verify}
 * @param seq   the entry it recorded
 * @param hash  that entry's hash
 */
public record AuditAnchor(String where, long seq, String hash) {
}
