package org.jigsaw.link.eval;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The ground truth a synthetic area carries in {@code truth/} ({@code jigsaw synth}): which true
 * person each record belongs to, and which persons are twins of each other.
 *
 * @param personByRecord record key → true person id
 * @param twinGroup      true person id → twin group, for persons who are twins
 */
public record AreaTruth(Map<String, String> personByRecord, Map<String, String> twinGroup) {

    public static boolean available(Path area) {
        return Files.isRegularFile(area.resolve("truth/records.csv")) && Files.isRegularFile(area.resolve("truth/persons.csv"));
    }

    public static AreaTruth read(Path area) throws IOException {
        Map<String, String> truePerson = new HashMap<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(area.resolve("truth/records.csv"))) {
            for (NamedCsvRecord r : csv) truePerson.put(r.getField("record_key"), r.getField("person_id"));
        }
        Map<String, String> twinGroup = new HashMap<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(area.resolve("truth/persons.csv"))) {
            for (NamedCsvRecord r : csv) {
                String g = r.findField("twin_group").orElse("");
                if (!g.isBlank()) twinGroup.put(r.getField("person_id"), g);
            }
        }
        return new AreaTruth(truePerson, twinGroup);
    }
}
