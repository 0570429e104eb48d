package org.jigsaw.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * Sex as recorded, reduced to the canonical {@code M}/{@code F}/{@code U} across the code lists
 * agencies use: DfE census (M, F), NHS Person Stated Gender / Person Phenotypic Sex (1 male,
 * 2 female, 9 indeterminate or not specified, 0 or X not known), words (male, boy, man…).
 */
public enum Sex {
    M, F, U;

    /** Empty for blank or unrecognised input (an unrecognised code is a data-quality finding). */
    public static Optional<Sex> parse(String raw) {
        if (raw == null) return Optional.empty();
        String s = raw.trim();
        if (s.isEmpty()) return Optional.empty();
        switch (s.toUpperCase(Locale.ROOT)) {
            case "M": case "1": case "MALE": case "BOY": case "MAN": case "01":
                return Optional.of(M);
            case "F": case "2": case "FEMALE": case "GIRL": case "WOMAN": case "02":
                return Optional.of(F);
            case "U": case "0": case "9": case "X": case "I": case "00": case "09": case "UNKNOWN": case "NOT KNOWN":
            case "NOT SPECIFIED": case "NOT STATED": case "INDETERMINATE": case "OTHER": case "N/K": case "NK":
                return Optional.of(U);
            default:
                return Optional.empty();
        }
    }

    public String code() {
        return name();
    }
}
