package org.jigsaw.synth;

import java.time.LocalDate;

/**
 * One SSDA903 episode of care.
 *
 * @param legalStatus LS code (V3/V4 = short breaks, not "looked after" in DfE counts)
 * @param placement   PLACE code
 * @param reasonNew   RNE code
 * @param reasonEnded REC code or null while open
 */
public record CareEpisode(LocalDate start, LocalDate end, String legalStatus, String placement,
                          String reasonNew, String reasonEnded) {

    public boolean lookedAfter() {
        return !legalStatus.equals("V3") && !legalStatus.equals("V4");
    }
}
