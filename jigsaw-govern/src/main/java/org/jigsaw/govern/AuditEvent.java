package org.jigsaw.govern;

/**
 * One access to data, as the caller reports it to the {@link AuditLog}.
 *
 * @param user    username
 * @param role    role acted in
 * @param purpose purpose stated
 * @param action  what was done: {@code view}, {@code export}, {@code api}, {@code query}, {@code login}…
 * @param what    the query, cohort or KPI key, {@value #PERSON}{@code <pseudonym>} for one child's record, or
 *                {@value #PEOPLE}{@code <what>} for a read of many children's records ({@code rows} of them),
 *                {@value #RECORD}{@code <pseudonym>} for each linked record shown in clerical review —
 *                never a name or identifier
 * @param rows    rows or people returned
 * @param allowed whether the policy gate allowed it (refusals are audited too)
 */
public record AuditEvent(String user, Role role, String purpose, String action, String what, long rows, boolean allowed) {
    /** {@code what} of an access to one child's record: {@code person:<pseudonym>}; counts as one individual record. */
    public static final String PERSON = "person:";
    /** {@code what} of a read of many children's records (an export, a member list); counts as {@code rows} of them. */
    public static final String PEOPLE = "people:";
    /**
     * {@code what} of linked records shown side by side (clerical review): {@code record:<pseudonym>}
     * once per record, each counting as one individual record.
     */
    public static final String RECORD = "record:";

    public static AuditEvent allowed(String user, Role role, String purpose, String action, String what, long rows) {
        return new AuditEvent(user, role, purpose, action, what, rows, true);
    }

    public static AuditEvent denied(String user, Role role, String purpose, String action, String what) {
        return new AuditEvent(user, role, purpose, action, what, 0, false);
    }
}
