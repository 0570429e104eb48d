package org.jigsaw.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.jigsaw.identity.DateOfBirth;
import org.jigsaw.identity.Dates;
import org.jigsaw.identity.NhsNumber;
import org.jigsaw.identity.Postcode;
import org.jigsaw.identity.Sex;
import org.jigsaw.identity.Uln;
import org.jigsaw.identity.Upn;
import org.jigsaw.record.Field;

/**
 * Validates and standardises one canonical field's raw value. The outcome says what a
 * data-quality report needs to know; the value is the canonical form (or null).
 */
final class FieldCheck {

    enum Status { OK, MISSING, INVALID, FUTURE, OUTSIDE_AGE_RANGE, OUTSIDE_AREA }

    /** Mutable result holder reused across rows of one source (single-threaded). */
    static final class Outcome {
        String value;
        Status status;
    }

    private final List<DateTimeFormatter> dateFormats;
    private final LocalDate reference;
    private final int ageMin;
    private final int ageMax;
    private final Set<String> districts;
    private final int pivotYear;

    FieldCheck(List<DateTimeFormatter> dateFormats, LocalDate reference, int ageMin, int ageMax, Set<String> districts) {
        this.dateFormats = dateFormats;
        this.reference = reference;
        this.ageMin = ageMin;
        this.ageMax = ageMax;
        this.districts = districts;
        this.pivotYear = reference.getYear();
    }

    LocalDate date(String raw) {
        return Dates.parse(raw, dateFormats, pivotYear).orElse(null);
    }

    void check(Field field, String raw, Outcome out) {
        out.value = null;
        if (raw == null || raw.isBlank()) {
            out.status = Status.MISSING;
            return;
        }
        out.status = Status.OK;
        switch (field) {
            case NHS_NUMBER -> out.value = NhsNumber.parse(raw).map(NhsNumber::digits).orElse(null);
            case UPN, FORMER_UPN -> out.value = Upn.parse(raw).map(Upn::value).orElse(null);
            case ULN -> out.value = Uln.parse(raw).map(Uln::digits).orElse(null);
            case GIVEN_NAME, MIDDLE_NAMES, FAMILY_NAME, FORMER_FAMILY_NAME -> {
                out.value = Standardiser.name(raw);
                if (out.value == null) out.status = Status.MISSING;
                return;
            }
            case SEX -> out.value = Sex.parse(raw).map(Sex::code).orElse(null);
            case POSTCODE -> {
                Postcode pc = Postcode.parse(raw).orElse(null);
                if (pc == null) break;
                out.value = pc.full();
                if (!districts.isEmpty() && !districts.contains(pc.district())) out.status = Status.OUTSIDE_AREA;
                return;
            }
            case DOB -> {
                LocalDate d = date(raw);
                if (d == null) break;
                DateOfBirth.Check c = new DateOfBirth(d).check(reference, ageMin, ageMax);
                if (c == DateOfBirth.Check.FUTURE) {
                    out.status = Status.FUTURE;
                    return;
                }
                out.value = d.toString();
                if (c == DateOfBirth.Check.OUTSIDE_AGE_RANGE) out.status = Status.OUTSIDE_AGE_RANGE;
                return;
            }
            case UPRN -> {
                String s = raw.strip();
                out.value = s.length() <= 12 && s.chars().allMatch(Character::isDigit) && !s.chars().allMatch(c -> c == '0')
                        ? s : null;
            }
            case LOCAL_ID -> {
                out.value = raw.strip();
                return;
            }
            case ADDRESS, HOUSE_NUMBER, LOCALITY -> {
                out.value = collapse(raw);
                return;
            }
            default -> out.value = raw.strip();
        }
        if (out.value == null) out.status = Status.INVALID;
    }

    /** Upper case, runs of whitespace to one space. */
    static String collapse(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(Character.toUpperCase(c));
            }
        }
        return sb.toString();
    }
}
