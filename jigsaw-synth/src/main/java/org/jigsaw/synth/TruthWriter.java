package org.jigsaw.synth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Writes {@code truth/}: records, persons, facts, faults and a README explaining them. */
public final class TruthWriter {
    private TruthWriter() {
    }

    /** Persons the truth describes: living in the area on the date, or behind any record. */
    public static boolean described(Person p, LocalDate ref, TruthLog log) {
        return p.bornBy(ref) && (p.residentOn(ref) || log.seen(p));
    }

    public static void write(Path dir, Universe u, LocalDate ref, TruthLog log) throws IOException {
        Files.createDirectories(dir);
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("records.csv"), StandardCharsets.UTF_8)) {
            w.write("record_key,person_id\n");
            for (TruthLog.RecordLink r : log.records()) w.write(csv(r.recordKey()) + "," + r.personId() + "\n");
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("persons.csv"), StandardCharsets.UTF_8);
             BufferedWriter f = Files.newBufferedWriter(dir.resolve("facts.csv"), StandardCharsets.UTF_8)) {
            w.write("person_id,given_name,middle_names,family_name,former_family_name,dob,sex,nhs_number,upn,former_upn,"
                    + "postcode,in_area,age,in_age_range,twin_group,ethnicity,deprived\n");
            f.write("person_id,type,code,start,end,value\n");
            for (Person p : u.persons()) {
                if (!described(p, ref, log)) continue;
                int age = p.ageOn(ref);
                w.write(String.join(",", p.id(), csv(p.given()), csv(p.middle()), csv(p.familyOn(ref)),
                        csv(p.surnameChanged() != null && !p.surnameChanged().isAfter(ref) ? p.formerFamily() : null),
                        p.dob().toString(), p.sex(), p.nhsNumber(), nz(p.upnOn(ref)), nz(p.formerUpnOn(ref)), p.postcodeOn(ref),
                        Boolean.toString(p.residentOn(ref)), Integer.toString(age), Boolean.toString(age >= 0 && age <= 25),
                        p.twinGroup() == 0 ? "" : Integer.toString(p.twinGroup()), p.ethnicity(), Boolean.toString(p.deprived())));
                w.write('\n');
                for (TruthFact t : TruthFacts.of(p, ref, u.area())) {
                    f.write(String.join(",", t.personId(), t.type(), csv(t.code()), t.start() == null ? "" : t.start().toString(),
                            t.end() == null ? "" : t.end().toString(), csv(t.value())));
                    f.write('\n');
                }
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("faults.csv"), StandardCharsets.UTF_8)) {
            w.write("source,record_key,line,kind,field\n");
            for (TruthLog.FaultRow r : log.faults()) {
                w.write(String.join(",", r.source(), csv(r.recordKey()), r.line() == 0 ? "" : Long.toString(r.line()),
                        r.kind().name(), r.field()));
                w.write('\n');
            }
        }
        try (var in = TruthWriter.class.getResourceAsStream("truth-README.md")) {
            if (in == null) throw new IOException("missing truth README resource");
            Files.write(dir.resolve("README.md"), in.readAllBytes());
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String csv(String s) {
        if (s == null) return "";
        return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

}
