package org.jigsaw.synth;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Draws the people: ages, sexes, twins, names, identifiers, addresses and moves. What happens
 * to them is left to the life generators.
 */
public final class PopulationGenerator {
    private static final String POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
    private static final String[] ETHNICITY = {"WBRI", "WOTH", "WIRI", "WROM", "MWBC", "MWBA", "MWAS", "MOTH",
            "AIND", "APKN", "ABAN", "AOTH", "BAFR", "BCRB", "BOTH", "CHNE", "OOTH", "REFU"};
    /** DfE "Schools, pupils and their characteristics" 2024/25, rounded shares of pupils by ethnic group (%). */
    private static final double[] ETHNICITY_WEIGHTS = {62.5, 8.0, 0.3, 0.7, 1.6, 0.9, 1.8, 2.6,
            3.6, 4.6, 1.9, 2.1, 4.6, 1.0, 0.7, 0.5, 2.2, 1.4};

    private final Seeds seeds;
    private final NameBank names;
    private final AreaProfile area;

    public PopulationGenerator(Seeds seeds, NameBank names, AreaProfile area) {
        this.seeds = seeds;
        this.names = names;
        this.area = area;
    }

    /** One person to be: the universe-level draws, before the person's own stream is used. */
    private record Seedling(LocalDate dob, LocalDate arrived, boolean resident, int twinOf) {
    }

    public Universe generate(int children) {
        LocalDate base = SynthOptions.BASE_REFERENCE_DATE;
        LocalDate horizon = SynthOptions.horizon();
        RandomGenerator u = seeds.stream("universe");
        List<Seedling> seeds0 = new ArrayList<>();
        long span = ChronoUnit.DAYS.between(base.minusYears(26).plusDays(1), base);
        int residents = 0;
        while (residents < children) {
            LocalDate dob = base.minusDays(u.nextLong(span));
            LocalDate arrived = dob;
            if (Draw.chance(u, 0.25) && dob.isBefore(base.minusYears(1))) arrived = Draw.between(u, dob, base);
            seeds0.add(new Seedling(dob, arrived, true, -1));
            residents++;
            if (residents < children && Draw.chance(u, Prevalence.TWIN_MATERNITY)) {
                seeds0.add(new Seedling(dob, arrived, true, seeds0.size() - 1));
                residents++;
            }
        }
        double years = ChronoUnit.DAYS.between(base, horizon) / 365.25;
        int births = (int) Math.round(children / 26.0 * years);
        for (int i = 0; i < births; i++) {
            LocalDate dob = Draw.between(u, base.plusDays(1), horizon);
            seeds0.add(new Seedling(dob, dob, true, -1));
            if (Draw.chance(u, Prevalence.TWIN_MATERNITY)) seeds0.add(new Seedling(dob, dob, true, seeds0.size() - 1));
        }
        int movers = (int) Math.round(children * Prevalence.MIGRATION_PER_YEAR * years);
        for (int i = 0; i < movers; i++) {
            LocalDate arrived = Draw.between(u, base.plusDays(1), horizon);
            LocalDate dob = arrived.minusDays(u.nextLong(span));
            seeds0.add(new Seedling(dob, arrived, true, -1));
        }
        int nonResident = (int) Math.round(children * 14 / 26.0 * Prevalence.NON_RESIDENT_PUPILS);
        for (int i = 0; i < nonResident; i++) {
            LocalDate dob = base.minusDays(Math.round(Draw.uniform(u, 4.5, 17.5) * 365.25));
            seeds0.add(new Seedling(dob, dob.plusYears(4), false, -1));
        }
        // A few young adults just past the age range: registers and old plans still hold them.
        int adults = Math.max(5, (int) Math.round(children * 0.01));
        for (int i = 0; i < adults; i++) {
            LocalDate dob = base.minusDays(Math.round(Draw.uniform(u, 26.05, 28.9) * 365.25));
            seeds0.add(new Seedling(dob, dob, true, -1));
        }

        int primaries = Math.max(2, (int) Math.round(children * 7 / 26.0 / 260));
        int secondaries = Math.max(1, (int) Math.round(children * 7 / 26.0 / 950));
        int specials = Math.max(1, (int) Math.round(children / 25_000.0));
        List<Person> persons = new ArrayList<>(seeds0.size());
        Set<String> nhsUsed = new HashSet<>();
        Set<String> upnUsed = new HashSet<>();
        Map<String, Integer> serials = new HashMap<>();
        int twinGroups = 0;
        for (int i = 0; i < seeds0.size(); i++) {
            Seedling s = seeds0.get(i);
            RandomGenerator r = seeds.stream("person", i);
            Person twin = s.twinOf >= 0 ? persons.get(s.twinOf) : null;
            String sex = Draw.chance(r, Prevalence.MALE) ? "M" : "F";
            String given = names.given(sex, r);
            while (twin != null && given.equals(twin.given())) given = names.given(sex, r);
            String middle = Draw.chance(r, 0.5) ? names.given(sex, r) : null;
            if (middle != null && middle.equals(given)) middle = null;
            String family;
            String former = null;
            LocalDate changed = null;
            String ethnicity;
            boolean deprived;
            List<Address> addresses;
            LocalDate left;
            int primary, secondary;
            int twinGroup = 0;
            if (twin != null) {
                family = twin.family();
                former = twin.formerFamily();
                changed = twin.surnameChanged();
                ethnicity = twin.ethnicity();
                deprived = twin.deprived();
                addresses = twin.addresses();
                left = twin.left();
                primary = twin.primarySchool();
                secondary = twin.secondarySchool();
                twinGroup = twin.twinGroup();
            } else {
                family = names.surname(r);
                if (Draw.chance(r, Prevalence.HYPHENATED_SURNAME)) {
                    String other = names.surname(r);
                    if (!other.equals(family)) family = family + "-" + other;
                }
                if (Draw.chance(r, Prevalence.SURNAME_CHANGE)) {
                    former = names.surname(r);
                    if (former.equals(family)) former = null;
                    else changed = Draw.between(r, s.dob.plusYears(1), Draw.max(s.dob.plusYears(2), horizon));
                }
                ethnicity = Draw.pick(r, ETHNICITY, ETHNICITY_WEIGHTS);
                boolean minority = !ethnicity.equals("WBRI");
                deprived = Draw.chance(r, minority ? Prevalence.DEPRIVED * 1.5 : Prevalence.DEPRIVED * 0.85);
                left = null;
                if (s.resident) {
                    double out = Draw.exponential(r, 1 / Prevalence.MIGRATION_PER_YEAR) * 365.25;
                    LocalDate when = Draw.max(s.arrived, base).plusDays(1 + Math.round(out));
                    if (when.isBefore(horizon)) left = when;
                }
                addresses = addresses(r, s, left, horizon);
                primary = r.nextInt(primaries);
                secondary = r.nextInt(secondaries);
            }
            if (twin != null && twin.twinGroup() == 0) {
                twinGroup = ++twinGroups;
                persons.set(s.twinOf, withTwinGroup(twin, twinGroup));
            }
            String nhs = SynthIds.nhsNumber(r);
            while (!nhsUsed.add(nhs)) nhs = SynthIds.nhsNumber(r);
            Life life = new Life();
            String[] upns = upns(r, s, primary, serials, upnUsed, base, horizon);
            persons.add(new Person(i, "P" + SynthIds.pad(i + 1, 7), sex, s.dob, given, middle, family, former, changed,
                    ethnicity, deprived, nhs, upns[0], upns[1], upns[1] == null ? null : LocalDate.parse(upns[2]),
                    s.resident, s.arrived, left, addresses, twinGroup, primary, secondary, life));
        }
        return new Universe(area, base, persons, primaries, secondaries, specials);
    }

    private static Person withTwinGroup(Person p, int group) {
        return new Person(p.index(), p.id(), p.sex(), p.dob(), p.given(), p.middle(), p.family(), p.formerFamily(),
                p.surnameChanged(), p.ethnicity(), p.deprived(), p.nhsNumber(), p.upn(), p.tempUpn(), p.tempUpnUntil(),
                p.resident(), p.arrived(), p.left(), p.addresses(), group, p.primarySchool(), p.secondarySchool(), p.life());
    }

    private List<Address> addresses(RandomGenerator r, Seedling s, LocalDate left, LocalDate horizon) {
        List<String> districts = s.resident ? area.inDistricts() : area.borderDistricts();
        List<Address> out = new ArrayList<>();
        out.add(new Address(postcode(r, districts), s.arrived));
        // Moves within the area in the three years before the base date and up to the horizon.
        LocalDate from = Draw.max(s.arrived, SynthOptions.BASE_REFERENCE_DATE.minusYears(3));
        LocalDate to = left != null ? left : horizon;
        double years = ChronoUnit.DAYS.between(from, to) / 365.25;
        int moves = years <= 0 ? 0 : Draw.poisson(r, Prevalence.HOME_MOVES_PER_YEAR * years);
        List<LocalDate> dates = new ArrayList<>();
        for (int m = 0; m < moves; m++) dates.add(Draw.between(r, from.plusDays(1), to));
        dates.sort(null);
        for (LocalDate d : dates) out.add(new Address(postcode(r, districts), d));
        if (left != null) out.add(new Address(postcode(r, area.borderDistricts()), left));
        return List.copyOf(out);
    }

    static String postcode(RandomGenerator r, List<String> districts) {
        return districts.get(r.nextInt(districts.size())) + " " + r.nextInt(10)
                + POSTCODE_LETTERS.charAt(r.nextInt(POSTCODE_LETTERS.length()))
                + POSTCODE_LETTERS.charAt(r.nextInt(POSTCODE_LETTERS.length()));
    }

    /** [permanent UPN, temporary UPN or null, date the temporary one was replaced]. */
    private String[] upns(RandomGenerator r, Seedling s, int primary, Map<String, Integer> serials,
                          Set<String> used, LocalDate base, LocalDate horizon) {
        // Reception entry: 1 September after the fourth birthday's academic year.
        int entryYear = s.dob.getMonthValue() >= 9 ? s.dob.getYear() + 5 : s.dob.getYear() + 4;
        LocalDate entry = LocalDate.of(entryYear, 9, 1);
        if (entry.isAfter(horizon)) return new String[]{null, null, null};
        String yy = SynthIds.pad(entryYear % 100, 2);
        boolean issuedHere = s.resident && !s.arrived.isAfter(entry);
        String upn = null;
        if (issuedHere) {
            String estab = Universe.estab('P', primary);
            String key = estab + yy;
            int serial = serials.merge(key, 1, Integer::sum);
            if (serial <= 999) upn = SynthIds.upn(area.laCode() + estab + yy + SynthIds.pad(serial, 3));
        }
        while (upn == null || !used.add(upn)) {
            String la = area.otherLaCodes().get(r.nextInt(area.otherLaCodes().size()));
            upn = SynthIds.upn(la + (2000 + r.nextInt(1000)) + yy + SynthIds.pad(r.nextInt(1000), 3));
        }
        // Temporary UPNs: in-year arrivals mostly, and a few pupils on the base census day.
        LocalDate tempFrom = null;
        if (s.arrived.isAfter(entry) && s.arrived.isAfter(base) && Draw.chance(r, 0.25)) tempFrom = s.arrived;
        else if (!entry.isAfter(base) && Draw.chance(r, Prevalence.TEMPORARY_UPN)) tempFrom = base.minusDays(r.nextInt(120));
        if (tempFrom == null) return new String[]{upn, null, null};
        String body = area.laCode() + Universe.estab('P', primary) + yy + SynthIds.pad(r.nextInt(100), 2)
                + SynthIds.UPN_LETTERS.charAt(r.nextInt(SynthIds.UPN_LETTERS.length()));
        String temp = SynthIds.upn(body);
        LocalDate until = Draw.max(tempFrom, base).plusDays(30 + r.nextInt(270));
        return new String[]{upn, temp, until.toString()};
    }
}
