package org.jigsaw.synth;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * One synthetic person: who they really are (the truth every extract is a noisy view of).
 * Identity is fixed at creation; {@link Life} holds what happens to them.
 *
 * @param index        position in the universe (stable for a seed and size)
 * @param id           truth person id, e.g. {@code P0000042}
 * @param formerFamily family name before a change of surname, or null
 * @param surnameChanged date the family name changed (null if never)
 * @param resident     lives in the area (false: attends an in-area school from a neighbouring area)
 * @param arrived      moved into the area (the birth date for those born here)
 * @param left         moved away, or null
 * @param addresses    address history, oldest first
 * @param twinGroup    shared by twins, 0 for singletons
 * @param deprived     eligible for free school meals / lives in a deprived area
 * @param upn          permanent UPN, null if never at an English state school
 * @param tempUpn      temporary UPN a school used until the permanent one was traced, or null
 * @param tempUpnUntil date the permanent UPN replaced the temporary one
 */
public record Person(int index, String id, String sex, LocalDate dob, String given, String middle,
                     String family, String formerFamily, LocalDate surnameChanged, String ethnicity,
                     boolean deprived, String nhsNumber, String upn, String tempUpn, LocalDate tempUpnUntil,
                     boolean resident, LocalDate arrived, LocalDate left, List<Address> addresses,
                     int twinGroup, int primarySchool, int secondarySchool, Life life) {

    public int ageOn(LocalDate date) {
        return Period.between(dob, date).getYears();
    }

    /** Age on the 31 August before the academic year the date falls in (fixes the NC year). */
    public int academicAge(LocalDate date) {
        int startYear = date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
        return Period.between(dob, LocalDate.of(startYear, 8, 31)).getYears();
    }

    public boolean bornBy(LocalDate date) {
        return !dob.isAfter(date);
    }

    /** Lives in the area on the date (residents only, between arrival and leaving). */
    public boolean residentOn(LocalDate date) {
        return resident && !arrived.isAfter(date) && (left == null || left.isAfter(date));
    }

    /** Known to local services on the date: a resident, or a non-resident pupil of an in-area school. */
    public boolean presentOn(LocalDate date) {
        return !arrived.isAfter(date) && (left == null || left.isAfter(date));
    }

    public String postcodeOn(LocalDate date) {
        String pc = addresses.get(0).postcode();
        for (Address a : addresses) if (!a.from().isAfter(date)) pc = a.postcode();
        return pc;
    }

    /** The postcode before the latest move made by the date, or null if no move. */
    public String previousPostcodeOn(LocalDate date) {
        String prev = null;
        String cur = addresses.get(0).postcode();
        for (int i = 1; i < addresses.size(); i++) {
            if (!addresses.get(i).from().isAfter(date)) {
                prev = cur;
                cur = addresses.get(i).postcode();
            }
        }
        return prev;
    }

    public String familyOn(LocalDate date) {
        return surnameChanged != null && surnameChanged.isAfter(date) ? formerFamily : family;
    }

    /** The UPN a school would hold on the date (temporary until traced). */
    public String upnOn(LocalDate date) {
        if (upn == null || date.isBefore(schoolEntry())) return null;
        return tempUpn != null && tempUpnUntil.isAfter(date) ? tempUpn : upn;
    }

    /** 1 September of the Reception year: UPNs are issued from then. */
    public LocalDate schoolEntry() {
        return LocalDate.of(dob.getMonthValue() >= 9 ? dob.getYear() + 5 : dob.getYear() + 4, 9, 1);
    }

    public String formerUpnOn(LocalDate date) {
        return tempUpn != null && !tempUpnUntil.isAfter(date) ? tempUpn : null;
    }
}
