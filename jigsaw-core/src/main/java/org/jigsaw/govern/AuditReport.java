package org.jigsaw.govern;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Access per user and purpose, for the data protection officer. */
public record AuditReport(List<Line> lines, long entries, Instant from, Instant to) {

    /**
     * @param user     username
     * @param role     the role(s) acted in
     * @param purpose  purpose stated
     * @param accesses allowed accesses
     * @param denied   refused attempts
     * @param rows     rows returned in total
     * @param individual accesses that concerned a single person (a pseudonym)
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
            long individual = g.stream().filter(e -> e.allowed() && e.what() != null && e.what().startsWith("person:")).count();
            Instant first = g.stream().map(AuditEntry::time).min(Comparator.naturalOrder()).orElse(null);
            Instant last = g.stream().map(AuditEntry::time).max(Comparator.naturalOrder()).orElse(null);
            lines.add(new Line(f.user(), roles, f.purpose(), ok, g.size() - ok, rows, individual, first, last));
        }
        Instant from = entries.stream().map(AuditEntry::time).min(Comparator.naturalOrder()).orElse(null);
        Instant to = entries.stream().map(AuditEntry::time).max(Comparator.naturalOrder()).orElse(null);
        return new AuditReport(List.copyOf(lines), entries.size(), from, to);
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
        return sb.toString();
    }
}
