package org.jigsaw.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.jigsaw.identity.Dates;
import org.jigsaw.identity.NhsNumber;
import org.jigsaw.identity.Postcode;
import org.jigsaw.identity.Sex;
import org.jigsaw.identity.Uln;
import org.jigsaw.identity.Upn;

/**
 * Puts names, postcodes, sex codes and identifiers into the canonical form linkage compares.
 * Every method is null-safe and answers null for blank or unusable input.
 *
 * <p>Names: upper case; diacritics removed (É → E, ß → SS, Ø → O); apostrophes dropped so
 * O'Brien, O’Brien and OBrien agree; any hyphen or dash becomes '-' with no spaces around it;
 * other punctuation becomes a space; titles (Mr, Miss, Dr…) and generational suffixes (Jr, Snr)
 * are removed.
 */
public final class Standardiser {

    private static final Set<String> TITLES = Set.of("MR", "MRS", "MS", "MISS", "MX", "DR", "MASTER", "MSTR", "SIR",
            "DAME", "LADY", "LORD", "REV", "REVD", "PROF", "FR");
    private static final Set<String> SUFFIXES = Set.of("JR", "JNR", "SNR", "SR", "II", "III", "IV");
    /** Surname particles written both apart and together (DE LA CRUZ, DELACRUZ; MAC DONALD, MACDONALD). */
    private static final Set<String> PARTICLES = Set.of("DE", "DA", "DI", "DU", "DEL", "DELLA", "DER", "DEN", "DES",
            "LA", "LE", "VAN", "VON", "ST", "MAC", "MC", "O", "AL", "EL", "BIN", "BEN", "TER", "TEN");
    /** One instance: its configuration is never changed after construction, so sharing it is safe. */
    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    private Standardiser() {
    }

    /** A standardised personal name, e.g. {@code "  mrs  Zoë  o'Brien-smith "} → {@code "ZOE OBRIEN-SMITH"}. */
    public static String name(String raw) {
        if (raw == null) return null;
        String s = foldToAscii(raw);
        StringBuilder sb = new StringBuilder(s.length());
        List<String> tokens = new ArrayList<>(4);
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (c >= 'a' && c <= 'z') {
                sb.append((char) (c - 32));
            } else if (c >= 'A' && c <= 'Z') {
                sb.append(c);
            } else if (c == '\'' || c == '`' || c == '\u2019' || c == '\u2018' || c == '\u00B4' || c == '\u02BC') {
                // apostrophes join: O'BRIEN = OBRIEN
            } else if (c == '-' || (c >= '\u2010' && c <= '\u2015')) {
                if (sb.length() == 0 || sb.charAt(sb.length() - 1) != '-') sb.append('-');
            } else {
                if (sb.length() > 0) {
                    tokens.add(sb.toString());
                    sb.setLength(0);
                }
            }
        }
        // "SMITH - JONES" arrives as tokens SMITH, -, JONES (or SMITH-, JONES): rejoin around hyphens
        List<String> joined = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            int last = joined.size() - 1;
            if (last >= 0 && (joined.get(last).endsWith("-") || t.startsWith("-"))) {
                String head = joined.get(last);
                if (head.endsWith("-")) head = head.substring(0, head.length() - 1);
                joined.set(last, head + "-" + stripLeadingHyphen(t));
            } else {
                joined.add(t);
            }
        }
        int from = 0;
        int to = joined.size();
        while (from < to - 1 && TITLES.contains(trimHyphens(joined.get(from)))) from++;
        while (to > from + 1 && SUFFIXES.contains(trimHyphens(joined.get(to - 1)))) to--;
        StringBuilder out = new StringBuilder(s.length());
        for (int i = from; i < to; i++) {
            String t = trimHyphens(joined.get(i));
            if (t.isEmpty()) continue;
            if (out.length() > 0) out.append(' ');
            out.append(t);
        }
        return out.length() == 0 ? null : out.toString();
    }

    /** Standardised given name(s) as written, e.g. {@code "Mary-Jane"} → {@code "MARY-JANE"}. */
    public static String givenName(String raw) {
        return name(raw);
    }

    /** The first given name only (a hyphenated first name stays whole): {@code "Mary Anne"} → {@code "MARY"}. */
    public static String firstGivenName(String raw) {
        String n = name(raw);
        if (n == null) return null;
        int sp = n.indexOf(' ');
        return sp < 0 ? n : n.substring(0, sp);
    }

    /** Standardised family name as written, hyphens kept: {@code "Smith - Jones"} → {@code "SMITH-JONES"}. */
    public static String familyName(String raw) {
        return name(raw);
    }

    /**
     * The parts of a hyphenated or double-barrelled family name, so a child recorded as SMITH-JONES
     * in one source and JONES in another can agree on a part. Particles are glued to the word they
     * belong to: {@code "de la Cruz"} → {@code [DELACRUZ]}, {@code "Smith-Jones"} → {@code [SMITH, JONES]}.
     */
    public static List<String> familyNameParts(String raw) {
        String n = name(raw);
        if (n == null) return List.of();
        List<String> parts = new ArrayList<>(3);
        StringBuilder pending = new StringBuilder();
        for (String t : n.split("[ -]")) {
            if (t.isEmpty()) continue;
            pending.append(t);
            if (!PARTICLES.contains(t)) {
                parts.add(pending.toString());
                pending.setLength(0);
            }
        }
        if (pending.length() > 0) parts.add(pending.toString());
        return List.copyOf(parts);
    }

    /** The canonical form of the first given name from the maintained nickname list: {@code "Bill"} → {@code "WILLIAM"}. */
    public static String canonicalGivenName(String raw) {
        return Nicknames.builtIn().canonical(firstGivenName(raw));
    }

    /** Every canonical name the first given name may stand for ({@code "Alex"} → ALEXANDER, ALEXANDRA). */
    public static Set<String> canonicalGivenNames(String raw) {
        return Nicknames.builtIn().canonicals(firstGivenName(raw));
    }

    /** Primary Double Metaphone code of the name with spaces and hyphens removed (commons-codec). */
    public static String doubleMetaphone(String raw) {
        String letters = lettersOnly(raw);
        return letters == null ? null : METAPHONE.doubleMetaphone(letters, false);
    }

    /** Alternate Double Metaphone code (differs for names with two plausible pronunciations). */
    public static String doubleMetaphoneAlternate(String raw) {
        String letters = lettersOnly(raw);
        return letters == null ? null : METAPHONE.doubleMetaphone(letters, true);
    }

    /** Full postcode, upper case with one space ({@code "bs14dj"} → {@code "BS1 4DJ"}); null if invalid. */
    public static String postcode(String raw) {
        return Postcode.parse(raw).map(Postcode::full).orElse(null);
    }

    /** Postcode sector ({@code "BS1 4"}); null if invalid. */
    public static String postcodeSector(String raw) {
        return Postcode.parse(raw).map(Postcode::sector).orElse(null);
    }

    /** Postcode district ({@code "BS1"}); null if invalid. */
    public static String postcodeDistrict(String raw) {
        return Postcode.parse(raw).map(Postcode::district).orElse(null);
    }

    /** {@code M}, {@code F} or {@code U} from any code list {@link Sex} knows; null if unrecognised. */
    public static String sex(String raw) {
        return Sex.parse(raw).map(Sex::code).orElse(null);
    }

    /** 10 digits, or null if not a valid NHS number. */
    public static String nhsNumber(String raw) {
        return NhsNumber.parse(raw).map(NhsNumber::digits).orElse(null);
    }

    /** 13 characters upper case, or null if not a valid UPN. */
    public static String upn(String raw) {
        return Upn.parse(raw).map(Upn::value).orElse(null);
    }

    /** 10 digits, or null if not a valid ULN. */
    public static String uln(String raw) {
        return Uln.parse(raw).map(Uln::digits).orElse(null);
    }

    /** ISO date from any format {@link Dates} recognises, or null. */
    public static String date(String raw) {
        return Dates.parse(raw).map(Object::toString).orElse(null);
    }

    private static String lettersOnly(String raw) {
        String n = name(raw);
        if (n == null) return null;
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c != ' ' && c != '-') sb.append(c);
        }
        return sb.toString();
    }

    private static String trimHyphens(String t) {
        int a = 0;
        int b = t.length();
        while (a < b && t.charAt(a) == '-') a++;
        while (b > a && t.charAt(b - 1) == '-') b--;
        return t.substring(a, b);
    }

    private static String stripLeadingHyphen(String t) {
        return t.startsWith("-") ? t.substring(1) : t;
    }

    /** Removes diacritics and expands letters that do not decompose (ß, Æ, Ø, Œ, Ł, Đ, Þ). */
    static String foldToAscii(String raw) {
        boolean ascii = true;
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) > 127) {
                ascii = false;
                break;
            }
        }
        if (ascii) return raw;
        String d = Normalizer.normalize(raw, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            switch (c) {
                case 'ß': sb.append("SS"); break;
                case 'Æ': case 'æ': sb.append("AE"); break;
                case 'Ø': case 'ø': sb.append('O'); break;
                case 'Œ': case 'œ': sb.append("OE"); break;
                case 'Ł': case 'ł': sb.append('L'); break;
                case 'Đ': case 'đ': sb.append('D'); break;
                case 'Þ': case 'þ': sb.append("TH"); break;
                case 'ı': sb.append('I'); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }
}
