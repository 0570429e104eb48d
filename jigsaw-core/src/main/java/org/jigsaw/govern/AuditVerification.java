package org.jigsaw.govern;

/**
 * The result of {@link AuditLog#verify()}.
 *
 * @param intact      true when every entry chains to the one before and the head matches
 * @param entries     entries read
 * @param firstBroken 1-based line number of the first entry that fails, 0 when intact
 * @param problem     what is wrong with it, empty when intact
 * @param headHash    hash of the last entry (record it elsewhere to detect truncation of the whole tail)
 */
public record AuditVerification(boolean intact, long entries, long firstBroken, String problem, String headHash) {

    public String describe() {
        return intact
                ? "audit log intact: " + entries + " entries, head " + headHash
                : "audit log BROKEN at line " + firstBroken + ": " + problem;
    }
}
