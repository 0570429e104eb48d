package org.jigsaw.ops.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated area with a school census and a community health extract for {@code children}
 * children, which can be advanced a term: some children leave, some move house, new children
 * arrive, some get an EHC plan, and the census date moves on. Same seed, same files. Made for
 * the incremental-refresh test and {@code jigsaw bench refresh}: a plain, fast generator of the
 * shape of a refresh, not a realistic population (that is the synthetic area of {@code jigsaw demo}).
 */
public final class TermArea {

    static final String[] GIVEN = {"OLIVIA", "AMELIA", "ISLA", "AVA", "MUHAMMAD", "NOAH", "OLIVER", "GEORGE", "LEO",
            "ARTHUR", "FREYA", "LILY", "IVY", "FLORENCE", "THEO", "OSCAR", "JACK", "HARRY", "ZARA", "AISHA"};
    static final String[] FAMILY = {"SMITH", "JONES", "TAYLOR", "BROWN", "WILLIAMS", "WILSON", "JOHNSON", "DAVIES",
            "PATEL", "KHAN", "OKAFOR", "NOWAK", "EVANS", "THOMAS", "ROBERTS", "WALKER", "WRIGHT", "HUGHES"};
    static final String[] NEEDS = {"ASD", "SLCN", "SEMH", "MLD"};

    private static final String[] ONSETS = {"B", "C", "D", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "T",
            "V", "W", "CH", "SH", "TH", "BR", "CR", "DR", "GR", "ST", "PR", "TR"};
    private static final String[] VOWELS = {"A", "E", "I", "O", "U", "AI", "EE", "OO", "AR", "OR", "ER"};
    private static final String[] CODAS = {"", "N", "S", "R", "L", "M", "T", "ND", "RD", "LL", "SON", "TON", "LEY", "WOOD"};

    private TermArea() {
    }

    /** Common names often, invented rarer ones in a long tail, as in a real population. */
    private static String name(Random r, String[] common) {
        if (r.nextDouble() < 0.35) {
            return common[r.nextInt(common.length)];
        }
        StringBuilder b = new StringBuilder();
        int syllables = 2 + r.nextInt(2);
        for (int s = 0; s < syllables; s++) {
            b.append(ONSETS[r.nextInt(ONSETS.length)]).append(VOWELS[r.nextInt(VOWELS.length)]);
        }
        return b.append(CODAS[r.nextInt(CODAS.length)]).toString();
    }

    public static void writeDefinitions(Path area, LocalDate reference) throws IOException {
        Files.createDirectories(area.resolve("sources"));
        Files.createDirectories(area.resolve("extracts"));
        Files.writeString(area.resolve("area.yaml"), """
                name: Termshire
                la_code: "999"
                reference_date: %s
                age_min: 0
                age_max: 25
                population: 5000
                postcode_districts: [TS1, TS2, TS3, TS4, TS5, TS6, TS7, TS8, TS9]
                """.formatted(reference));
        Files.writeString(area.resolve("sources/census.yaml"), """
                name: census
                agency: education
                dataset: school_census
                file: extracts/census.csv
                format: {type: csv, delimiter: ",", encoding: UTF-8}
                id: PupilID
                fields:
                  given_name: Forename
                  family_name: Surname
                  dob: DOB
                  sex: Gender
                  postcode: Postcode
                facts:
                  - {type: ehc_plan, when: {column: SENprovision, in: [E]}, start: CensusDate}
                  - {type: sen_support, when: {column: SENprovision, in: [K]}, start: CensusDate}
                  - {type: primary_need, code: PrimarySENtype, start: CensusDate}
                """);
        Files.writeString(area.resolve("sources/health.yaml"), """
                name: health
                agency: health
                dataset: csds
                file: extracts/health.csv
                format: {type: csv, delimiter: ",", encoding: UTF-8}
                id: LocalPatientId
                fields:
                  nhs_number: NHSNumber
                  given_name: GivenName
                  family_name: FamilyName
                  dob: PersonBirthDate
                  sex: Gender
                  postcode: Postcode
                facts:
                  - {type: referral, date: ReferralDate, code: TeamType}
                """);
    }

    /** Writes the extracts as they stand in term {@code term} (0 = the first). */
    public static void writeExtracts(Path area, int children, int term, long seed) throws IOException {
        List<String> census = new ArrayList<>();
        census.add("PupilID,Forename,Surname,DOB,Gender,Postcode,SENprovision,PrimarySENtype,CensusDate");
        List<String> health = new ArrayList<>();
        health.add("LocalPatientId,NHSNumber,GivenName,FamilyName,PersonBirthDate,Gender,Postcode,ReferralDate,TeamType");
        LocalDate censusDate = LocalDate.of(2026, 1, 15).plusMonths(4L * term);
        int total = children + term * children / 20;              // newcomers each term
        for (int c = 0; c < total; c++) {
            Random r = new Random(seed * 1_000_003L + c);
            String given = name(r, GIVEN);
            String family = name(r, FAMILY);
            LocalDate dob = LocalDate.of(2010, 1, 1).plusDays(r.nextInt(365 * 12));
            String sex = r.nextBoolean() ? "F" : "M";
            int district = 1 + r.nextInt(8);
            String postcode = "TS" + district + " " + (1 + r.nextInt(9)) + "AB";
            // per-term events, seeded by child and term so earlier terms stay as they were
            for (int t = 1; t <= term; t++) {
                Random tr = new Random(seed * 31 + c * 7919L + t);
                if (tr.nextDouble() < 0.05) {
                    postcode = "TS9 " + (1 + tr.nextInt(9)) + "ZZ";   // moved house
                }
            }
            boolean left = false;
            for (int t = 1; t <= term; t++) {
                left |= new Random(seed * 17 + c * 104729L + t).nextDouble() < 0.02;
            }
            if (left) {
                continue;
            }
            String sen = r.nextDouble() < 0.05 ? "E" : r.nextDouble() < 0.12 ? "K" : "N";
            if (sen.equals("N") && term > 0 && new Random(seed * 13 + c).nextDouble() < 0.03 * term) {
                sen = "E";                                          // a new plan this year
            }
            String need = sen.equals("N") ? "" : NEEDS[r.nextInt(NEEDS.length)];
            if (r.nextDouble() < 0.9) {
                census.add(String.join(",", "P" + c, given, family, dob.toString(), sex, postcode, sen, need,
                        censusDate.toString()));
            }
            if (r.nextDouble() < 0.5) {
                String nhs = nhsNumber(c);
                String typoGiven = r.nextDouble() < 0.1 ? given.substring(0, given.length() - 1) : given;
                health.add(String.join(",", "H" + c, nhs, typoGiven, family, dob.toString(), sex, postcode,
                        dob.plusYears(3).toString(), "33"));
            }
        }
        Files.write(area.resolve("extracts/census.csv"), census);
        Files.write(area.resolve("extracts/health.csv"), health);
    }

    /** A checksum-valid NHS number in the 999 test range, distinct per child. */
    static String nhsNumber(int child) {
        for (int k = child * 3; ; k++) {
            String first9 = String.format("999%06d", k);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (first9.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return first9 + check;
            }
        }
    }
}
