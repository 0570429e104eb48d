package org.jigsaw.synth;

import java.time.LocalDate;
import java.util.random.RandomGenerator;

/** Disabilities identified at or before birth (or in infancy) by health: drawn first, they shape SEN later. */
final class EarlyYearsLife {
    /** SNOMED CT concepts the child health record carries. */
    static final String DOWN = "41040004", CEREBRAL_PALSY = "128188000", HEARING = "129181000119109",
            SPINA_BIFIDA = "67531005", CONGENITAL = "66091009";

    void generate(Person p, RandomGenerator r) {
        double u = r.nextDouble();
        String code;
        LocalDate identified;
        if ((u -= Prevalence.DOWN_SYNDROME) < 0) {
            code = DOWN;
            identified = Draw.chance(r, 0.6) ? p.dob().minusDays(60 + r.nextInt(120)) : p.dob().plusDays(r.nextInt(3));
        } else if ((u -= Prevalence.CEREBRAL_PALSY) < 0) {
            code = CEREBRAL_PALSY;
            identified = p.dob().plusDays(120 + r.nextInt(600));
        } else if ((u -= Prevalence.PCHI) < 0) {
            code = HEARING;
            identified = p.dob().plusDays(7 + r.nextInt(60));
        } else if ((u -= Prevalence.SPINA_BIFIDA) < 0) {
            code = SPINA_BIFIDA;
            identified = p.dob().minusDays(100 + r.nextInt(40));
        } else if ((u -= Prevalence.OTHER_CONGENITAL) < 0) {
            code = CONGENITAL;
            identified = p.dob().plusDays(r.nextInt(30));
        } else {
            return;
        }
        p.life().earlyDisability = new Spell(code, identified, null);
        if (code.equals(DOWN) || code.equals(CONGENITAL) && Draw.chance(r, 0.5)) p.life().learningDisability = true;
    }
}
