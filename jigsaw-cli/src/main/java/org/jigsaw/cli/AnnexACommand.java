package org.jigsaw.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jigsaw.govern.AccessDecision;
import org.jigsaw.govern.AccessDeniedException;
import org.jigsaw.govern.AuditEvent;
import org.jigsaw.ingest.rules.FailingRows;
import org.jigsaw.store.SnapshotReader;
import org.jigsaw.store.annexa.AnnexAPack;
import org.jigsaw.store.annexa.AnnexASnapshot;
import org.jigsaw.store.annexa.AnnexAWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The Annex A SEND inspection pack. The lists identify children (UPN, ULN, date of birth), so the
 * command is gated and audited exactly as {@code export} of an individual-level table: a purpose
 * every dataset's agreement grants individual access for, the entry written before the workbook
 * is moved into place.
 */
@Command(name = "annex-a", mixinStandardHelpOptions = true,
        description = "Write Annex A SEND List 1 (EHC plans) and List 2 (SEN support) from the snapshot as the xlsx "
                + "inspectors ask for, with the published validation rules applied. Needs a --purpose the agreements "
                + "allow for individual-level data; audited.")
final class AnnexACommand implements Callable<Integer> {
    static final String WHAT = AuditEvent.PEOPLE + "annex-a send lists 1-2";

    @Parameters(index = "0", paramLabel = "AREA", description = "the area folder")
    Path area;

    @Option(names = "--out", paramLabel = "FILE.xlsx", description = "workbook to write (default: AREA/inspection/annex-a-<run>.xlsx)")
    Path out;

    @Option(names = "--purpose", paramLabel = "KEY", description = "the agreement purpose the lists serve (e.g. direct_care), "
            + "checked against the agreements")
    String purpose;

    @Mixin
    SnapshotOption snapshot;

    @Override
    public Integer call() throws Exception {
        CliAudit audit = CliAudit.open(area, "annex-a");
        try (SnapshotReader r = snapshot.open(area)) {
            String what = WHAT + " of snapshot " + r.runId();
            AccessDecision d = audit.checkIndividual(purpose, ExportCommand.datasets(r), what);
            if (!d.allowed()) throw new AccessDeniedException("the Annex A lists identify children: " + d.reason());
            AnnexAPack pack = AnnexASnapshot.read(r);
            Path file = (out != null ? out : area.resolve("inspection").resolve("annex-a-" + pack.runId() + ".xlsx")).toAbsolutePath();
            try (StagedOutput staged = StagedOutput.in(file.getParent())) {
                AnnexAWorkbook.write(pack, staged.dir().resolve(file.getFileName()));
                audit.read(purpose, what, pack.rows());
                staged.publish();
            }
            report(pack, file);
        }
        return 0;
    }

    /** Counts and rule codes only: never a value from a row. */
    private static void report(AnnexAPack pack, Path file) {
        System.out.printf("Annex A SEND lists of %s as at %s (snapshot %s)%n", pack.area(), pack.reference(), pack.runId());
        for (AnnexAPack.Part p : pack.lists()) {
            StringBuilder failing = new StringBuilder();
            for (FailingRows.Result v : p.validation()) {
                if (!v.rows().isEmpty()) failing.append(failing.length() == 0 ? "" : ", ").append(v.rule().code()).append(' ').append(v.rows().size());
            }
            System.out.printf("  %s: %,d rows; rules failed: %s%n", p.list().sheet(), p.rows().size(),
                    failing.length() == 0 ? "none" : failing);
        }
        System.out.printf("  wrote %s (rows to fix on its %s sheet)%n", file, AnnexAWorkbook.VALIDATION);
    }
}
