package org.jigsaw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.jigsaw.area.Area;
import org.jigsaw.area.FileTrees;
import org.jigsaw.govern.GovernedIngest;
import org.jigsaw.ingest.AreaIngest;
import org.jigsaw.link.compare.LevelKinds;
import org.jigsaw.link.incremental.IncrementalLinkStage;
import org.jigsaw.progress.Progress;
import org.jigsaw.store.Refresh;
import org.jigsaw.store.RefreshSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9: the synthetic area a term later, refreshed incrementally (reusing the comparisons of
 * unchanged records), gives exactly the persons and cohorts of a full relink of the same extracts.
 */
class IncrementalTermAcceptanceTest {

    @Test
    void aTermLaterIncrementalAndFullRefreshAgree(@TempDir Path tmp) throws Exception {
        Path incremental = tmp.resolve("incremental");
        AcceptanceArea.synth(incremental, 3_000, 9, 0);
        AcceptanceArea.refresh(incremental);              // the CLI's stages: writes the comparison cache

        AcceptanceArea.synth(incremental, 3_000, 9, 1);   // a term later: new extracts, same people
        Path full = tmp.resolve("full");
        FileTrees.copy(incremental, full);
        Files.deleteIfExists(IncrementalLinkStage.cacheFile(full));

        RefreshSummary inc = AcceptanceArea.refresh(incremental);
        RefreshSummary all = new Refresh(new GovernedIngest(new AreaIngest(), Clock.systemDefaultZone()),
                new IncrementalLinkStage(LevelKinds.defaults(), false)).run(Area.open(full), Progress.NONE);

        assertThat(inc.records()).isEqualTo(all.records());
        assertThat(inc.persons()).isEqualTo(all.persons());
        assertThat(inc.cohorts()).isEqualTo(all.cohorts());
        assertThat(AcceptanceArea.personOfRecord(incremental)).isEqualTo(AcceptanceArea.personOfRecord(full));
        assertThat(inc.linkMetrics().toString()).contains("mode=incremental");
        assertThat(all.linkMetrics().toString()).contains("mode=full");
    }

}
