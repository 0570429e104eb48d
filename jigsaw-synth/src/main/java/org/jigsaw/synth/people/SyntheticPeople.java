package org.jigsaw.synth.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.jigsaw.identity.NhsNumber;

/**
 * Seeded synthetic person records for linkage benchmarks and tests, with the ground truth: people
 * aged 0–25 (1.5% of them twins — same birth date, family name and address, different given
 * name), each appearing in one to several of {@code sources} sources with the errors real
 * extracts carry (typos, nicknames, swapped day and month, missing and mistyped identifiers,
 * house moves, mixed date and case formats). Values are raw, as an agency would send them.
 * For the area's full synthetic population see the {@code synth} package; this generator exists
 * to produce a million records in seconds.
 */
public final class SyntheticPeople {

    /** Raw columns by canonical field, record keys, source per record, truth (key → person), twin person pairs. */
    public record Data(String[] keys, int[] sources, List<String> sourceNames, Map<String, String[]> columns,
                       Map<String, String> truth, List<String[]> twinRecordPairs) {
    }

    private static final String[] SYL = {"KA", "LI", "MO", "RA", "SHA", "TON", "BEL", "DEN", "LA", "NA", "VI", "JO", "ER",
            "AN", "EL", "IS", "OR", "MI", "DA", "RY", "LEE", "SA", "TI", "NO", "BE", "CA", "ZA", "FI", "GO", "HA", "KE", "LU"};
    private static final String[] FAMILY_END = {"SON", "LEY", "TON", "WELL", "FORD", "MAN", "ER", "S", "BY", "HAM", "WOOD", "", "", ""};
    private static final String[] REAL_GIVEN = {"OLIVER", "GEORGE", "HARRY", "JACK", "NOAH", "CHARLIE", "THOMAS", "WILLIAM",
            "JAMES", "ALEXANDER", "OLIVIA", "AMELIA", "ISLA", "AVA", "EMILY", "SOPHIA", "GRACE", "MIA", "ELIZABETH", "CATHERINE",
            "MOHAMMED", "MUHAMMAD", "AISHA", "FATIMA", "ZAINAB", "CHIDI", "ADAOBI", "OLUWASEUN", "PRIYA", "ARJUN"};
    private static final String[] STREET_END = {"ROAD", "STREET", "CLOSE", "AVENUE", "LANE", "WAY", "GARDENS", "DRIVE"};
    private static final String LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private SyntheticPeople() {
    }

    public static Data generate(int records, int sources, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        String[] given = pool(rnd, 1500, false);
        String[] family = pool(rnd, 6000, true);
        String[] streets = streets(rnd, 4000);
        String[] districts = new String[60];
        for (int d = 0; d < districts.length; d++) {
            districts[d] = "" + LETTERS.charAt(d % 20) + LETTERS.charAt((d * 7 + 3) % 20) + (1 + d % 9);
        }
        List<String> sourceNames = new ArrayList<>();
        for (int s = 0; s < sources; s++) sourceNames.add("source" + (s + 1));

        String[] keys = new String[records];
        int[] src = new int[records];
        String[] fNhs = new String[records], fGiven = new String[records], fMiddle = new String[records],
                fFamily = new String[records], fDob = new String[records], fSex = new String[records],
                fPostcode = new String[records], fHouse = new String[records], fAddress = new String[records];
        Map<String, String> truth = new HashMap<>(records * 2);
        List<String[]> twins = new ArrayList<>();
        int r = 0;
        int person = 0;
        int[] seq = new int[sources];
        Person previous = null;
        while (r < records) {
            Person p;
            boolean twin = previous != null && rnd.nextDouble() < 0.015;
            if (twin) {
                String g;
                do {
                    g = zipf(rnd, given);
                } while (g.equals(previous.given) || g.charAt(0) == previous.given.charAt(0));
                p = new Person(person, previous.nhs == null ? null : nhs(rnd), g, null, previous.family, previous.dob,
                        rnd.nextBoolean() ? "M" : "F", previous.postcode, previous.house, previous.street);
            } else {
                int year = 2001 + rnd.nextInt(25), month = 1 + rnd.nextInt(12), day = 1 + rnd.nextInt(28);
                p = new Person(person, nhs(rnd), zipf(rnd, given), rnd.nextDouble() < 0.4 ? zipf(rnd, given) : null,
                        zipf(rnd, family), year * 10000 + month * 100 + day, rnd.nextBoolean() ? "M" : "F",
                        postcode(rnd, districts), String.valueOf(1 + rnd.nextInt(200)), streets[rnd.nextInt(streets.length)]);
            }
            int copies = 1 + (int) Math.min(sources - 1, Math.floor(-Math.log(1 - rnd.nextDouble()) * 1.6));
            Set<Integer> used = new LinkedHashSet<>();
            int firstRecordOfPerson = r;
            for (int c = 0; c < copies && r < records; c++) {
                int s;
                do {
                    s = rnd.nextInt(sources);
                } while (used.contains(s) && used.size() < sources);
                used.add(s);
                keys[r] = sourceNames.get(s) + ":" + (++seq[s]);
                src[r] = s;
                truth.put(keys[r], "p" + p.id);
                boolean healthLike = s % 3 == 0;
                fNhs[r] = p.nhs == null || (!healthLike && rnd.nextDouble() < 0.6) ? null
                        : rnd.nextDouble() < 0.01 ? transpose(rnd, p.nhs) : (s % 2 == 0 ? spaced(p.nhs) : p.nhs);
                fGiven[r] = maybeLower(s, noisyName(rnd, p.given, true));
                fMiddle[r] = p.middle == null || rnd.nextDouble() < 0.5 ? null : maybeLower(s, p.middle);
                fFamily[r] = maybeLower(s, noisyName(rnd, p.family, false));
                fDob[r] = formatDob(s, noisyDob(rnd, p.dob));
                fSex[r] = rnd.nextDouble() < 0.02 ? null : s % 4 == 1 ? (p.sex.equals("M") ? "1" : "2") : p.sex;
                boolean moved = rnd.nextDouble() < 0.1;
                fPostcode[r] = moved ? postcode(rnd, districts) : rnd.nextDouble() < 0.02 ? typo(rnd, p.postcode) : p.postcode;
                fHouse[r] = moved ? String.valueOf(1 + rnd.nextInt(200)) : p.house;
                fAddress[r] = moved ? streets[rnd.nextInt(streets.length)] : rnd.nextDouble() < 0.03 ? typo(rnd, p.street) : p.street;
                r++;
            }
            if (twin && r > firstRecordOfPerson) {
                for (int a = previous.firstRecord; a < previous.lastRecord; a++) {
                    for (int b = firstRecordOfPerson; b < r; b++) twins.add(new String[] {keys[a], keys[b]});
                }
            }
            p.firstRecord = firstRecordOfPerson;
            p.lastRecord = r;
            previous = p;
            person++;
        }
        Map<String, String[]> cols = new LinkedHashMap<>();
        cols.put("nhs_number", fNhs);
        cols.put("given_name", fGiven);
        cols.put("middle_names", fMiddle);
        cols.put("family_name", fFamily);
        cols.put("dob", fDob);
        cols.put("sex", fSex);
        cols.put("postcode", fPostcode);
        cols.put("house_number", fHouse);
        cols.put("address", fAddress);
        return new Data(keys, src, sourceNames, cols, truth, twins);
    }

    private static final class Person {
        final int id;
        final String nhs, given, middle, family, sex, postcode, house, street;
        final int dob;
        int firstRecord, lastRecord;

        Person(int id, String nhs, String given, String middle, String family, int dob, String sex, String postcode,
               String house, String street) {
            this.id = id;
            this.nhs = nhs;
            this.given = given;
            this.middle = middle;
            this.family = family;
            this.dob = dob;
            this.sex = sex;
            this.postcode = postcode;
            this.house = house;
            this.street = street;
        }
    }

    private static String[] pool(SplittableRandom rnd, int size, boolean familyNames) {
        Set<String> out = new LinkedHashSet<>();
        if (!familyNames) out.addAll(List.of(REAL_GIVEN));
        while (out.size() < size) {
            int syl = 2 + rnd.nextInt(2);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < syl; i++) b.append(SYL[rnd.nextInt(SYL.length)]);
            if (familyNames) b.append(FAMILY_END[rnd.nextInt(FAMILY_END.length)]);
            out.add(b.toString());
        }
        return out.toArray(String[]::new);
    }

    private static String[] streets(SplittableRandom rnd, int size) {
        Set<String> out = new LinkedHashSet<>();
        while (out.size() < size) {
            out.add(SYL[rnd.nextInt(SYL.length)] + SYL[rnd.nextInt(SYL.length)].toLowerCase() + " "
                    + STREET_END[rnd.nextInt(STREET_END.length)]);
        }
        return out.toArray(String[]::new);
    }

    /**
     * Skewed like real names: a few are common, most are rare (as with SMITH vs OKAFOR). With
     * u squared the commonest given name is ~2.6% of people and the commonest family name ~1.3%,
     * close to England's most common names.
     */
    private static String zipf(SplittableRandom rnd, String[] pool) {
        double u = rnd.nextDouble();
        int i = (int) (pool.length * u * u);
        return pool[Math.min(pool.length - 1, i)];
    }

    private static String nhs(SplittableRandom rnd) {
        while (true) {
            StringBuilder stem = new StringBuilder("999");
            for (int i = 0; i < 6; i++) stem.append(rnd.nextInt(10));
            int check = NhsNumber.checkDigit(stem.toString());
            if (check >= 0 && check <= 9) return stem.toString() + check;
        }
    }

    private static String postcode(SplittableRandom rnd, String[] districts) {
        return districts[rnd.nextInt(districts.length)] + " " + rnd.nextInt(10)
                + LETTERS.charAt(rnd.nextInt(LETTERS.length())) + LETTERS.charAt(rnd.nextInt(LETTERS.length()));
    }

    private static String noisyName(SplittableRandom rnd, String name, boolean given) {
        double u = rnd.nextDouble();
        if (u < 0.01) return null;
        if (u < 0.05) return typo(rnd, name);
        if (given && u < 0.07 && name.length() > 4) return name.substring(0, 3);
        return name;
    }

    private static int noisyDob(SplittableRandom rnd, int dob) {
        double u = rnd.nextDouble();
        int y = dob / 10000, m = dob / 100 % 100, d = dob % 100;
        if (u < 0.015 && d <= 12) return y * 10000 + d * 100 + m;
        if (u < 0.03) return y * 10000 + m * 100 + Math.max(1, Math.min(28, d + (rnd.nextBoolean() ? 1 : -1)));
        if (u < 0.035) return (y + (rnd.nextBoolean() ? 1 : -1)) * 10000 + m * 100 + d;
        return dob;
    }

    private static String formatDob(int source, int dob) {
        int y = dob / 10000, m = dob / 100 % 100, d = dob % 100;
        return switch (source % 3) {
            case 0 -> String.format("%04d-%02d-%02d", y, m, d);
            case 1 -> String.format("%02d/%02d/%04d", d, m, y);
            default -> String.format("%04d%02d%02d", y, m, d);
        };
    }

    /** One keying error inside {@code s}: a wrong letter, two letters swapped, or one dropped. */
    public static String typo(SplittableRandom rnd, String s) {
        if (s.length() < 3) return s;
        int i = 1 + rnd.nextInt(s.length() - 2);
        char[] c = s.toCharArray();
        switch (rnd.nextInt(3)) {
            case 0 -> c[i] = (char) ('A' + rnd.nextInt(26));
            case 1 -> {
                char t = c[i];
                c[i] = c[i + 1];
                c[i + 1] = t;
            }
            default -> {
                return s.substring(0, i) + s.substring(i + 1);
            }
        }
        return new String(c);
    }

    private static String transpose(SplittableRandom rnd, String s) {
        int i = rnd.nextInt(s.length() - 1);
        char[] c = s.toCharArray();
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
        return new String(c);
    }

    private static String spaced(String nhs) {
        return nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6);
    }

    private static String maybeLower(int source, String v) {
        if (v == null) return null;
        return source % 2 == 1 ? v.charAt(0) + v.substring(1).toLowerCase() : v;
    }
}
