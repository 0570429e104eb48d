package org.jigsaw.web.access;

/**
 * One access to data, as the dashboard reports it to the audit log: never names or identifiers
 * of children, only pseudonyms.
 *
 * @param action  e.g. VIEW, EXPORT, API, CHILD_VIEW, REVIEW_DECISION, SIGN_IN, SIGN_IN_FAILED, FORBIDDEN
 * @param what    the page, table, cohort or person pseudonym accessed
 * @param rows    rows shown or exported, -1 when not applicable
 * @param outcome ALLOWED, DENIED or FAILED
 */
public record AuditEntry(String user, String role, String purpose, String action, String what, long rows, String outcome) {
}
