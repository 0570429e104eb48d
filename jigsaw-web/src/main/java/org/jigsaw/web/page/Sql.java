package org.jigsaw.web.page;

/** SQL shared by pages: the reference date, ages at it, and age bands as SEN2 reports them. */
final class Sql {
    private Sql() {
    }

    /** CTEs {@code ref(d)} and {@code p(person_id, age, age_band, in_area, gp_icb, district, dob)}. */
    static final String PEOPLE = """
            ref AS (SELECT coalesce((SELECT max(reference_date) FROM run), current_date) AS d),
            p AS (
              SELECT person.person_id, person.in_area, person.gp_icb, person.dob,
                     coalesce(split_part(person.postcode, ' ', 1), '') AS district,
                     (year(ref.d) - year(person.dob)) - CASE WHEN strftime(ref.d, '%m%d') < strftime(person.dob, '%m%d') THEN 1 ELSE 0 END AS age
              FROM person, ref),
            pb AS (
              SELECT p.*, CASE WHEN age IS NULL THEN 'Unknown' WHEN age < 5 THEN 'Under 5' WHEN age <= 10 THEN '5 to 10'
                                WHEN age <= 15 THEN '11 to 15' WHEN age <= 19 THEN '16 to 19' ELSE '20 to 25' END AS age_band
              FROM p)
            """;

    static final java.util.List<String> AGE_BANDS = java.util.List.of("Under 5", "5 to 10", "11 to 15", "16 to 19", "20 to 25", "Unknown");

    /** The latest primary need each person has, from any source. */
    static final String NEED = """
            need AS (
              SELECT person_id, arg_max(code, coalesce(start_date, DATE '1900-01-01')) AS need
              FROM fact WHERE type = 'primary_need' GROUP BY person_id)
            """;

    /** Turns a cohort or KPI key such as {@code ehcp_and_cpp} into words. */
    static String label(String key) {
        String s = key.replace('_', ' ').replace('-', ' ').trim();
        s = s.replaceAll("(?i)\\behcp\\b", "EHC plan").replaceAll("(?i)\\behc\\b", "EHC").replaceAll("(?i)\\bcpp\\b", "CP plan").replaceAll("(?i)\\bcin\\b", "CIN")
                .replaceAll("(?i)\\bcla\\b", "CLA").replaceAll("(?i)\\bslt\\b", "SLT").replaceAll("(?i)\\bcamhs\\b", "CAMHS")
                .replaceAll("(?i)\\bsend\\b", "SEND").replaceAll("(?i)\\bneet\\b", "NEET").replaceAll("(?i)\\bld\\b", "LD");
        return s.isEmpty() ? key : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
