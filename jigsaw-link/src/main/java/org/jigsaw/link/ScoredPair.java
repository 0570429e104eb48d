package org.jigsaw.link;

/** A candidate pair of records with its Fellegi–Sunter score and what was decided. */
public record ScoredPair(String leftKey, String rightKey, double matchWeight, double matchProbability,
                         Decision decision) {
}
