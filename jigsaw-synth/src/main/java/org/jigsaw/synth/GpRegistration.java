package org.jigsaw.synth;

import java.time.LocalDate;

/**
 * The GP practice a person is registered with, and so the ICB that commissions their care. LA
 * and ICB boundaries do not coincide: most residents are registered in the area's ICB, a few
 * with a practice over the boundary; pupils living in neighbouring areas are registered there.
 * Derived from the person (not drawn from a stream), so adding it changed no other draw.
 *
 * @param practice ODS-style practice code
 * @param icb      the practice's ICB code
 * @param start    registered since (birth or arrival)
 * @param end      registration ended on leaving, or null
 */
public record GpRegistration(String practice, String icb, LocalDate start, LocalDate end) {
    /** ICB of the practices over the boundary (a neighbouring ICB). */
    public static final String NEIGHBOURING_ICB = "E54000010";
    /** Per cent of residents registered with a practice in a neighbouring ICB. */
    static final int RESIDENTS_OVER_BOUNDARY_PERCENT = 4;

    public static GpRegistration of(Person p, AreaProfile area) {
        long h = (p.index() + 1L) * 0x9E3779B97F4A7C15L;
        int bucket = (int) Long.remainderUnsigned(h >>> 17, 100);
        boolean home = p.resident() && bucket >= RESIDENTS_OVER_BOUNDARY_PERCENT;
        String practice = (home ? "M8" : "M9") + SynthIds.pad(p.index() % 37, 4);
        LocalDate start = p.arrived().isAfter(p.dob()) ? p.arrived() : p.dob();
        return new GpRegistration(practice, home ? area.icbCode() : NEIGHBOURING_ICB, start, p.left());
    }
}
