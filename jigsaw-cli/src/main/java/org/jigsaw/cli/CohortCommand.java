package org.jigsaw.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jigsaw.govern.AuditEvent;
import org.jigsaw.govern.KeyFilePersonIdPseudonymiser;
import org.jigsaw.govern.PersonIdPseudonymiser;
import org.jigsaw.store.CohortCount;
import org.jigsaw.store.KpiValue;
import org.jigsaw.store.SnapshotReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "cohort", mixinStandardHelpOptions = true,
        description = "Show one cohort: its definition, size by age band and geography, and optionally its members' pseudonymous IDs.")
final class CohortCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "AREA", description = "the area folder")
    Path area;

    @Parameters(index = "1", paramLabel = "NAME", description = "the cohort's name (see 'jigsaw cohorts')")
    String name;

    @Option(names = "--members", description = "list members as pseudonymous person IDs (HMAC-SHA256 under the area's key)")
    boolean members;

    @Option(names = "--sql", description = "print the compiled SQL too")
    boolean sql;

    @Mixin
    SnapshotOption snapshot;

    @Mixin
    FigureOptions figures;

    @Override
    public Integer call() throws Exception {
        try (SnapshotReader r = snapshot.open(area)) {
            if (!r.hasCohort(name)) throw new IllegalArgumentException("no cohort '" + name + "' in this snapshot; 'jigsaw cohorts' lists them");
            CohortCount c = r.cohorts().stream().filter(x -> x.cohort().equals(name)).findFirst().orElseThrow();
            Format f = figures.open(area, "cohort", "cohort " + name + " by age band and geography");
            System.out.printf("%s (%s)%n%s%n", c.title(), c.cohort(), c.description().isEmpty() ? "" : c.description() + System.lineSeparator());
            List<KpiValue> sizes = r.kpi("cohort." + name);
            java.util.Map<String, String> shown = f.counts(sizes.stream().collect(java.util.stream.Collectors.toMap(
                    KpiValue::breakdown, KpiValue::numerator, (a, b) -> a, java.util.LinkedHashMap::new)));
            for (KpiValue k : sizes) System.out.printf("  %-28s %9s%n", k.headline() ? "members" : k.breakdown(), shown.get(k.breakdown()));
            if (sql) System.out.printf("%n%s%n", r.cohortSql(name));
            if (members) {
                PersonIdPseudonymiser pseudonyms = KeyFilePersonIdPseudonymiser.forArea(area);
                List<String> ids = r.members(name);
                // audited before a single member is printed: a list that cannot be audited is not shown
                CliAudit.open(area, "cohort --members").read(figures.purpose, AuditEvent.PEOPLE + "cohort " + name + " members", ids.size());
                System.out.println();
                for (String id : ids) System.out.println(pseudonyms.pseudonym(id));
            }
        }
        return 0;
    }
}
