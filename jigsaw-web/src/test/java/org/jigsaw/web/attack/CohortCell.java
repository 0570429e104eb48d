package org.jigsaw.web.attack;

/**
 * One true cohort count the pages release in some form: a cohort, in one snapshot, within one value
 * (or {@link #ALL}) of each dimension the filters and breakdowns cut by. Residence has the filter's
 * two values ({@code in}, {@code out}) and, under {@code out}, the breakdown's two
 * ({@code outside}, {@code unknown}); ICB has the filter's codes and the breakdown's {@code none}.
 */
public record CohortCell(String snapshot, String cohort, String age, String residence, String icb, String need, String district) {
    public static final String ALL = "all";

    public static CohortCell of(String snapshot, String cohort, String age, String residence, String icb) {
        return new CohortCell(snapshot, cohort, age, residence, icb, ALL, ALL);
    }

    public enum Dim { AGE, RESIDENCE, ICB, NEED, DISTRICT }

    public String get(Dim d) {
        return switch (d) {
            case AGE -> age;
            case RESIDENCE -> residence;
            case ICB -> icb;
            case NEED -> need;
            case DISTRICT -> district;
        };
    }

    public CohortCell with(Dim d, String v) {
        return switch (d) {
            case AGE -> new CohortCell(snapshot, cohort, v, residence, icb, need, district);
            case RESIDENCE -> new CohortCell(snapshot, cohort, age, v, icb, need, district);
            case ICB -> new CohortCell(snapshot, cohort, age, residence, v, need, district);
            case NEED -> new CohortCell(snapshot, cohort, age, residence, icb, v, district);
            case DISTRICT -> new CohortCell(snapshot, cohort, age, residence, icb, need, v);
        };
    }

    /** The unknown's name in the linear system. */
    public String name() {
        return "cohort " + cohort + " @" + snapshot + " age=" + age + " residence=" + residence + " icb=" + icb + " need=" + need + " district=" + district;
    }
}
