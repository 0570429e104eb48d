package org.jigsaw.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jigsaw.govern.AccessDecision;
import org.jigsaw.govern.AccessRequest;
import org.jigsaw.govern.Agreement;
import org.jigsaw.govern.AuditEntry;
import org.jigsaw.govern.AuditEvent;
import org.jigsaw.govern.AreaSources;
import org.jigsaw.govern.Governance;
import org.jigsaw.govern.GovernedIngest;
import org.jigsaw.govern.Granularity;
import org.jigsaw.govern.Role;
import org.jigsaw.ingest.SourceDefinition;

/**
 * The command line's one way into an area's audit log: every command that reads personal data
 * from an area records here who ran it (the OS user), which command, for what purpose and what it
 * read, before its output leaves. Whoever runs the CLI has the area's files, so acts as
 * {@link Role#ADMIN}; the agreements still decide, through the policy gate, what a purpose allows.
 */
final class CliAudit {
    /** The purpose recorded for pipeline commands, which read extracts under the agreements that admit them. */
    static final String PROCESSING = "processing";

    private final Governance governance;
    private final String command;

    private CliAudit(Governance governance, String command) {
        this.governance = governance;
        this.command = command;
    }

    static CliAudit open(Path area, String command) throws IOException {
        return new CliAudit(Governance.open(area), command);
    }

    Governance governance() {
        return governance;
    }

    /** The audited user: the OS account that ran the command, marked as the command line's. */
    static String operator() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    /**
     * May {@code purpose} read individual children's data from every one of {@code datasets}? A
     * refusal is audited before it is returned; the reason names agreements and rules, never data.
     */
    AccessDecision checkIndividual(String purpose, Collection<String> datasets, String what) {
        List<String> each = datasets.isEmpty() ? java.util.Collections.singletonList(null) : List.copyOf(datasets);
        AccessDecision last = null;
        for (String dataset : each) {
            last = governance.gate().decide(new AccessRequest(operator(), Role.ADMIN, purpose, dataset, null, Granularity.INDIVIDUAL));
            if (!last.allowed()) {
                refused(purpose, what);
                return last;
            }
        }
        return last;
    }

    /** Records a read that goes ahead; throws when the entry cannot be written, so the read must not. */
    AuditEntry read(String purpose, String what, long rows) {
        return governance.audit().append(AuditEvent.allowed(operator(), Role.ADMIN, purpose, command, what, rows));
    }

    AuditEntry refused(String purpose, String what) {
        return governance.audit().append(AuditEvent.denied(operator(), Role.ADMIN, purpose, command, what));
    }

    /** {@link #extractsRead(Path, Set, LocalDate)} for today, leaving out the sources the agreements refuse. */
    String extractsRead(Path area) throws IOException {
        LocalDate today = LocalDate.now();
        return extractsRead(area, GovernedIngest.refusals(area, today).keySet(), today);
    }

    /**
     * {@code what} for a command that reads the area's extracts: the sources it reads (those the
     * agreements in force admit) and the agreements they are read under.
     */
    String extractsRead(Path area, Set<String> refusedSources, LocalDate today) throws IOException {
        List<String> sources = new ArrayList<>();
        Set<String> agreements = new TreeSet<>();
        for (SourceDefinition def : AreaSources.readable(area)) {
            if (refusedSources.contains(def.name())) continue;
            sources.add(def.name());
            governance.agreements().covering(def.dataset(), today).stream().map(Agreement::id).forEach(agreements::add);
        }
        return AuditEvent.PEOPLE + "extracts of " + (sources.isEmpty() ? "no source" : String.join(", ", sources))
                + (agreements.isEmpty() ? "" : " under " + String.join(", ", agreements));
    }
}
