package org.jigsaw.govern;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Access per user and purpose, and every refused attempt, for the data protection officer. */
public record AuditReport(List<Line> lines, long entries, Instant from, Instant to, List<AuditEntry> refusals) {

    public AuditReport {
        lines = List.copyOf(lines);
        refusals = List.copyOf(refusals);
    }

    /**
     * @param user     username
     * @param role     the role(s) acted in
     * @param purpose  purpose stated
     * @param accesses allowed accesses
     * @param denied   refused attempts
     * @param rows     rows returned in total
     * @param individual individual children's records seen: one per {@value AuditEvent#PERSON} access, the rows
     *                   of each {@value AuditEvent#PEOPLE} read (web and command line write these prefixes)
     * @param first    first access
     * @param last     last access
     */
    public record Line(String user, String role, String purpose, long accesses, long denied, long rows,
                       long individual, Instant first, Instant last) {
    }

    public static AuditReport of(List<AuditEntry> entries) {
        Map<String, List<AuditEntry>> groups = new TreeMap<>();
        for (AuditEntry e : entries) {
            groups.computeIfAbsent(e.user() + "\u0000" + e.purpose(), k -> new ArrayList<>()).add(e);
        }
        List<Line> lines = new ArrayList<>();
        for (List<AuditEntry> g : groups.values()) {
            AuditEntry f = g.get(0);
            String roles = String.join("/", g.stream().map(AuditEntry::role).filter(java.util.Objects::nonNull).distinct().sorted().toList());
            long ok = g.stream().filter(AuditEntry::allowed).count();
            long rows = g.stream().filter(AuditEntry::allowed).mapToLong(AuditEntry::rows).sum();
            long individual = g.stream().filter(AuditEntry::allowed).mapToLong(AuditReport::individualRecords).sum();
            Instant first = g.stream().map(AuditEntry::time).min(Comparator.naturalOrder()).orElse(null);
            Instant last = g.stream().map(AuditEntry::time).max(Comparator.naturalOrder()).orElse(null);
            lines.add(new Line(f.user(), roles, f.purpose(), ok, g.size() - ok, rows, individual, first, last));
        }
        Instant from = entries.stream().map(AuditEntry::time).min(Comparator.naturalOrder()).orElse(null);
        Instant to = entries.stream().map(AuditEntry::time).max(Comparator.naturalOrder()).orElse(null);
        return new AuditReport(lines, entries.size(), from, to, entries.stream().filter(e -> !e.allowed()).toList());
    }

    /** How many children's records an allowed entry gave access to. */
    static long individualRecords(AuditEntry e) {
        if (e.what() == null) return 0;
        if (e.what().startsWith(AuditEvent.PERSON)) return 1;
        if (e.what().startsWith(AuditEvent.PEOPLE)) return e.rows();
        if (e.what().startsWith(AuditEvent.RECORD)) return java.util.Arrays.stream(e.what().split(" ")).filter(w -> w.startsWith(AuditEvent.RECORD)).count();
        return 0;
    }

    /** A Markdown table for the DPO. */
    public String toMarkdown() {
        StringBuilder sb = new StringBuilder("# Access to data by user and purpose\n\n");
        sb.append(entries).append(" audit entries");
        if (from != null) sb.append(", ").append(from).append(" to ").append(to);
        sb.append(".\n\n| user | role | purpose | accesses | refused | rows | individual records | first | last |\n");
        sb.append("|---|---|---|---:|---:|---:|---:|---|---|\n");
        for (Line l : lines) {
            sb.append("| ").append(l.user()).append(" | ").append(l.role()).append(" | ").append(l.purpose())
                    .append(" | ").append(l.accesses()).append(" | ").append(l.denied()).append(" | ").append(l.rows())
                    .append(" | ").append(l.individual()).append(" | ").append(l.first()).append(" | ").append(l.last()).append(" |\n");
        }
        sb.append("\n## Refused attempts\n\n");
        if (refusals.isEmpty()) {
            sb.append("None.\n");
        } else {
            sb.append("| seq | time | user | role | purpose | action | what |\n|---:|---|---|---|---|---|---|\n");
            for (AuditEntry e : refusals) {
                sb.append("| ").append(e.seq()).append(" | ").append(e.time()).append(" | ").append(e.user()).append(" | ")
                        .append(e.role()).append(" | ").append(e.purpose()).append(" | ").append(e.action()).append(" | ")
                        .append(e.what() == null ? "" : e.what().replace("|", "\\|").replace('\n', ' ')).append(" |\n");
            }
        }
        return sb.toString();
    }
}
