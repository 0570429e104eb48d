package org.jigsaw.govern;

/** Where an agreement stands on a date. */
public enum AgreementStatus {
    /** before its start date: its data may not be used yet */
    NOT_STARTED,
    /** in force */
    ACTIVE,
    /** in force but past its review date: still usable, the DPO must review it */
    REVIEW_OVERDUE,
    /** on or after its end date: its data is no longer used */
    ENDED;

    public boolean inForce() {
        return this == ACTIVE || this == REVIEW_OVERDUE;
    }
}
