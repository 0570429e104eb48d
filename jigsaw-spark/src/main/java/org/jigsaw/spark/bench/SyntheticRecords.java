package org.jigsaw.spark.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Synthetic children's records for scale benchmarks, generated on the executors so ten million
 * records never pass through the driver. Persons come in groups of four holding 1, 2, 3 and 4
 * records (2.5 on average) across school, GP, social care and community health extracts, a quarter
 * with popular given names and the rest from a long tail, with the errors real extracts have: typos
 * and nicknames in names, swapped day and month, moved house, missing NHS numbers outside health. Surnames are Zipf-distributed so some blocking keys are
 * heavily skewed, as in real data. NHS numbers are in the 999 test range with valid check digits.
 * Seeded: the same {@code n} and seed give the same records.
 */
public final class SyntheticRecords {

    public static final StructType SCHEMA = new StructType()
            .add("key", DataTypes.StringType, false).add("source", DataTypes.StringType, false)
            .add("nhs_number", DataTypes.StringType, true).add("given_name", DataTypes.StringType, true)
            .add("family_name", DataTypes.StringType, true).add("dob", DataTypes.StringType, true)
            .add("sex", DataTypes.StringType, true).add("postcode", DataTypes.StringType, true)
            .add("house_number", DataTypes.StringType, true).add("truth_person", DataTypes.StringType, false);

    private static final String[] SOURCES = {"school", "gp", "social_care", "community_health"};
    private static final String[] GIVEN_M = {"OLIVER", "GEORGE", "HARRY", "NOAH", "JACK", "LEO", "ARTHUR", "MUHAMMAD",
        "OSCAR", "CHARLIE", "JACOB", "THOMAS", "HENRY", "WILLIAM", "ALFIE", "JOSHUA", "FREDDIE", "ARCHIE", "ISAAC",
        "JOSEPH", "ALEXANDER", "SAMUEL", "DANIEL", "LOGAN", "EDWARD", "LUCAS", "MAX", "MOHAMMED", "BENJAMIN", "MASON",
        "THEO", "TOMMY", "ETHAN", "REGGIE", "ADAM", "DYLAN", "ZACHARY", "RILEY", "FINLEY", "AIDEN", "KAI", "IBRAHIM",
        "YUSUF", "AMIR", "KWAME", "TOMASZ", "JAKUB", "LUCA", "MATEO", "ELIJAH"};
    private static final String[] GIVEN_F = {"OLIVIA", "AMELIA", "ISLA", "AVA", "MIA", "IVY", "LILY", "ISABELLA",
        "ROSIE", "SOPHIA", "GRACE", "WILLOW", "FREYA", "FLORENCE", "EMILY", "ELLA", "POPPY", "EVIE", "ELSIE", "CHARLOTTE",
        "EVELYN", "SIENNA", "SOPHIE", "DAISY", "PHOEBE", "SARAH", "ALICE", "MATILDA", "HARPER", "RUBY", "EMILIA",
        "MAYA", "ZARA", "AISHA", "FATIMA", "MARYAM", "AMARA", "CHLOE", "JESSICA", "HANNAH", "LUCY", "KATIE", "ZOFIA",
        "MAJA", "AMELIE", "NADIA", "LEAH", "HOLLY", "ABIGAIL", "ELIZABETH"};
    private static final String[][] NICKNAMES = {{"WILLIAM", "BILLY"}, {"ALEXANDER", "ALEX"}, {"THOMAS", "TOM"},
        {"ELIZABETH", "BETH"}, {"SAMUEL", "SAM"}, {"JOSHUA", "JOSH"}, {"BENJAMIN", "BEN"}, {"EDWARD", "EDDIE"},
        {"ABIGAIL", "ABBIE"}, {"CHARLOTTE", "LOTTIE"}, {"JESSICA", "JESS"}, {"DANIEL", "DAN"}};
    private static final String[] ONSETS = {"B", "BR", "C", "CH", "D", "F", "G", "H", "J", "K", "KH", "L", "M", "N",
        "O", "P", "R", "S", "SH", "ST", "T", "TH", "W", "Y", "Z", "A", "E", "AL", "AN", "MC"};
    private static final String[] CODAS = {"ANE", "ARD", "ARTON", "ASH", "EL", "ELL", "EN", "ER", "ES", "ETT", "EY",
        "IN", "ING", "ISON", "LEY", "MAN", "ON", "OR", "OWSKI", "SON", "TON", "WOOD", "Y", "AFOR", "ALI", "EVA", "IC",
        "ENKO", "UDIN", "AWAY"};
    private static final String[] VOWELS = {"A", "E", "I", "O", "U", "AI", "EE", "IA", "OU", "Y"};
    private static final String[] ENDINGS = {"N", "L", "R", "S", "H", "NA", "LA", "RA", "ZA", "ME", "DE", "TTE", "NNE", "LLE"};
    private static final String[] POST_AREAS = {"LS", "BD", "M", "B", "S", "L", "NE", "SE", "N", "E", "CR", "OL",
        "WF", "HD", "HX", "YO", "HU", "DN", "NG", "LE"};

    private SyntheticRecords() {
    }

    /** About {@code n} records (rounded up to a multiple of ten), generated in parallel. */
    public static Dataset<Row> generate(SparkSession spark, long n, long seed, int partitions) {
        long groups = (n + 9) / 10;
        FlatMapFunction<Long, Row> fn = g -> group(g, seed).iterator();
        return spark.range(0, groups, 1, partitions).as(Encoders.LONG()).flatMap(fn, Encoders.row(SCHEMA));
    }

    /** Four persons holding 1, 2, 3 and 4 records. */
    static List<Row> group(long g, long seed) {
        List<Row> out = new ArrayList<>(10);
        for (int k = 0; k < 4; k++) {
            long person = g * 4 + k;
            SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + person);
            Person p = Person.random(person, rnd);
            for (int r = 0; r <= k; r++) out.add(p.record(r, rnd));
        }
        return out;
    }

    private record Person(long id, String nhs, String given, String family, int y, int m, int d, String sex,
                          String postcode, String house) {

        static Person random(long id, SplittableRandom rnd) {
            boolean female = rnd.nextBoolean();
            String given = givenName(rnd, female ? GIVEN_F : GIVEN_M);
            String family = surname(rnd);
            int y = 2001 + rnd.nextInt(25), m = 1 + rnd.nextInt(12), d = 1 + rnd.nextInt(28);
            return new Person(id, nhsNumber(id), given, family, y, m, d, female ? "F" : "M", SyntheticRecords.postcode(rnd),
                    String.valueOf(1 + rnd.nextInt(180)));
        }

        Row record(int r, SplittableRandom rnd) {
            String source = SOURCES[r];
            boolean health = source.equals("gp") || source.equals("community_health");
            String nhsOut = nhs == null ? null : health ? (rnd.nextInt(100) < 97 ? nhs : null) : (rnd.nextInt(100) < 35 ? nhs : null);
            String g = given;
            int e = rnd.nextInt(100);
            if (e < 5) g = nickname(g);
            else if (e < 10) g = typo(g, rnd);
            String f = family;
            e = rnd.nextInt(100);
            if (e < 7) f = typo(f, rnd);
            else if (e < 9) f = null;
            int dd = d, mm = m, yy = y;
            e = rnd.nextInt(100);
            if (e < 2 && d <= 12) {
                dd = m;
                mm = d;
            } else if (e < 4) {
                dd = Math.max(1, Math.min(28, d + (rnd.nextBoolean() ? 1 : -1)));
            }
            String pc = postcode;
            String hn = house;
            e = rnd.nextInt(100);
            if (e < 10) {
                pc = SyntheticRecords.postcode(rnd);
                hn = String.valueOf(1 + rnd.nextInt(180));
            } else if (e < 14) {
                pc = null;
            }
            String dob = String.format("%04d-%02d-%02d", yy, mm, dd);
            String key = source + ":" + Long.toString(id * 4 + r, 36).toUpperCase();
            return RowFactory.create(key, source, nhsOut, g, f, dob, rnd.nextInt(100) < 2 ? null : sex, pc, hn,
                    "T" + id);
        }
    }

    /** Index 0 most common; roughly Zipf with exponent 1. */
    static int zipf(SplittableRandom rnd, int n) {
        double x = Math.pow(n + 1, rnd.nextDouble()) - 1;
        return Math.min(n - 1, (int) x);
    }

    /**
     * A quarter of children get one of the popular names (each about 0.5% of its sex, as the most
     * popular names are in ONS baby-name statistics); the rest a name from the long tail, built
     * from syllables. Without a long tail, name-based blocks would grow with the square of the
     * population and a 10M-record run would be dominated by blocks no real population has.
     */
    static String givenName(SplittableRandom rnd, String[] popular) {
        if (rnd.nextInt(4) == 0) return popular[rnd.nextInt(popular.length)];
        StringBuilder b = new StringBuilder(ONSETS[rnd.nextInt(ONSETS.length)]).append(VOWELS[rnd.nextInt(VOWELS.length)]);
        b.append(ONSETS[rnd.nextInt(ONSETS.length)]).append(VOWELS[rnd.nextInt(VOWELS.length)]);
        if (rnd.nextBoolean()) b.append(ENDINGS[rnd.nextInt(ENDINGS.length)]);
        return b.toString();
    }

    static String surname(SplittableRandom rnd) {
        // a few very common surnames make skewed blocks; the long tail is built from syllables
        if (rnd.nextInt(100) < 4) return new String[] {"SMITH", "JONES", "WILLIAMS", "TAYLOR", "BROWN", "KHAN"}[rnd.nextInt(6)];
        String s = ONSETS[zipf(rnd, ONSETS.length)] + CODAS[rnd.nextInt(CODAS.length)];
        if (rnd.nextInt(3) == 0) s = s + CODAS[rnd.nextInt(CODAS.length)];
        return s;
    }

    static String nickname(String g) {
        for (String[] n : NICKNAMES) if (n[0].equals(g)) return n[1];
        return g;
    }

    static String typo(String v, SplittableRandom rnd) {
        if (v.length() < 3) return v;
        char[] c = v.toCharArray();
        int i = 1 + rnd.nextInt(c.length - 2);
        switch (rnd.nextInt(3)) {
            case 0 -> {
                char t = c[i];
                c[i] = c[i + 1];
                c[i + 1] = t;
            }
            case 1 -> c[i] = (char) ('A' + rnd.nextInt(26));
            default -> {
                return v.substring(0, i) + v.substring(i + 1);
            }
        }
        return new String(c);
    }

    static String postcode(SplittableRandom rnd) {
        return POST_AREAS[rnd.nextInt(POST_AREAS.length)] + (1 + rnd.nextInt(30)) + " " + rnd.nextInt(10)
                + (char) ('A' + rnd.nextInt(26)) + (char) ('A' + rnd.nextInt(26));
    }

    /**
     * A valid NHS number in the 999 test range (modulus 11 check digit), unique per person. The
     * range holds about 900,000 valid numbers, so persons beyond the first 499,999 have none (as
     * if never registered): large benchmarks link more on names, dates and addresses.
     */
    static String nhsNumber(long person) {
        if (person >= 499_999) return null;
        for (long k = person * 2; ; k++) {
            String nine = "999" + String.format("%06d", k);
            int sum = 0;
            for (int i = 0; i < 9; i++) sum += (nine.charAt(i) - '0') * (10 - i);
            int check = 11 - sum % 11;
            if (check == 11) check = 0;
            if (check != 10) return nine + check;
        }
    }
}
