package org.jigsaw.govern;

import java.util.List;

/**
 * The result of {@link AuditLog#verify()}.
 *
 * @param intact      true when every entry chains to the one before, the head matches and every anchor kept
 *                    outside {@code audit/} is still in the chain
 * @param entries     entries read
 * @param firstBroken 1-based line number of the first entry that fails, 0 when intact
 * @param problem     what is wrong with it, empty when intact
 * @param headHash    hash of the last entry (record it elsewhere to detect truncation of the whole tail)
 * @param repairs     what each {@code jigsaw audit repair} entry in the chain sealed, oldest first
 * @param anchors     how many copies of the head kept outside {@code audit/} were checked
 */
public record AuditVerification(boolean intact, long entries, long firstBroken, String problem, String headHash,
                                List<String> repairs, int anchors) {

    public AuditVerification {
        repairs = List.copyOf(repairs);
    }

    public AuditVerification(boolean intact, long entries, long firstBroken, String problem, String headHash) {
        this(intact, entries, firstBroken, problem, headHash, List.of(), 0);
    }

    public String describe() {
        if (!intact) return "audit log BROKEN at line " + firstBroken + ": " + problem;
        StringBuilder sb = new StringBuilder("audit log intact: " + entries + " entries, head " + headHash);
        sb.append(anchors == 0 ? "; no copy of the head outside audit/ to check against"
                : "; matches " + anchors + (anchors == 1 ? " copy" : " copies") + " of the head kept outside audit/");
        if (!repairs.isEmpty()) {
            sb.append(System.lineSeparator()).append(repairs.size()).append(repairs.size() == 1 ? " repair:" : " repairs:");
            repairs.forEach(r -> sb.append(System.lineSeparator()).append("  ").append(r));
        }
        return sb.toString();
    }
}
