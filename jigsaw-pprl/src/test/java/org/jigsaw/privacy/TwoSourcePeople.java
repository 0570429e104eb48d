package org.jigsaw.privacy;

import java.time.LocalDate;
import org.jigsaw.synth.people.SyntheticPeople;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.jigsaw.identity.NhsNumber;
import org.jigsaw.link.data.FieldValues;
import org.jigsaw.link.data.RecordTable;

/**
 * A seeded, self-contained set of children seen by an LA system and a health system, with the
 * errors extracts carry (typos, nicknames, swapped day and month, a mistyped digit in the date,
 * missing NHS numbers, house moves, within-source duplicates, twins), standardised as the
 * linker would, plus the truth.
 */
final class TwoSourcePeople {
    record Data(RecordTable table, Map<String, String> truth) {
    }

    private static final String[] GIVEN = {"OLIVER", "GEORGE", "HARRY", "JACK", "NOAH", "CHARLIE", "THOMAS", "WILLIAM", "JAMES",
            "ALEXANDER", "ALFRED", "OLIVIA", "AMELIA", "ISLA", "AVA", "EMILY", "SOPHIA", "GRACE", "MIA", "ELIZABETH", "CATHERINE",
            "MOHAMMED", "AISHA", "FATIMA", "ZAINAB", "CHIDI", "PRIYA", "ARJUN", "ABIGAIL", "ANDREW", "SAMUEL", "DANIEL", "JOSHUA",
            "LUCY", "HANNAH", "REBECCA", "JESSICA", "MATTHEW", "BENJAMIN", "JOSEPH", "FREYA", "POPPY", "EVIE", "LEO", "OSCAR"};
    private static final Map<String, String> NICK = Map.ofEntries(Map.entry("WILLIAM", "BILLY"), Map.entry("ALEXANDER", "ALEX"),
            Map.entry("ALFRED", "ALFIE"), Map.entry("ELIZABETH", "LIZZIE"), Map.entry("CATHERINE", "KATE"), Map.entry("ABIGAIL", "ABBY"),
            Map.entry("ANDREW", "ANDY"), Map.entry("SAMUEL", "SAM"), Map.entry("DANIEL", "DAN"), Map.entry("JOSHUA", "JOSH"),
            Map.entry("REBECCA", "BECKY"), Map.entry("JESSICA", "JESS"), Map.entry("MATTHEW", "MATT"), Map.entry("BENJAMIN", "BEN"),
            Map.entry("JOSEPH", "JOE"), Map.entry("THOMAS", "TOM"), Map.entry("JAMES", "JIM"));
    private static final String[] SYL = {"KA", "LI", "MO", "RA", "SHA", "TON", "BEL", "DEN", "LA", "NA", "VI", "JO", "ER", "AN",
            "EL", "IS", "OR", "MI", "DA", "RY", "LEE", "SA", "TI", "NO", "BE", "CA", "ZA", "FI", "GO", "HA", "KE", "LU"};
    private static final String[] END = {"SON", "LEY", "TON", "WELL", "FORD", "MAN", "ER", "S", "BY", "HAM", "WOOD", "", ""};

    private TwoSourcePeople() {
    }

    static Data generate(int people, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        String[] family = new String[people / 3 + 50];
        for (int i = 0; i < family.length; i++) {
            family[i] = SYL[rnd.nextInt(SYL.length)] + SYL[rnd.nextInt(SYL.length)].toLowerCase() + END[rnd.nextInt(END.length)].toLowerCase();
        }
        List<String> keys = new ArrayList<>();
        List<String> src = new ArrayList<>();
        List<Map<String, String>> rows = new ArrayList<>();
        Map<String, String> truth = new HashMap<>();
        int nhsSeq = 100_000;
        for (int p = 0; p < people; p++) {
            Person person = new Person(GIVEN[rnd.nextInt(GIVEN.length)], family[rnd.nextInt(family.length)],
                    LocalDate.of(2001, 1, 1).plusDays(rnd.nextInt(365 * 24)), rnd.nextBoolean() ? "M" : "F",
                    postcode(rnd), nhs(nhsSeq++));
            List<Person> household = new ArrayList<>(List.of(person));
            if (rnd.nextInt(100) < 2) {
                // a twin: same birth date, family name and address, another given name and NHS number
                String g;
                do g = GIVEN[rnd.nextInt(GIVEN.length)]; while (g.equals(person.given));
                household.add(new Person(g, person.family, person.dob, rnd.nextBoolean() ? "M" : "F", person.postcode, nhs(nhsSeq++)));
            }
            for (Person x : household) {
                String id = "P" + truth.size() + "-" + p;
                for (String source : List.of("la", "health")) {
                    if (rnd.nextInt(100) >= ("la".equals(source) ? 85 : 75)) continue;
                    int copies = rnd.nextInt(100) < 6 ? 2 : 1;
                    for (int c = 0; c < copies; c++) {
                        String key = source + ":" + keys.size();
                        keys.add(key);
                        src.add(source);
                        rows.add(corrupt(x, source, rnd));
                        truth.put(key, id);
                    }
                }
                truth.putIfAbsent("person:" + id, id);
            }
        }
        truth.keySet().removeIf(k -> k.startsWith("person:"));
        return new Data(standardise(keys, src, rows), truth);
    }

    private record Person(String given, String family, LocalDate dob, String sex, String postcode, String nhs) {
    }

    private static Map<String, String> corrupt(Person x, String source, SplittableRandom rnd) {
        Map<String, String> r = new LinkedHashMap<>();
        String given = x.given;
        int roll = rnd.nextInt(100);
        if (roll < 6 && NICK.containsKey(given)) given = NICK.get(given);
        else if (roll < 14) given = SyntheticPeople.typo(rnd, given);
        String family = rnd.nextInt(100) < 7 ? SyntheticPeople.typo(rnd, x.family) : x.family;
        LocalDate d = x.dob;
        String dob = d.toString();
        int dr = rnd.nextInt(100);
        if (dr < 2 && d.getDayOfMonth() <= 12) dob = LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue()).toString();
        else if (dr < 5) dob = d.plusDays(rnd.nextBoolean() ? 1 : 10).toString();
        String postcode = rnd.nextInt(100) < 15 ? postcode(rnd) : x.postcode;
        boolean hasNhs = "health".equals(source) ? rnd.nextInt(100) < 92 : rnd.nextInt(100) < 45;
        r.put("given_name", rnd.nextBoolean() ? given : given.charAt(0) + given.substring(1).toLowerCase());
        r.put("family_name", family);
        r.put("dob", "la".equals(source) ? dob : String.format("%02d/%02d/%s", LocalDate.parse(dob).getDayOfMonth(),
                LocalDate.parse(dob).getMonthValue(), LocalDate.parse(dob).getYear()));
        r.put("sex", rnd.nextInt(100) < 2 ? null : x.sex);
        r.put("postcode", postcode);
        r.put("nhs_number", hasNhs ? x.nhs : null);
        return r;
    }

    private static String postcode(SplittableRandom rnd) {
        String letters = "ABDEFGHJLNPQRSTUWXYZ";
        return "SY" + (1 + rnd.nextInt(20)) + " " + rnd.nextInt(10) + letters.charAt(rnd.nextInt(20)) + letters.charAt(rnd.nextInt(20));
    }

    private static String nhs(int seq) {
        for (int s = seq; ; s++) {
            String stem = "999" + String.format("%06d", s);
            int c = NhsNumber.checkDigit(stem);
            if (c >= 0) return stem + c;
        }
    }

    private static RecordTable standardise(List<String> keys, List<String> src, List<Map<String, String>> rows) {
        List<Map<String, String>> std = new ArrayList<>();
        Map<String, UnaryOperator<String>> s = new HashMap<>();
        for (Map<String, String> r : rows) {
            Map<String, String> o = new LinkedHashMap<>();
            r.forEach((f, v) -> o.put(f, v == null ? null : s.computeIfAbsent(f, FieldValues::standardiser).apply(v)));
            std.add(o);
        }
        return RecordTable.fromRows(keys, src, std);
    }
}
