package org.jigsaw.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jigsaw.govern.Agreement;
import org.jigsaw.govern.AgreementSet;
import org.jigsaw.govern.AgreementStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jigsaw agreements AREA}: the data-sharing agreements with their status and due dates. */
@Command(name = "agreements", mixinStandardHelpOptions = true,
        description = "List the area's data-sharing agreements with their status; warn 30 days before a review or end date.")
public final class AgreementsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "AREA", description = "the area folder")
    Path area;

    @Option(names = "--on", paramLabel = "DATE", description = "evaluate status on this date (default: today)")
    LocalDate on;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LocalDate date = on == null ? LocalDate.now() : on;
        AgreementSet set = AgreementSet.load(area);
        var out = spec.commandLine().getOut();
        if (set.all().isEmpty()) {
            out.println("No agreements in " + area.resolve(AgreementSet.DIR) + ": no source will be ingested.");
            return 0;
        }
        out.printf("%-28s %-15s %-10s %-10s %-10s %-9s %s%n", "AGREEMENT", "STATUS", "START", "REVIEW", "END", "RETENTION", "DATASETS");
        for (Agreement a : set.all()) {
            out.printf("%-28s %-15s %-10s %-10s %-10s %-9s %s%n", a.id(), a.status(date).name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    a.start(), a.review() == null ? "-" : a.review(), a.end(), a.retention(),
                    String.join(", ", a.datasets().stream().map(Agreement.DatasetShare::name).toList()));
        }
        List<String> notices = set.notices(date);
        if (!notices.isEmpty()) {
            out.println();
            for (String n : notices) out.println("WARNING: " + n);
        }
        long inForce = set.all().stream().filter(a -> a.status(date).inForce()).count();
        out.printf("%n%d agreement(s), %d in force on %s.%n", set.all().size(), inForce, date);
        return set.all().stream().anyMatch(a -> a.status(date) == AgreementStatus.REVIEW_OVERDUE) ? 3 : 0;
    }
}
