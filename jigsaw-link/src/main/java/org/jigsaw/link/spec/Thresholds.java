package org.jigsaw.link.spec;

/**
 * Match-probability thresholds: at or above {@code accept} a pair links; from {@code review} up to
 * {@code accept} it goes to clerical review; below {@code review} it is rejected.
 */
public record Thresholds(double accept, double review) {

    public Thresholds {
        if (!(review >= 0 && review <= accept && accept <= 1)) {
            throw new IllegalArgumentException("thresholds need 0 <= review <= accept <= 1");
        }
    }
}
