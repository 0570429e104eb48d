package org.jigsaw.synth;

import java.time.LocalDate;
import java.util.List;

/**
 * Everyone the generator knows about: residents on the base date, those born or moving in
 * before the horizon, non-resident pupils and a few young adults past the age range.
 *
 * @param base    the base reference date lives are calibrated to
 * @param schools number of primary, secondary and special schools (estab numbers 2001.., 4001.., 7001..)
 */
public record Universe(AreaProfile area, LocalDate base, List<Person> persons,
                       int primarySchools, int secondarySchools, int specialSchools) {

    public static String estab(char phase, int index) {
        int base = phase == 'P' ? 2001 : phase == 'S' ? 4001 : 7001;
        return Integer.toString(base + index);
    }
}
