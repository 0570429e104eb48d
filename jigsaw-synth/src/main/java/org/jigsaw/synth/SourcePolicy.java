package org.jigsaw.synth;

/**
 * How carefully an agency records identity: which identifiers it holds and how often it is
 * out of date or mistyped. Rates are per record.
 *
 * @param nhsFill        share of rows with an NHS number
 * @param upnFill        share of rows (of children who have one) with a UPN
 * @param postcodeStale  chance a move in the last two years has not reached this system
 * @param surnameStale   chance a change of family name has not reached this system
 * @param errorScale     multiplies the base rates of typos, nicknames and day/month swaps
 * @param nicknames      base chance of recording a nickname (where one exists)
 * @param duplicates     chance of a second row for the child under another id
 */
public record SourcePolicy(double nhsFill, double upnFill, double postcodeStale, double surnameStale,
                           double errorScale, double nicknames, double duplicates) {

    public static SourcePolicy health() {
        return new SourcePolicy(Prevalence.NHS_FILLED_HEALTH, 0, 0.25, 0.3, 1.0, 0.02, 0.006);
    }
}
