package org.jigsaw.synth;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Turns a person into what one record of one agency says about them, planting realistic faults
 * and listing each. Error rates are higher for minority-ethnic and deprived children, as ECHILD
 * found (lower linkage rates for those groups).
 */
public final class FaultInjector {
    /** Base per-record rates before a source's errorScale (assumptions in the range reported for UK admin data). */
    static final double TYPO = 0.02, DAY_MONTH_SWAP = 0.004, HYPHEN_VARIANT = 0.35;
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    private final NameBank names;

    public FaultInjector(NameBank names) {
        this.names = names;
    }

    public IdentityView view(Person p, LocalDate asOf, SourcePolicy policy, RandomGenerator r) {
        List<Fault> faults = new ArrayList<>();
        double bias = (p.ethnicity().equals("WBRI") ? 1.0 : 1.6) * (p.deprived() ? 1.3 : 1.0) * policy.errorScale();

        String given = p.given();
        if (names.hasNickname(given) && Draw.chance(r, policy.nicknames() * bias)) {
            given = names.nickname(given, r);
            faults.add(new Fault(FaultKind.NICKNAME, "given_name"));
        }
        if (Draw.chance(r, TYPO * bias)) {
            given = typo(given, r);
            faults.add(new Fault(FaultKind.NAME_TYPO, "given_name"));
        }
        String family = p.familyOn(asOf);
        String former = p.surnameChanged() != null && !p.surnameChanged().isAfter(asOf) ? p.formerFamily() : null;
        if (former != null && Draw.chance(r, policy.surnameStale())) {
            family = former;
            former = null;
            faults.add(new Fault(FaultKind.SURNAME_FORMER, "family_name"));
        }
        if (family.contains("-") && Draw.chance(r, HYPHEN_VARIANT)) {
            String[] parts = family.split("-", 2);
            double u = r.nextDouble();
            family = u < 0.4 ? parts[0] : u < 0.7 ? parts[1] : parts[0] + " " + parts[1];
            faults.add(new Fault(FaultKind.SURNAME_HYPHEN_VARIANT, "family_name"));
        }
        if (Draw.chance(r, TYPO * bias * 0.8)) {
            family = typo(family, r);
            faults.add(new Fault(FaultKind.NAME_TYPO, "family_name"));
        }
        LocalDate dob = p.dob();
        if (dob.getDayOfMonth() <= 12 && dob.getDayOfMonth() != dob.getMonthValue()
                && Draw.chance(r, DAY_MONTH_SWAP * bias)) {
            try {
                dob = LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue());
                faults.add(new Fault(FaultKind.DOB_DAY_MONTH_SWAP, "dob"));
            } catch (DateTimeException ignored) {
                dob = p.dob();
            }
        }
        String postcode = p.postcodeOn(asOf);
        String previous = p.previousPostcodeOn(asOf);
        if (previous != null && movedWithinTwoYears(p, asOf) && Draw.chance(r, policy.postcodeStale())) {
            postcode = previous;
            faults.add(new Fault(FaultKind.POSTCODE_STALE, "postcode"));
        }
        String nhs = null;
        if (Draw.chance(r, policy.nhsFill())) {
            nhs = p.nhsNumber();
            if (Draw.chance(r, Prevalence.NHS_MISTYPED)) {
                if (r.nextBoolean()) {
                    nhs = mistype(nhs, r);
                    faults.add(new Fault(FaultKind.NHS_CHECKSUM_INVALID, "nhs_number"));
                } else {
                    nhs = transpose(nhs, r);
                    faults.add(new Fault(FaultKind.NHS_TRANSPOSED, "nhs_number"));
                }
            }
        } else if (policy.nhsFill() > 0.9) {
            faults.add(new Fault(FaultKind.NHS_MISSING, "nhs_number"));
        }
        String upn = null, formerUpn = null;
        if (p.upn() != null && Draw.chance(r, policy.upnFill())) {
            upn = p.upnOn(asOf);
            formerUpn = p.formerUpnOn(asOf);
            if (SynthIds.upnTemporary(upn)) faults.add(new Fault(FaultKind.UPN_TEMPORARY, "upn"));
        }
        return new IdentityView(given, p.middle(), family, former, dob, p.sex(), postcode, nhs, upn, formerUpn,
                List.copyOf(faults));
    }

    private static boolean movedWithinTwoYears(Person p, LocalDate asOf) {
        for (Address a : p.addresses())
            if (a.from().isAfter(asOf.minusYears(2)) && !a.from().isAfter(asOf) && a.from().isAfter(p.arrived())) return true;
        return false;
    }

    static String typo(String name, RandomGenerator r) {
        if (name.length() < 3) return name + LETTERS.charAt(r.nextInt(26));
        StringBuilder s = new StringBuilder(name);
        int i = 1 + r.nextInt(name.length() - 2); // keep the first letter, as most keyed errors do
        switch (r.nextInt(4)) {
            case 0 -> s.setCharAt(i, LETTERS.charAt(r.nextInt(26)));
            case 1 -> s.deleteCharAt(i);
            case 2 -> s.insert(i, LETTERS.charAt(r.nextInt(26)));
            default -> {
                char c = s.charAt(i);
                s.setCharAt(i, s.charAt(i + 1));
                s.setCharAt(i + 1, c);
            }
        }
        String out = s.toString();
        return out.equals(name) ? name + "e" : out;
    }

    /** One digit changed so the check digit no longer matches. */
    static String mistype(String nhs, RandomGenerator r) {
        while (true) {
            int i = 3 + r.nextInt(7);
            char c = (char) ('0' + r.nextInt(10));
            if (c == nhs.charAt(i)) continue;
            String out = nhs.substring(0, i) + c + nhs.substring(i + 1);
            if (!SynthIds.nhsValid(out)) return out;
        }
    }

    /** Two different adjacent digits swapped (the modulus-11 weights catch this). */
    static String transpose(String nhs, RandomGenerator r) {
        for (int tries = 0; tries < 20; tries++) {
            int i = 3 + r.nextInt(6);
            if (nhs.charAt(i) != nhs.charAt(i + 1)) {
                return nhs.substring(0, i) + nhs.charAt(i + 1) + nhs.charAt(i) + nhs.substring(i + 2);
            }
        }
        return mistype(nhs, r);
    }
}
