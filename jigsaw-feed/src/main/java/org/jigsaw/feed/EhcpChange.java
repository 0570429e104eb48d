package org.jigsaw.feed;

import java.time.LocalDate;

/**
 * One change to one child's EHC plan, keyed by the NHS number the health partner holds.
 *
 * @param personId      internal person ID; used only to derive the stable flag ID, never written out
 * @param nhsNumber     10 digits, checked
 * @param changeDate    when it happened (plan start, need change, or plan end)
 * @param planStart     start of the plan episode the change belongs to
 * @param planEnd       end of the episode, null while in force
 * @param primaryNeed   DfE SEN type code in force after the change (null if unknown)
 * @param previousNeed  for {@link EhcpChangeKind#NEED_CHANGED}: the code before; else null
 */
public record EhcpChange(String personId, String nhsNumber, EhcpChangeKind kind, LocalDate changeDate,
                         LocalDate planStart, LocalDate planEnd, String primaryNeed, String previousNeed) {

    /** True while the plan episode has not ended on {@code date}. */
    public boolean planActiveOn(LocalDate date) {
        return !planStart.isAfter(date) && (planEnd == null || !planEnd.isBefore(date));
    }
}
