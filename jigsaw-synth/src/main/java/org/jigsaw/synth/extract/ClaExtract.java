package org.jigsaw.synth.extract;

import static org.jigsaw.synth.extract.Defs.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.random.RandomGenerator;
import org.jigsaw.synth.CareEpisode;
import org.jigsaw.synth.CsvFile;
import org.jigsaw.synth.CsvStyle;
import org.jigsaw.synth.ExtractContext;
import org.jigsaw.synth.FaultKind;
import org.jigsaw.synth.IdMinter;
import org.jigsaw.synth.IdentityView;
import org.jigsaw.synth.Malformer;
import org.jigsaw.synth.Person;
import org.jigsaw.synth.SourcePolicy;
import org.jigsaw.synth.Table;

/**
 * Children looked after: the SSDA903 CSV table set as published (Header: one row per child;
 * Episodes: one row per episode of care open in the year, carrying only CHILD), read by the
 * shipped templates. No names and no NHS number (the 903 has neither); CHILD is the same LA child
 * id as the CIN census. V3/V4 short-break episodes are included, as in the real return.
 */
public final class ClaExtract implements Extract {
    /** The shipped templates' source names: Episodes joined to Header, and Header on its own. */
    static final String NAME = "ssda903", HEADER_SOURCE = "ssda903_header";
    private static final CsvStyle STYLE = new CsvStyle(',', StandardCharsets.UTF_8, false, true);
    private static final DateTimeFormatter DATE = pattern("dd/MM/yyyy");
    /** No NHS number or names: CHILD and the UPN (903 rule: UN codes only when there is none) link it. */
    private static final SourcePolicy POLICY = new SourcePolicy(0, 0.95, 0.3, 0.3, 0.5, 0, 0);
    /** The 2024 schema's columns, in its order. */
    private static final List<String> HEADER = List.of("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB");
    private static final List<String> EPISODES = List.of("CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER",
            "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> sources() {
        return List.of(NAME, HEADER_SOURCE);
    }

    @Override
    public Written write(ExtractContext ctx) throws IOException {
        LocalDate ref = ctx.reference();
        IdMinter children = CinCensusExtract.childIds(ctx);
        Table header = ctx.table(HEADER_SOURCE, HEADER);
        Table episodes = ctx.table(NAME, EPISODES);
        for (Person p : ctx.persons()) {
            List<CareEpisode> inYear = p.life().care.stream()
                    .filter(e -> !e.start().isAfter(ref) && (e.end() == null || e.end().isAfter(ref.minusYears(1))))
                    .toList();
            if (inYear.isEmpty()) continue;
            RandomGenerator r = ctx.rng(NAME, p.index());
            IdentityView v = ctx.view(p, POLICY, r);
            String child = children.id(IdMinter.slot(p, 0));
            header.add(child, p, v.faults(), child, v.sex().equals("M") ? "1" : "2", fmt(v.dob(), DATE), p.ethnicity(),
                    v.upn() == null ? (p.ageOn(ref) < 5 ? "UN1" : "UN4") : v.upn(), "", "");
            for (CareEpisode e : inYear) {
                LocalDate end = e.end() != null && !e.end().isAfter(ref) ? e.end() : null;
                String decom = fmt(e.start(), DATE);
                // the record id is CHILD and DECOM as the file has them ([CHILD, DECOM] in the template)
                episodes.add(child + "|" + decom, p, v.faults(), child, decom, e.reasonNew(), e.legalStatus(),
                        e.legalStatus().startsWith("V3") ? "N2" : "N1", e.placement(), provider(e.placement()),
                        fmt(end, DATE), end == null ? "" : nz(e.reasonEnded()), "",
                        v.postcode(), placementPostcode(p, ref, r), "");
            }
        }
        // broken rows go in Header, where the identity (and the DOB) is
        IdMinter bad = new IdMinter(ctx.seeds(), NAME + ":malformed", "SYX", 8);
        Malformer.plant(header, bad, 0, header.column("DOB"), -1, ctx.rng(NAME + ":malformed", 0),
                List.of(FaultKind.MALFORMED_COLUMN_COUNT, FaultKind.MALFORMED_DATE, FaultKind.MALFORMED_BYTES));
        Path headerFile = ctx.extracts().resolve("ssda903_" + ref.getYear() + "_header.csv");
        Path episodesFile = ctx.extracts().resolve("ssda903_" + ref.getYear() + "_episodes.csv");
        CsvFile.write(headerFile, header, STYLE, ctx);
        CsvFile.write(episodesFile, episodes, STYLE, ctx);
        return new Written.Return(List.of(episodesFile, headerFile));
    }

    private static String placementPostcode(Person p, LocalDate ref, RandomGenerator r) {
        String home = p.postcodeOn(ref);
        return home.substring(0, home.indexOf(' ')) + " " + r.nextInt(10) + "XX";
    }

    private static String provider(String place) {
        return switch (place) {
            case "P1" -> "PR0";
            case "K2", "H5", "R1" -> "PR4";
            default -> "PR1";
        };
    }
}
