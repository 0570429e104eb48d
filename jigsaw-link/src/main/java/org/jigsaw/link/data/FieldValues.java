package org.jigsaw.link.data;

import java.util.Locale;
import java.util.function.UnaryOperator;
import org.jigsaw.ingest.Standardiser;
import org.jigsaw.record.Field;

/**
 * Turns a raw value of a canonical field into the form linkage compares, recognising formats
 * without being told: dates in any format {@link Standardiser#date} knows (yyyymmdd, dd/mm/yyyy,
 * 3 Mar 2015 …), sex code lists (M/F, 1/2, male/female; "unknown" becomes blank), NHS numbers and
 * postcodes with any spacing. Non-UK postcodes are kept as written (upper case, spaces collapsed)
 * rather than dropped. Any other field name is a generic field: upper case, spaces collapsed
 * ({@code identifier} and names ending in {@code _id}/{@code _number}: spaces removed).
 */
public final class FieldValues {

    private FieldValues() {
    }

    /** The standardiser for a canonical field name. */
    public static UnaryOperator<String> standardiser(String field) {
        Field f;
        try {
            f = Field.fromKey(field);
        } catch (IllegalArgumentException e) {
            return isIdentifierLike(field) ? FieldValues::compact : FieldValues::text;
        }
        return switch (f) {
            case NHS_NUMBER -> Standardiser::nhsNumber;
            case UPN, FORMER_UPN -> Standardiser::upn;
            case ULN -> Standardiser::uln;
            case GIVEN_NAME, MIDDLE_NAMES -> Standardiser::givenName;
            case FAMILY_NAME, FORMER_FAMILY_NAME -> Standardiser::familyName;
            case DOB -> Standardiser::date;
            case SEX -> FieldValues::sex;
            case POSTCODE -> FieldValues::postcode;
            case UPRN -> v -> {
                String d = v == null ? null : v.replaceAll("[^0-9]", "");
                return d == null || d.isEmpty() ? null : d;
            };
            case LOCAL_ID -> FieldValues::compact;
            case ADDRESS, HOUSE_NUMBER, LOCALITY -> FieldValues::text;
        };
    }

    /** The same for values that are already canonical (records from ingest): only "U" sex is blanked. */
    public static String forLinkage(Field field, String canonicalValue) {
        if (field == Field.SEX && "U".equals(canonicalValue)) return null;
        return canonicalValue;
    }

    static boolean isIdentifierLike(String field) {
        String f = field.toLowerCase(Locale.ROOT);
        return f.equals("identifier") || f.endsWith("_id") || f.endsWith("_number") || f.endsWith("_no");
    }

    static String sex(String raw) {
        String s = Standardiser.sex(raw);
        return s == null || s.equals("U") ? null : s;
    }

    static String postcode(String raw) {
        if (raw == null || raw.isBlank()) return null;
        String uk = Standardiser.postcode(raw);
        return uk != null ? uk : text(raw);
    }

    /** Upper case, punctuation to spaces, spaces collapsed; null when nothing is left. */
    public static String text(String raw) {
        if (raw == null) return null;
        StringBuilder sb = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && sb.length() > 0) sb.append(' ');
                space = false;
                sb.append(Character.toUpperCase(c));
            } else if (c != '\'') {
                space = true;
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** Upper case without spaces or punctuation, for reference numbers. */
    public static String compact(String raw) {
        if (raw == null) return null;
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isLetterOrDigit(c)) sb.append(Character.toUpperCase(c));
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
