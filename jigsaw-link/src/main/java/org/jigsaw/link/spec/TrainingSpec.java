package org.jigsaw.link.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How the model is estimated: u from {@code randomPairs} random record pairs, m by EM on the
 * candidate pairs' comparison patterns.
 */
public record TrainingSpec(@JsonProperty("random_pairs") int randomPairs,
                           @JsonProperty("max_iterations") int maxIterations,
                           double tolerance, long seed) {

    public TrainingSpec {
        if (randomPairs <= 0) randomPairs = 1_000_000;
        if (maxIterations <= 0) maxIterations = 200;
        if (tolerance <= 0) tolerance = 1e-7;
    }

    public static TrainingSpec defaults() {
        return new TrainingSpec(0, 0, 0, 20261127L);
    }
}
