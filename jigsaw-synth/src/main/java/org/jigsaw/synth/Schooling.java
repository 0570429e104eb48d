package org.jigsaw.synth;

import java.time.LocalDate;

/** Which school, if any, has a child on roll on a date: the School Census and exclusions views. */
public final class Schooling {
    private Schooling() {
    }

    /** On the roll of one of the area's schools on the date. */
    public static boolean onRoll(Person p, LocalDate d) {
        if (!p.presentOn(d) || !p.bornBy(d)) return false;
        Life life = p.life();
        if (life.schoolOutsideArea) return false;
        int acad = p.academicAge(d);
        if (acad < 4 || acad > 17) return false;
        if (acad >= 16 && !life.sixthForm) return false;
        if (Life.anyActive(life.homeEducation, d) || Life.anyActive(life.missingEducation, d)) return false;
        for (Exclusion e : life.exclusions) {
            // A permanently excluded pupil is off roll for the rest of that term (then a new school).
            if (e.category().equals("PERM") && !e.date().isAfter(d) && e.date().plusDays(90).isAfter(d)) return false;
        }
        return true;
    }

    /** The DfE establishment number of the school the pupil attends on the date. */
    public static String estab(Person p, Universe u, LocalDate d) {
        if (p.life().specialSchool && p.life().planOn(d) != null)
            return Universe.estab('X', p.index() % u.specialSchools());
        return p.academicAge(d) <= 10 ? Universe.estab('P', p.primarySchool()) : Universe.estab('S', p.secondarySchool());
    }

    /** The date the pupil joined that school: start of Reception or Year 7, or arrival if later. */
    public static LocalDate entryDate(Person p, LocalDate d) {
        int acad = p.academicAge(d);
        int startYear = d.getMonthValue() >= 9 ? d.getYear() : d.getYear() - 1;
        int joinedAcad = acad <= 10 ? 4 : 11;
        LocalDate entry = LocalDate.of(startYear - (acad - joinedAcad), 9, 1);
        return Draw.max(entry, p.arrived());
    }

    /** NC year: R for Reception, 1..13. */
    public static String ncYear(Person p, LocalDate d) {
        int acad = p.academicAge(d);
        return acad == 4 ? "R" : Integer.toString(acad - 4);
    }
}
