package org.jigsaw.cohort;

/** An inclusive band of whole years of age, used to break cohort counts down. */
public record AgeBand(int min, int max) {

    public AgeBand {
        if (min < 0 || max < min) throw new IllegalArgumentException("age band " + min + "-" + max + " is empty");
    }

    public static AgeBand parse(String text) {
        String[] parts = text.trim().split("\\s*-\\s*");
        if (parts.length != 2) throw new IllegalArgumentException("age band must look like 5-10: " + text);
        return new AgeBand(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    public String label() {
        return min + "-" + max;
    }
}
