package org.jigsaw.record;

import java.util.Locale;

/**
 * The canonical fields every source maps its columns onto. Linkage, quality checks and the
 * store only ever see these names, whatever the agency called the column.
 */
public enum Field {
    NHS_NUMBER, UPN, FORMER_UPN, ULN, LOCAL_ID,
    GIVEN_NAME, MIDDLE_NAMES, FAMILY_NAME, FORMER_FAMILY_NAME,
    DOB, SEX, POSTCODE, UPRN, ADDRESS, HOUSE_NUMBER, LOCALITY;

    /** The name used in YAML and CSV headers, e.g. {@code nhs_number}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Field fromKey(String key) {
        return valueOf(key.trim().toUpperCase(Locale.ROOT));
    }
}
