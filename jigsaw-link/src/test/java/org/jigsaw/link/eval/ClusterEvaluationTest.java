package org.jigsaw.link.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.jigsaw.link.PersonAssignment;
import org.junit.jupiter.api.Test;

class ClusterEvaluationTest {

    @Test
    void countsPairsFromTheContingencyTable() {
        // truth: {a,b,c} one child, {d} another; predicted: {a,b} and {c,d}
        Map<String, String> truth = Map.of("a", "T1", "b", "T1", "c", "T1", "d", "T2");
        List<PersonAssignment> predicted = List.of(new PersonAssignment("a", "P1"), new PersonAssignment("b", "P1"),
                new PersonAssignment("c", "P2"), new PersonAssignment("d", "P2"), new PersonAssignment("x", "P3"));

        ClusterEvaluation e = ClusterEvaluation.of(predicted, truth);

        assertThat(e.records()).isEqualTo(4);           // x has no truth: ignored
        assertThat(e.truePairs()).isEqualTo(3);         // ab ac bc
        assertThat(e.predictedPairs()).isEqualTo(2);    // ab cd
        assertThat(e.truePositives()).isEqualTo(1);     // ab
        assertThat(e.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(e.recall()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(e.f1()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void perfectClusteringScoresOne() {
        Map<String, String> truth = Map.of("a", "T1", "b", "T1", "c", "T2");
        List<PersonAssignment> predicted = List.of(new PersonAssignment("a", "X"), new PersonAssignment("b", "X"),
                new PersonAssignment("c", "Y"));
        assertThat(ClusterEvaluation.of(predicted, truth).f1()).isEqualTo(1.0);
    }
}
