package org.jigsaw.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jigsaw.link.PersonAssignment;
import org.jigsaw.link.eval.AreaTruth;
import org.jigsaw.link.eval.ClusterEvaluation;
import org.jigsaw.store.SnapshotReader;

/**
 * Scores a snapshot's persons against a synthetic area's {@code truth/}: pairwise precision and
 * recall, and how many twin pairs were wrongly merged (the failure that matters most).
 */
record TruthCheck(ClusterEvaluation evaluation, long twinPairsMerged) {

    static boolean available(Path area) {
        return AreaTruth.available(area);
    }

    static TruthCheck of(Path area, SnapshotReader snapshot) throws IOException, SQLException {
        AreaTruth truth = AreaTruth.read(area);
        Map<String, String> truePerson = truth.personByRecord();
        Map<String, String> twinGroup = truth.twinGroup();
        List<PersonAssignment> assignments = new ArrayList<>();
        try (Connection c = snapshot.newConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT record_key, person_id FROM person_record")) {
            while (rs.next()) assignments.add(new PersonAssignment(rs.getString(1), rs.getString(2)));
        }
        return new TruthCheck(ClusterEvaluation.of(assignments, truePerson), twinsMerged(assignments, truePerson, twinGroup));
    }

    /** Distinct pairs of true twins that ended up in one predicted person. */
    private static long twinsMerged(List<PersonAssignment> assignments, Map<String, String> truePerson,
                                    Map<String, String> twinGroup) {
        Map<String, Set<String>> twinsByPredicted = new HashMap<>();
        for (PersonAssignment a : assignments) {
            String p = truePerson.get(a.recordKey());
            if (p != null && twinGroup.containsKey(p)) twinsByPredicted.computeIfAbsent(a.personId(), k -> new HashSet<>()).add(p);
        }
        long merged = 0;
        for (Set<String> people : twinsByPredicted.values()) {
            List<String> list = new ArrayList<>(people);
            for (int i = 0; i < list.size(); i++)
                for (int j = i + 1; j < list.size(); j++)
                    if (twinGroup.get(list.get(i)).equals(twinGroup.get(list.get(j)))) merged++;
        }
        return merged;
    }

    String line() {
        ClusterEvaluation e = evaluation;
        return String.format("Linkage against the ground truth: precision %.4f, recall %.4f, F1 %.4f (%,d records, %,d true pairs); twin pairs merged: %d",
                e.precision(), e.recall(), e.f1(), e.records(), e.truePairs(), twinPairsMerged);
    }
}
