package org.jigsaw.synth.extract;

import static org.jigsaw.synth.extract.Defs.*;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.jigsaw.cohort.FactType;
import org.jigsaw.ingest.SourceDefinition;
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
 * GP practices' learning-disability registers (QOF LD_COD) for the area's registered patients
 * aged up to about 25 (the practice search runs on age at its own date, so a few 26-year-olds
 * slip in), with the date of the last annual health check. Dates as GP systems export them: yyyyMMdd.
 */
public final class GpLdRegisterExtract implements Extract {
    static final String NAME = "gp_ld_register";
    private static final CsvStyle STYLE = CsvStyle.plain();
    private static final DateTimeFormatter DATE = pattern("yyyyMMdd");
    private static final SourcePolicy POLICY = new SourcePolicy(0.995, 0, 0.15, 0.15, 0.5, 0.01, 0);
    private static final List<String> HEADER = List.of("Practice Code", "Patient Ref", "NHS Number", "Forename", "Surname",
            "Date of Birth", "Sex", "Postcode", "LD Code", "Date Added to Register", "Last Annual Health Check");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Written write(ExtractContext ctx) throws IOException {
        LocalDate ref = ctx.reference();
        IdMinter ids = new IdMinter(ctx.seeds(), NAME, "", 8);
        Table t = ctx.table(NAME, HEADER);
        for (Person p : ctx.persons()) {
            var reg = p.life().gpLdRegister;
            if (reg == null || reg.start().isAfter(ref) || !p.residentOn(ref) || p.ageOn(ref) > 28) continue;
            RandomGenerator r = ctx.rng(NAME, p.index());
            IdentityView v = ctx.view(p, POLICY, r);
            LocalDate last = null;
            for (LocalDate c : p.life().healthChecks) if (!c.isAfter(ref)) last = c;
            String id = ids.id(IdMinter.slot(p, 0));
            t.add(id, p, v.faults(), "M8" + org.jigsaw.synth.SynthIds.pad(p.index() % 37, 4), id, nz(v.nhsNumber()), v.given(), v.family(),
                    fmt(v.dob(), DATE), v.sex(), v.postcode(), reg.code(), fmt(reg.start(), DATE), fmt(last, DATE));
        }
        Malformer.plant(t, ids, 1, t.column("Date of Birth"), t.column("Forename"), ctx.rng(NAME + ":malformed", 0),
                List.of(FaultKind.MALFORMED_COLUMN_COUNT, FaultKind.MALFORMED_DATE, FaultKind.MALFORMED_BYTES));
        String file = "extracts/gp_ld_register_" + ref + ".csv";
        CsvFile.write(ctx.areaDir().resolve(file), t, STYLE, ctx);
        return source(NAME, "health", "GP learning disability register", file, csv(STYLE), ref, "Patient Ref",
                fields("local_id", "Patient Ref", "nhs_number", "NHS Number", "given_name", "Forename", "family_name", "Surname",
                        "dob", "Date of Birth", "sex", "Sex", "postcode", "Postcode"),
                List.of("yyyyMMdd"), valueMap("Sex", codes("M", "M", "F", "F")),
                List.of(with(status(FactType.LD_REGISTER, null, "Date Added to Register", null, "=HEALTH"), null, "LD Code"),
                        event(FactType.ANNUAL_HEALTH_CHECK, null, "Last Annual Health Check", null)));
    }
}
