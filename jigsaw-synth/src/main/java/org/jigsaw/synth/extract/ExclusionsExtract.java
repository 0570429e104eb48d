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
import org.jigsaw.synth.CsvFile;
import org.jigsaw.synth.CsvStyle;
import org.jigsaw.synth.Exclusion;
import org.jigsaw.synth.ExtractContext;
import org.jigsaw.synth.FaultKind;
import org.jigsaw.synth.IdMinter;
import org.jigsaw.synth.IdentityView;
import org.jigsaw.synth.Malformer;
import org.jigsaw.synth.Person;
import org.jigsaw.synth.Schooling;
import org.jigsaw.synth.SourcePolicy;
import org.jigsaw.synth.Table;

/**
 * Suspensions and permanent exclusions reported by schools to the LA's exclusions officer over
 * the last twelve months: semicolon-separated, dates like 3-Mar-25 (English month names).
 */
public final class ExclusionsExtract implements Extract {
    static final String NAME = "exclusions";
    private static final CsvStyle STYLE = new CsvStyle(';', StandardCharsets.UTF_8, false, true);
    private static final DateTimeFormatter DATE = pattern("d-MMM-yy");
    private static final SourcePolicy POLICY = new SourcePolicy(0, 0.97, 0.15, 0.15, 0.7, 0.01, 0);
    private static final List<String> HEADER = List.of("ExclusionID", "UPN", "Surname", "Forename", "DOB", "Gender", "LAEstab",
            "Category", "StartDate", "Sessions", "Reason1");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Written write(ExtractContext ctx) throws IOException {
        LocalDate ref = ctx.reference();
        IdMinter ids = new IdMinter(ctx.seeds(), NAME, "X", 8);
        Table t = ctx.table(NAME, HEADER);
        for (Person p : ctx.persons()) {
            List<Exclusion> list = p.life().exclusions;
            for (int k = 0; k < list.size() && k < 60; k++) {
                Exclusion e = list.get(k);
                if (e.date().isAfter(ref) || !e.date().isAfter(ref.minusYears(1)) || !Schooling.onRoll(p, e.date().minusDays(1))) continue;
                // On roll the day before: a permanent exclusion takes the pupil off roll from its own date.
                RandomGenerator r = ctx.rng(NAME, IdMinter.slot(p, k));
                IdentityView v = ctx.view(p, POLICY, r);
                String id = ids.id(IdMinter.slot(p, k));
                t.add(id, p, v.faults(), id, nz(v.upn()), v.family(), v.given(), fmt(v.dob(), DATE), v.sex(),
                        ctx.universe().area().laCode() + Schooling.estab(p, ctx.universe(), e.date()), e.category(),
                        fmt(e.date(), DATE), e.category().equals("PERM") ? "" : Integer.toString(e.sessions()), e.reason());
            }
        }
        Malformer.plant(t, ids, 0, t.column("DOB"), t.column("Forename"), ctx.rng(NAME + ":malformed", 0),
                List.of(FaultKind.MALFORMED_COLUMN_COUNT, FaultKind.MALFORMED_DATE, FaultKind.MALFORMED_BYTES));
        String file = "extracts/exclusions_" + ref + ".csv";
        CsvFile.write(ctx.areaDir().resolve(file), t, STYLE, ctx);
        return source(NAME, "education", "Suspensions and permanent exclusions", file, csv(STYLE), ref, "ExclusionID",
                fields("upn", "UPN", "family_name", "Surname", "given_name", "Forename", "dob", "DOB", "sex", "Gender"),
                List.of("d-MMM-yy"), valueMap("Gender", codes("M", "M", "F", "F")),
                List.of(event(FactType.EXCLUSION, when("Category", "PERM"), "StartDate", "Reason1"),
                        event(FactType.SUSPENSION, when("Category", "FIXD"), "StartDate", "Reason1")));
    }
}
