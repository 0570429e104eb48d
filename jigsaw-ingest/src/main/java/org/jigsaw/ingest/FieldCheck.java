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
    /** Raw date text → date; null results are remembered too. */
    private final Interner<LocalDate> dates;
    private final Interner<String> names = new Interner<>(Standardiser::name, 200_000);
    private final Interner<String> shared = new Interner<>(s -> s, 100_000);
    /** Raw postcode text → its full form and whether it is in the area; a few thousand units repeat across a million rows. */
    private final Interner<CheckedPostcode> postcodes;

    private record CheckedPostcode(String full, boolean outsideArea) {
    }
    /** A parsed date with its ISO text, so a repeated date of birth costs one lookup. */
    private record IsoDate(LocalDate date, String iso, DateOfBirth.Check asBirth) {
    }

    private final Interner<IsoDate> isoDates;

    FieldCheck(List<DateTimeFormatter> dateFormats, LocalDate reference, int ageMin, int ageMax, Set<String> districts) {
        this.dateFormats = dateFormats;
        this.reference = reference;
        this.ageMin = ageMin;
        this.ageMax = ageMax;
        this.districts = districts;
        this.pivotYear = reference.getYear();
        this.dates = new Interner<>(s -> Dates.parse(s, dateFormats, pivotYear).orElse(null), 100_000);
        this.postcodes = new Interner<>(s -> Postcode.parse(s)
                .map(pc -> new CheckedPostcode(pc.full(), !districts.isEmpty() && !districts.contains(pc.district())))
                .orElse(null), 100_000);
        this.isoDates = new Interner<>(s -> {
            LocalDate d = dates.get(s);
            return d == null ? null : new IsoDate(d, d.toString(), new DateOfBirth(d).check(reference, ageMin, ageMax));
        }, 100_000);
    }

    LocalDate date(String raw) {
        return dates.get(raw);
    }

    /** One shared String per distinct value, for values that repeat across rows (codes). */
    String share(String s) {
        return shared.get(s);
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
            case UPN, FORMER_UPN -> {
                if (unknownReason(raw)) {
                    out.status = Status.MISSING;
                    return;
                }
                out.value = Upn.parse(raw).map(Upn::value).orElse(null);
            }
            case ULN -> out.value = Uln.parse(raw).map(Uln::digits).orElse(null);
            case GIVEN_NAME, MIDDLE_NAMES, FAMILY_NAME, FORMER_FAMILY_NAME -> {
                out.value = names.get(raw);
                if (out.value == null) out.status = Status.MISSING;
                return;
            }
            case SEX -> out.value = Sex.parse(raw).map(Sex::code).orElse(null);
            case POSTCODE -> {
                CheckedPostcode pc = postcodes.get(raw);
                if (pc == null) break;
                out.value = pc.full();
                if (pc.outsideArea()) out.status = Status.OUTSIDE_AREA;
                return;
            }
            case DOB -> {
                IsoDate iso = isoDates.get(raw);
                if (iso == null) break;
                LocalDate d = iso.date();
                DateOfBirth.Check c = iso.asBirth();
                if (c == DateOfBirth.Check.FUTURE) {
                    out.status = Status.FUTURE;
                    return;
                }
                out.value = iso.iso();
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

    /** DfE "UPN unknown" codes UN1–UN10 (CIN, SSDA903, SEN2): a reason the UPN is absent, not a bad UPN. */
    static boolean unknownReason(String raw) {
        String s = raw.strip();
        if (s.length() < 3 || s.length() > 4 || (s.charAt(0) != 'U' && s.charAt(0) != 'u') || (s.charAt(1) != 'N' && s.charAt(1) != 'n')) {
            return false;
        }
        for (int i = 2; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) return false;
        }
        return true;
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
