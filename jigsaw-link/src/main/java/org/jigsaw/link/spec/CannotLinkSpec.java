package org.jigsaw.link.spec;

/**
 * A constraint clustering never breaks. Kinds:
 * <ul>
 *   <li>{@code different_value}: two records whose {@code field} values are both present and differ
 *       (two different valid NHS numbers) are never in one person;</li>
 *   <li>{@code twins}: same date of birth and family name but clearly different given names (not a
 *       nickname, not one typo, not an initial) are never in one person;</li>
 *   <li>{@code one_per_source}: a person holds at most one record from each source (for linking
 *       two files that are each free of duplicates).</li>
 * </ul>
 */
public record CannotLinkSpec(String kind, String field) {

    public static CannotLinkSpec differentValue(String field) {
        return new CannotLinkSpec("different_value", field);
    }

    public static CannotLinkSpec twins() {
        return new CannotLinkSpec("twins", null);
    }

    public static CannotLinkSpec onePerSource() {
        return new CannotLinkSpec("one_per_source", null);
    }
}
