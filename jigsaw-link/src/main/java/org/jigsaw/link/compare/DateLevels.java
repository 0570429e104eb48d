package org.jigsaw.link.compare;

import org.jigsaw.link.data.Column;
import org.jigsaw.link.data.DateCodes;

/** Levels on ISO dates: the typical ways a date of birth gets keyed wrongly. */
public final class DateLevels {

    private DateLevels() {
    }

    static int[] dates(Column c) {
        int[] d = new int[c.distinct()];
        for (int i = 0; i < d.length; i++) d[i] = c.date(i);
        return d;
    }

    /** Day and month swapped (US order): 2015-03-07 / 2015-07-03. */
    public record DayMonthSwapped() implements Level {
        @Override
        public String label() {
            return "day_month_swapped";
        }

        @Override
        public Test bind(Column c) {
            int[] d = dates(c);
            return (a, b) -> {
                int x = d[a], y = d[b];
                return x >= 0 && y >= 0 && DateCodes.year(x) == DateCodes.year(y)
                        && DateCodes.month(x) == DateCodes.day(y) && DateCodes.day(x) == DateCodes.month(y);
            };
        }
    }

    /** Exactly one of year, month, day differs. */
    public record OneComponent() implements Level {
        @Override
        public String label() {
            return "one_component_differs";
        }

        @Override
        public Test bind(Column c) {
            int[] d = dates(c);
            return (a, b) -> {
                int x = d[a], y = d[b];
                if (x < 0 || y < 0) return false;
                int same = (DateCodes.year(x) == DateCodes.year(y) ? 1 : 0)
                        + (DateCodes.month(x) == DateCodes.month(y) ? 1 : 0)
                        + (DateCodes.day(x) == DateCodes.day(y) ? 1 : 0);
                return same >= 2;
            };
        }
    }

    /** Within {@code days} days of each other. */
    public record WithinDays(int days) implements Level {
        @Override
        public String label() {
            return "within_" + days + "_days";
        }

        @Override
        public Test bind(Column c) {
            long[] epoch = new long[c.distinct()];
            for (int i = 0; i < epoch.length; i++) {
                int code = c.date(i);
                epoch[i] = code < 0 ? Long.MIN_VALUE : DateCodes.epochDay(code);
            }
            return (a, b) -> epoch[a] != Long.MIN_VALUE && epoch[b] != Long.MIN_VALUE
                    && Math.abs(epoch[a] - epoch[b]) <= days;
        }
    }
}
