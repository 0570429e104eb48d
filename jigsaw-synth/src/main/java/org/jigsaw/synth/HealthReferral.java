package org.jigsaw.synth;

import java.time.LocalDate;
import java.util.List;

/**
 * A referral to a children's health service and what happened next.
 *
 * @param service     SLT, PAEDIATRICS or CAMHS
 * @param team        CAMHS team (CORE or NEURODEVELOPMENTAL), else null
 * @param received    referral received
 * @param contacts    care contacts offered, in date order (attended or not)
 * @param discharged  discharge date, null while open
 * @param source      referral source (GP, school, health visitor…)
 */
public record HealthReferral(String service, String team, LocalDate received, List<Contact> contacts,
                             LocalDate discharged, String source) {

    /** First attended contact, or null while still waiting. */
    public LocalDate firstSeen() {
        for (Contact c : contacts) if (c.attended()) return c.date();
        return null;
    }

    public LocalDate firstSeenBy(LocalDate date) {
        LocalDate d = firstSeen();
        return d != null && !d.isAfter(date) ? d : null;
    }

    /** @param attendance CSDS AttendanceStatus: 5/6 attended, 2/3/4/7 not */
    public record Contact(LocalDate date, String attendance) {
        public boolean attended() {
            return attendance.equals("5") || attendance.equals("6");
        }
    }
}
