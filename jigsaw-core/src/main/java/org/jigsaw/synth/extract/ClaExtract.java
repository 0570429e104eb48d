package org.jigsaw.synth.extract;

import static org.jigsaw.synth.extract.Defs.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.jigsaw.cohort.FactType;
import org.jigsaw.ingest.SourceDefinition;
import org.jigsaw.synth.CareEpisode;
import org.jigsaw.synth.Codes;
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
 * Children looked after: the SSDA903 Header joined to Episodes, one row per episode of care
 * open in the year, as the case-management system exports it. No names (the 903 has none);
 * CHILD is the same LA child id as the CIN census. V3/V4 short-break episodes are included, as
 * in the real return, and do not count as looked after.
 */
public final class ClaExtract implements Extract {
    static final String NAME = "cla_episodes";
    private static final CsvStyle STYLE = new CsvStyle(',', StandardCharsets.UTF_8, false, true);
    private static final DateTimeFormatter DATE = pattern("dd/MM/yyyy");
    /** Looked-after children have statutory health assessments, so NHS numbers are better filled. */
    private static final SourcePolicy POLICY = new SourcePolicy(0.6, 0.8, 0.3, 0.3, 0.5, 0, 0);
    private static final List<String> HEADER = List.of("CHILD", "EPISODE_KEY", "SEX", "DOB", "ETHNIC", "UPN", "NHS",
            "HOME_POST", "PL_POST", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SourceDefinition write(ExtractContext ctx) throws IOException {
        LocalDate ref = ctx.reference();
        IdMinter children = CinCensusExtract.childIds(ctx);
        Table t = ctx.table(NAME, HEADER);
        for (Person p : ctx.persons()) {
            List<CareEpisode> care = p.life().care;
            if (care.isEmpty()) continue;
            RandomGenerator r = ctx.rng(NAME, p.index());
            IdentityView v = ctx.view(p, POLICY, r);
            String child = children.id(IdMinter.slot(p, 0));
            for (CareEpisode e : care) {
                if (e.start().isAfter(ref) || e.end() != null && !e.end().isAfter(ref.minusYears(1))) continue;
                LocalDate end = e.end() != null && !e.end().isAfter(ref) ? e.end() : null;
                String key = child + "-" + e.start().toString().replace("-", "");
                t.add(key, p, v.faults(), child, key, v.sex().equals("M") ? "1" : "2", fmt(v.dob(), DATE), p.ethnicity(),
                        v.upn() == null ? (p.ageOn(ref) < 5 ? "UN1" : "UN4") : v.upn(), nz(v.nhsNumber()), v.postcode(),
                        placementPostcode(p, ref, r), fmt(e.start(), DATE), e.reasonNew(), e.legalStatus(),
                        e.legalStatus().startsWith("V3") ? "N2" : "N1", e.placement(), provider(e.placement()),
                        fmt(end, DATE), end == null ? "" : nz(e.reasonEnded()));
            }
        }
        IdMinter bad = new IdMinter(ctx.seeds(), NAME + ":malformed", "SYX", 8);
        Malformer.plant(t, bad, 1, t.column("DOB"), -1, ctx.rng(NAME + ":malformed", 0),
                List.of(FaultKind.MALFORMED_COLUMN_COUNT, FaultKind.MALFORMED_DATE, FaultKind.MALFORMED_BYTES));
        String file = "extracts/ssda903_episodes_" + ref.getYear() + ".csv";
        CsvFile.write(ctx.areaDir().resolve(file), t, STYLE, ctx);
        return source(NAME, "social_care", "SSDA903 children looked after", file, csv(STYLE), ref, "EPISODE_KEY",
                fields("local_id", "CHILD", "upn", "UPN", "nhs_number", "NHS", "dob", "DOB", "sex", "SEX", "postcode", "HOME_POST"),
                List.of("dd/MM/yyyy"),
                valueMap("SEX", codes("1", "M", "2", "F")),
                List.of(status(FactType.LOOKED_AFTER, when("LS", Codes.LOOKED_AFTER_LS), "DECOM", "DEC", "LS")));
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
