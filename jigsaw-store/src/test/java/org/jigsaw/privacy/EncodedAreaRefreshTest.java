package org.jigsaw.privacy;

import org.jigsaw.keys.KeyFile;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jigsaw.area.Area;
import org.jigsaw.link.compare.LevelKinds;
import org.jigsaw.progress.Progress;
import org.jigsaw.record.SourceRecord;
import org.jigsaw.store.Refresh;
import org.jigsaw.store.RefreshSummary;
import org.jigsaw.store.SnapshotReader;
import org.jigsaw.synth.SynthOptions;
import org.jigsaw.synth.Synthesizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A refresh of an area whose health sources arrive encoded: linked to the council's records, no clear identifier stored. */
class EncodedAreaRefreshTest {

    @TempDir
    Path tmp;

    @Test
    void encodedHealthRecordsJoinCouncilPersonsAndNoClearIdentifierReachesTheSnapshot() throws Exception {
        Path area = tmp.resolve("area");
        Synthesizer.generate(new SynthOptions(2000, 11, 0), area, Progress.NONE);
        Path keys = tmp.resolve("keys.yaml");
        KeyFile.init(keys, List.of(KeyFile.LINKAGE));
        Path copy = tmp.resolve("encoded");
        List<String> encoded = EncodedAreaCopy.write(area, copy, KeyFile.load(keys), KeyFile.LINKAGE, EncodedAreaCopy.HEALTH);

        // every clear identifier value of the health sources, as the clear area would load them
        Set<String> clearValues = new HashSet<>();
        for (SourceRecord r : PprlStages.ingest(keys).ingest(area, Area.open(area).config(), Progress.NONE).records()) {
            if (encoded.contains(r.source())) r.values().values().stream().filter(v -> v.length() > 1).forEach(clearValues::add);
        }
        assertThat(clearValues).isNotEmpty();

        RefreshSummary s = new Refresh(PprlStages.ingest(keys), PprlStages.incremental(LevelKinds.defaults(), true, keys), 12,
                Clock.systemUTC()).run(Area.open(copy), Progress.NONE);
        String in = "('" + String.join("','", encoded) + "')";
        try (SnapshotReader snap = SnapshotReader.open(s.snapshot()); Connection c = snap.newConnection(); Statement st = c.createStatement()) {
            long stored = 0;
            try (ResultSet rs = st.executeQuery("SELECT nhs_number, given_name, family_name, CAST(dob AS VARCHAR), sex, postcode, local_id"
                    + " FROM record WHERE source IN " + in)) {
                while (rs.next()) {
                    stored++;
                    for (int i = 1; i <= 7; i++) {
                        String v = rs.getString(i);
                        if (v != null) assertThat(clearValues).as("column " + i).doesNotContain(v);
                    }
                    assertThat(rs.getString(4)).as("an encoded date of birth is no date").isNull();
                }
            }
            assertThat(stored).isGreaterThan(100);
            // encoded health records are linked to the council's clear records of the same child
            try (ResultSet rs = st.executeQuery("SELECT count(DISTINCT h.record_key) FROM person_record h JOIN record hr ON hr.record_key = h.record_key"
                    + " JOIN person_record o ON o.person_id = h.person_id JOIN record orr ON orr.record_key = o.record_key"
                    + " WHERE hr.source IN " + in + " AND orr.source NOT IN " + in)) {
                rs.next();
                assertThat(rs.getLong(1)).isGreaterThan(stored / 2);
            }
        }
    }
}
