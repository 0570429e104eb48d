package org.jigsaw.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.jigsaw.govern.AgreementSet;
import picocli.CommandLine.Option;

/**
 * {@code --exact --purpose P}: print exact figures instead of the released ones. Exact small counts
 * are what suppression exists to hide, so asking for them needs a purpose and is audited.
 */
final class FigureOptions {
    @Option(names = "--exact", description = "print exact counts instead of the figures the agreements release (needs --purpose; audited)")
    boolean exact;

    @Option(names = "--purpose", paramLabel = "KEY", description = "the purpose the figures serve, recorded in the audit log")
    String purpose;

    /** The figures to print; with {@code --exact}, the audit entry is written first. */
    Format open(Path area, String command, String what) throws IOException {
        if (!exact) return Format.released(AgreementSet.load(area).suppression());
        if (purpose == null || purpose.isBlank()) throw new IllegalArgumentException("--exact needs --purpose: exact counts are audited with the purpose they serve");
        CliAudit.open(area, command + " --exact").read(purpose, "exact figures: " + what, 0);
        return Format.exact();
    }
}
