package org.jigsaw.govern;

/**
 * A question for the {@link PolicyGate}: may {@code user}, acting in {@code role} for
 * {@code purpose}, see {@code dataset} (or one {@code field} of it) at {@code granularity}?
 *
 * @param user        username, for the audit trail
 * @param role        the role the user acts in
 * @param purpose     a purpose key from an agreement (e.g. {@code send_planning}); required
 * @param dataset     dataset name; null for area-wide output drawing on several datasets
 * @param field       a canonical field key or fact type key; null for the dataset as a whole
 * @param granularity aggregate counts or rows about individual children
 */
public record AccessRequest(String user, Role role, String purpose, String dataset, String field, Granularity granularity) {

    public static AccessRequest aggregate(String user, Role role, String purpose, String dataset) {
        return new AccessRequest(user, role, purpose, dataset, null, Granularity.AGGREGATE);
    }

    public static AccessRequest individual(String user, Role role, String purpose, String dataset) {
        return new AccessRequest(user, role, purpose, dataset, null, Granularity.INDIVIDUAL);
    }
}
