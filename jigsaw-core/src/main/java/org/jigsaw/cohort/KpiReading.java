package org.jigsaw.cohort;

import java.util.Locale;
import java.util.Optional;

/**
 * How a board reads a KPI: the question of the brief it answers and, when the area set one in
 * cohorts.yaml, its target. Kept beside the definition, not in it: what a KPI computes and what a
 * board aims for change at different times and by different people.
 */
public record KpiReading(Question question, Optional<Target> target) {

    /** The brief's questions, in the order a board pack takes them. */
    public enum Question {
        TIMELINESS, DEMAND, INCLUSION, HEALTH_ACCESS, VULNERABLE_GROUPS, DATA_QUALITY, OTHER;

        /** The cohorts.yaml spelling, e.g. {@code health_access}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Question parse(String text, String at) {
            for (Question q : values()) if (q.key().equals(text.trim().toLowerCase(Locale.ROOT))) return q;
            throw new IllegalArgumentException(at + ": 'question' must be one of timeliness, demand, inclusion, health_access, "
                    + "vulnerable_groups, data_quality, other; got '" + text + "'");
        }
    }

    /** Whether a higher or a lower figure is better. */
    public enum Direction {
        HIGHER, LOWER;

        static Direction parse(String text, String at) {
            return switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "higher" -> HIGHER;
                case "lower" -> LOWER;
                default -> throw new IllegalArgumentException(at + ": 'direction' must be higher or lower (which is better), got '" + text + "'");
            };
        }
    }

    /** A target value in the KPI's own unit (percent, days, per 10,000, count). */
    public record Target(double value, Direction direction) {
        /** Whether {@code figure} meets the target. */
        public boolean met(double figure) {
            return direction == Direction.HIGHER ? figure >= value : figure <= value;
        }

        /** Whether {@code figure} misses the target by no more than a tenth of it (amber on a board's scale). */
        public boolean near(double figure) {
            double slack = Math.abs(value) * 0.1;
            return direction == Direction.HIGHER ? figure >= value - slack : figure <= value + slack;
        }
    }

    public static KpiReading of(String question, Double target, String direction, String at) {
        Question q = question == null ? Question.OTHER : Question.parse(question, at);
        if (target == null) {
            if (direction != null) throw new IllegalArgumentException(at + ": 'direction' needs a 'target'");
            return new KpiReading(q, Optional.empty());
        }
        if (direction == null) throw new IllegalArgumentException(at + ": a 'target' needs 'direction: higher' or 'direction: lower' (which is better)");
        return new KpiReading(q, Optional.of(new Target(target, Direction.parse(direction, at))));
    }
}
