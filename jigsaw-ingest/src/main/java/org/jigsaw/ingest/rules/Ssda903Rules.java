package org.jigsaw.ingest.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * SSDA903 (children looked after) rules on identity, dates and codes, with the codes and messages
 * of the open 903 validator. Code lists are read from the 903 schema (SSDA903_schema_2024.yml).
 * Rules comparing with last year's return (202–208, 502–504) need that return and are not here.
 */
final class Ssda903Rules {

    static final String CHILD = "CHILD";
    static final String SEX = "SEX";
    static final String DOB = "DOB";
    static final String ETHNIC = "ETHNIC";
    static final String DECOM = "DECOM";
    static final String DEC = "DEC";
    static final String RNE = "RNE";
    static final String LS = "LS";
    static final String CIN = "CIN";
    static final String PLACE = "PLACE";
    static final String REC = "REC";
    static final String REASON_PLACE_CHANGE = "REASON_PLACE_CHANGE";

    /** The first date the 903 collection covers (the Children Act 1989 came into force). */
    static final LocalDate EARLIEST_EPISODE = LocalDate.of(1991, 10, 14);
    /** REC "X1": the episode ends and a new one begins the same day. */
    static final String CONTINUES = "X1";
    /** RNE "S": started to be looked after; every other reason continues care from the previous episode. */
    static final String STARTED = "S";

    private Ssda903Rules() {
    }

    static RulePack header() {
        return new RulePack("ssda903-header", "SSDA903 Header", List.of(CHILD, SEX, DOB, ETHNIC), List.of(
                code("101", "Gender code is not valid.", SEX, SpecCodes.ssda903("Header", SEX), true),
                new RowRule("102", "Date of birth is not a valid date.", RuleSeverity.ERROR, (v, c) -> c.date(v.get(DOB)) == null),
                code("103", "The ethnicity code is either not valid or has not been entered.", ETHNIC,
                        SpecCodes.ssda903("Header", ETHNIC), true)));
    }

    static RulePack episodes() {
        return new RulePack("ssda903-episodes", "SSDA903 Episodes",
                List.of(CHILD, DECOM, RNE, LS, CIN, PLACE, DEC, REC, REASON_PLACE_CHANGE), List.of(
                new RowRule("141", "Date episode began is not a valid date.", RuleSeverity.ERROR, (v, c) -> c.date(v.get(DECOM)) == null),
                new EpisodeRule("142", "A new episode has started, but the previous episode has not ended.", RuleSeverity.ERROR,
                        CHILD, DECOM, DEC, RNE, REC, eps -> {
                            long n = 0;
                            for (int i = 0; i < eps.size() - 1; i++) if (eps.get(i).end() == null) n++;
                            return n;
                        }),
                code("143", "The reason for new episode code is not a valid code.", RNE, SpecCodes.ssda903("Episodes", RNE), true),
                code("144", "The legal status code is not a valid code.", LS, SpecCodes.ssda903("Episodes", LS), true),
                code("145", "Category of need code is not a valid code.", CIN, SpecCodes.ssda903("Episodes", CIN), true),
                code("146", "Placement type is not a valid code.", PLACE, SpecCodes.ssda903("Episodes", PLACE), true),
                code("149", "Reason episode ceased is not a valid code.", REC, SpecCodes.ssda903("Episodes", REC), false),
                new RowRule("353", "No episode submitted can start before 14 October 1991.", RuleSeverity.ERROR, (v, c) -> {
                    LocalDate d = c.date(v.get(DECOM));
                    return d != null && d.isBefore(EARLIEST_EPISODE);
                }),
                new RowRule("356", "The date the episode ceased is before the date the same episode started.", RuleSeverity.ERROR,
                        (v, c) -> {
                            LocalDate from = c.date(v.get(DECOM));
                            LocalDate to = c.date(v.get(DEC));
                            return from != null && to != null && to.isBefore(from);
                        }),
                new EpisodeRule("388", "Reason episode ceased is coded new episode begins, but there is no continuation episode.",
                        RuleSeverity.ERROR, CHILD, DECOM, DEC, RNE, REC, eps -> {
                            long n = 0;
                            for (int i = 0; i < eps.size(); i++) {
                                EpisodeRule.Episode e = eps.get(i);
                                if (!CONTINUES.equals(e.reasonEnded())) continue;
                                if (i == eps.size() - 1 || !eps.get(i + 1).start().equals(e.end())) n++;
                            }
                            return n;
                        }),
                new EpisodeRule("433", "The reason for new episode suggests that this is a continuation episode, but the episode "
                        + "does not start on the same day as the last episode finished.", RuleSeverity.ERROR,
                        CHILD, DECOM, DEC, RNE, REC, eps -> {
                            long n = 0;
                            for (int i = 1; i < eps.size(); i++) {
                                EpisodeRule.Episode e = eps.get(i);
                                LocalDate prevEnd = eps.get(i - 1).end();
                                if (e.reasonNew() != null && !STARTED.equals(e.reasonNew()) && prevEnd != null && !prevEnd.equals(e.start())) n++;
                            }
                            return n;
                        }),
                new EpisodeRule("501", "A new episode has started before the end date of the previous episode.", RuleSeverity.ERROR,
                        CHILD, DECOM, DEC, RNE, REC, eps -> {
                            long n = 0;
                            for (int i = 1; i < eps.size(); i++) {
                                LocalDate prevEnd = eps.get(i - 1).end();
                                if (prevEnd != null && eps.get(i).start().isBefore(prevEnd)) n++;
                            }
                            return n;
                        }),
                code("1009", "Reason for placement change is not a valid code.", REASON_PLACE_CHANGE,
                        SpecCodes.ssda903("Episodes", REASON_PLACE_CHANGE), false)));
    }

    /** A coded column: a value not in the list fails; so does a blank one when the column cannot be blank. */
    private static Rule code(String code, String message, String column, Set<String> codes, boolean required) {
        return new RowRule(code, message, RuleSeverity.ERROR,
                (v, c) -> required ? Codes.missingOrNotIn(v.get(column), codes) : Codes.notIn(v.get(column), codes));
    }
}
