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
import org.jigsaw.synth.Draw;
import org.jigsaw.synth.ExtractContext;
import org.jigsaw.synth.Fault;
import org.jigsaw.synth.FaultKind;
import org.jigsaw.synth.IdMinter;
import org.jigsaw.synth.IdentityView;
import org.jigsaw.synth.Malformer;
import org.jigsaw.synth.Person;
import org.jigsaw.synth.SourcePolicy;
import org.jigsaw.synth.Spell;
import org.jigsaw.synth.Table;

/**
 * The youth justice service's case management export: one row per order or intervention open
 * in the year, pipe-delimited. Names are taken from police and court papers: nicknames and
 * typos are common, identifiers rare.
 */
public final class YouthJusticeExtract implements Extract {
    static final String NAME = "youth_justice";
    private static final CsvStyle STYLE = new CsvStyle('|', StandardCharsets.UTF_8, false, false);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final SourcePolicy POLICY = new SourcePolicy(0.1, 0.3, 0.3, 0.2, 1.3, 0.08, 0.01);
    private static final List<String> HEADER = List.of("ORDER_ID", "YOT_NUMBER", "FORENAME", "SURNAME", "DATE_OF_BIRTH",
            "GENDER", "POSTCODE", "UPN", "NHS_NUMBER", "ORDER_TYPE", "ORDER_START", "ORDER_END", "SEND_IDENTIFIED");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Written write(ExtractContext ctx) throws IOException {
        LocalDate ref = ctx.reference();
        IdMinter orders = new IdMinter(ctx.seeds(), NAME, "YO", 8);
        IdMinter people = new IdMinter(ctx.seeds(), NAME + ":person", "YJ", 8);
        Table t = ctx.table(NAME, HEADER);
        for (Person p : ctx.persons()) {
            List<Spell> spells = p.life().youthJustice;
            for (int k = 0; k < spells.size(); k++) {
                Spell s = spells.get(k);
                if (!s.knownBy(ref) || s.end() != null && s.end().isBefore(ref.minusYears(1))) continue;
                RandomGenerator r = ctx.rng(NAME, IdMinter.slot(p, k));
                add(ctx, t, p, s, orders.id(IdMinter.slot(p, k)), people.id(IdMinter.slot(p, 0)), ctx.view(p, POLICY, r), List.of());
                if (Draw.chance(r, POLICY.duplicates()))
                    add(ctx, t, p, s, orders.id(IdMinter.slot(p, 30 + k)), people.id(IdMinter.slot(p, 1)),
                            ctx.view(p, POLICY, ctx.rng(NAME + ":dup", IdMinter.slot(p, k))),
                            List.of(new Fault(FaultKind.DUPLICATE_ROW, "")));
            }
        }
        Malformer.plant(t, orders, 0, t.column("DATE_OF_BIRTH"), t.column("FORENAME"), ctx.rng(NAME + ":malformed", 0),
                List.of(FaultKind.MALFORMED_COLUMN_COUNT, FaultKind.MALFORMED_DATE, FaultKind.MALFORMED_BYTES));
        String file = "extracts/yjs_caseload_" + ref + ".txt";
        CsvFile.write(ctx.areaDir().resolve(file), t, STYLE, ctx);
        return source(NAME, "youth_justice", "Youth justice caseload", file, csv(STYLE), ref, "ORDER_ID",
                fields("local_id", "YOT_NUMBER", "given_name", "FORENAME", "family_name", "SURNAME", "dob", "DATE_OF_BIRTH",
                        "sex", "GENDER", "postcode", "POSTCODE", "upn", "UPN", "nhs_number", "NHS_NUMBER"),
                List.of("yyyy-MM-dd"),
                valueMap("GENDER", codes("Male", "M", "Female", "F")),
                List.of(status(FactType.YOUTH_JUSTICE_ORDER, null, "ORDER_START", "ORDER_END", "ORDER_TYPE")));
    }

    private void add(ExtractContext ctx, Table t, Person p, Spell s, String id, String yot, IdentityView v, List<Fault> extra) {
        LocalDate ref = ctx.reference();
        t.add(id, p, extra.isEmpty() ? v.faults() : SchoolCensusExtract.concat(v.faults(), extra), id, yot,
                v.given().toUpperCase(java.util.Locale.ROOT), v.family().toUpperCase(java.util.Locale.ROOT),
                fmt(v.dob(), ISO), v.sex().equals("M") ? "Male" : "Female", v.postcode(), nz(v.upn()), nz(v.nhsNumber()),
                s.code(), fmt(s.start(), ISO), fmt(s.endAsKnownOn(ref), ISO),
                p.life().senProvisionOn(ref).equals("N") ? "N" : "Y");
    }
}
