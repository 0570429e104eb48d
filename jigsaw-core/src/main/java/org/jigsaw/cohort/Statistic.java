package org.jigsaw.cohort;

/** How a distribution of days is summarised. */
public enum Statistic {
    MEDIAN(0.5), P90(0.9), MEAN(Double.NaN);

    private final double quantile;

    Statistic(double quantile) {
        this.quantile = quantile;
    }

    public double quantile() {
        return quantile;
    }
}
