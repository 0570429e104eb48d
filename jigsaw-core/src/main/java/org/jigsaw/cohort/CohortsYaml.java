package org.jigsaw.cohort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code cohorts.yaml} (see docs/cohorts.md for the reference). Criteria are small maps
 * ({@code all}, {@code any}, {@code not}, {@code fact}, {@code age}, {@code geography},
 * {@code cohort}); unknown keys are errors, so a typo never silently widens a cohort.
 */
public final class CohortsYaml {
    /** The built-in SEND set shipped with Jigsaw. */
    public static final String BUILT_IN_RESOURCE = "/org/jigsaw/cohort/builtin-cohorts.yaml";
    public static final String FILE_NAME = "cohorts.yaml";

    private static final Pattern WINDOW = Pattern.compile("(?:last|within)\\s+(\\d+)\\s+(day|week|month|year)s?");
    private static final Pattern ON = Pattern.compile("(?:active\\s+)?on\\s+(\\d{4}-\\d{2}-\\d{2})");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    /** The built-in set merged with the area's {@code cohorts.yaml} if it has one, validated. */
    public CohortSet forArea(Path areaDir) throws IOException {
        CohortSet builtIn = builtIn();
        Path file = areaDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) return builtIn;
        JsonNode root = org.jigsaw.area.ConfigYaml.readTree(file, FILE_NAME);
        CohortSet local = parse(root, file.toString());
        boolean includeBuiltIn = !root.has("builtin") || root.get("builtin").asBoolean(true);
        CohortSet merged = includeBuiltIn ? builtIn.merge(local, root.has("age_bands")) : local;
        return merged.validate();
    }

    public CohortSet builtIn() {
        try (InputStream in = CohortsYaml.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
            if (in == null) throw new IllegalStateException("built-in cohorts missing from the classpath");
            return parse(yaml.readTree(in), "built-in cohorts").validate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CohortSet read(Path file) throws IOException {
        return parse(org.jigsaw.area.ConfigYaml.readTree(file, file.toString()), file.toString()).validate();
    }

    public CohortSet parse(String text) throws IOException {
        return parse(yaml.readTree(text), "cohorts").validate();
    }

    private CohortSet parse(JsonNode root, String where) {
        if (root == null || root.isMissingNode() || root.isNull()) return new CohortSet(List.of(), List.of(), null);
        allowOnly(root, where, "builtin", "age_bands", "cohorts", "kpis");
        List<AgeBand> bands = new ArrayList<>();
        for (JsonNode b : root.path("age_bands")) bands.add(AgeBand.parse(b.asText()));
        List<CohortDefinition> cohorts = new ArrayList<>();
        for (JsonNode c : root.path("cohorts")) cohorts.add(cohort(c, where));
        List<KpiDefinition> kpis = new ArrayList<>();
        java.util.Map<String, KpiReading> readings = new java.util.LinkedHashMap<>();
        for (JsonNode k : root.path("kpis")) {
            KpiDefinition d = kpi(k, where);
            kpis.add(d);
            if (k.has("question") || k.has("target") || k.has("direction")) readings.put(d.name(), reading(k, where + ", KPI " + d.name()));
        }
        return new CohortSet(cohorts, kpis, bands, readings);
    }

    private CohortDefinition cohort(JsonNode node, String where) {
        String name = required(node, "name", where);
        String at = where + ", cohort " + name;
        allowOnly(node, at, "name", "title", "description", "group", "where");
        if (!node.has("where")) throw new IllegalArgumentException(at + ": needs 'where'");
        return new CohortDefinition(name, text(node, "title", name), text(node, "description", ""),
                text(node, "group", "Local"), criterion(node.get("where"), at));
    }

    Criterion criterion(JsonNode node, String at) {
        if (node.isArray()) return new Criterion.All(list(node, at));
        if (!node.isObject()) throw new IllegalArgumentException(at + ": a criterion must be a map, got " + node);
        if (node.has("all")) {
            allowOnly(node, at, "all");
            return new Criterion.All(list(node.get("all"), at));
        }
        if (node.has("any")) {
            allowOnly(node, at, "any");
            return new Criterion.Any(list(node.get("any"), at));
        }
        if (node.has("not")) {
            allowOnly(node, at, "not");
            return new Criterion.Not(criterion(node.get("not"), at));
        }
        if (node.has("fact")) {
            allowOnly(node, at, "fact", "codes", "values", "when", "during");
            FactMatch match = match(node, at);
            Timing timing = node.has("when") ? timing(node.get("when").asText(), at) : Timing.defaultFor(match.type());
            FactMatch during = node.has("during") ? match(node.get("during"), at + " during") : null;
            if (during != null && during.type().kind() != FactType.Kind.STATUS) {
                throw new IllegalArgumentException(at + ": 'during' must name a status, not " + during.type().key());
            }
            return new Criterion.HasFact(match, timing, during);
        }
        if (node.has("age")) {
            allowOnly(node, at, "age");
            JsonNode a = node.get("age");
            if (a.isObject()) return new Criterion.AgeBetween(a.path("min").asInt(0), a.path("max").asInt(Integer.MAX_VALUE));
            AgeBand band = AgeBand.parse(a.asText());
            return new Criterion.AgeBetween(band.min(), band.max());
        }
        if (node.has("geography")) {
            allowOnly(node, at, "geography", "icb");
            String g = node.get("geography").asText().toLowerCase(Locale.ROOT);
            List<String> icbs = strings(node.path("icb"));
            return switch (g) {
                case "la_resident", "la", "resident" -> new Criterion.Geography(Criterion.Geography.Kind.LA_RESIDENT, List.of());
                case "icb_registered", "icb", "registered" -> new Criterion.Geography(Criterion.Geography.Kind.ICB_REGISTERED, icbs);
                default -> throw new IllegalArgumentException(at + ": geography must be la_resident or icb_registered, got " + g);
            };
        }
        if (node.has("cohort")) {
            allowOnly(node, at, "cohort");
            return new Criterion.InCohort(node.get("cohort").asText());
        }
        throw new IllegalArgumentException(at + ": a criterion needs one of all, any, not, fact, age, geography, cohort");
    }

    private List<Criterion> list(JsonNode node, String at) {
        if (!node.isArray() || node.isEmpty()) throw new IllegalArgumentException(at + ": all/any need a non-empty list");
        List<Criterion> out = new ArrayList<>();
        node.forEach(n -> out.add(criterion(n, at)));
        return out;
    }

    private FactMatch match(JsonNode node, String at) {
        String type = required(node, "fact", at);
        try {
            return new FactMatch(FactType.fromKey(type), strings(node.path("codes")), strings(node.path("values")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(at + ": unknown fact type '" + type + "' (see org.jigsaw.cohort.FactType)");
        }
    }

    static Timing timing(String text, String at) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("active") || t.equals("now")) return new Timing.Active(null);
        if (t.equals("ever")) return new Timing.Ever();
        Matcher on = ON.matcher(t);
        if (on.matches()) return new Timing.Active(LocalDate.parse(on.group(1)));
        Matcher w = WINDOW.matcher(t);
        if (w.matches()) {
            int n = Integer.parseInt(w.group(1));
            Period p = switch (w.group(2)) {
                case "day" -> Period.ofDays(n);
                case "week" -> Period.ofWeeks(n);
                case "month" -> Period.ofMonths(n);
                default -> Period.ofYears(n);
            };
            return new Timing.Within(p);
        }
        throw new IllegalArgumentException(at + ": 'when' must be active, ever, 'on YYYY-MM-DD' or 'last N days|weeks|months|years', got '" + text + "'");
    }

    private KpiDefinition kpi(JsonNode node, String where) {
        String name = required(node, "name", where);
        String at = where + ", KPI " + name;
        allowOnly(node, at, "name", "title", "description", "type", "cohort", "of", "from", "to", "events",
                "statistic", "within_days", "window_months", "question", "target", "direction");
        String title = text(node, "title", name);
        String description = text(node, "description", "");
        String type = required(node, "type", at).toLowerCase(Locale.ROOT);
        String cohort = node.has("cohort") ? node.get("cohort").asText() : null;
        Integer window = node.has("window_months") ? node.get("window_months").asInt() : null;
        Statistic stat = node.has("statistic") ? Statistic.valueOf(node.get("statistic").asText().toUpperCase(Locale.ROOT)) : Statistic.MEDIAN;
        return switch (type) {
            case "rate" -> new KpiDefinition.Rate(name, title, description, required(node, "cohort", at));
            case "count" -> new KpiDefinition.Count(name, title, description, required(node, "cohort", at));
            case "share" -> new KpiDefinition.Share(name, title, description, required(node, "cohort", at), required(node, "of", at));
            case "wait" -> new KpiDefinition.Wait(name, title, description, match(need(node, "from", at), at),
                    match(need(node, "to", at), at), cohort, stat, window);
            case "gap" -> new KpiDefinition.Gap(name, title, description, match(need(node, "events", at), at), cohort, stat, window);
            case "timeliness" -> new KpiDefinition.Timeliness(name, title, description, match(need(node, "from", at), at),
                    match(need(node, "to", at), at), cohort, need(node, "within_days", at).asInt(), window);
            default -> throw new IllegalArgumentException(at + ": type must be rate, count, share, wait, gap or timeliness");
        };
    }

    private static KpiReading reading(JsonNode node, String at) {
        JsonNode t = node.get("target");
        if (t != null && !t.isNumber()) throw new IllegalArgumentException(at + ": 'target' must be a number in the KPI's unit, got '" + t.asText() + "'");
        return KpiReading.of(text(node, "question", null), t == null ? null : t.asDouble(), text(node, "direction", null), at);
    }

    private static JsonNode need(JsonNode node, String key, String at) {
        if (!node.has(key)) throw new IllegalArgumentException(at + ": needs '" + key + "'");
        return node.get(key);
    }

    private static String required(JsonNode node, String key, String at) {
        JsonNode v = node.get(key);
        if (v == null || v.asText().isBlank()) throw new IllegalArgumentException(at + ": needs '" + key + "'");
        return v.asText().trim();
    }

    private static String text(JsonNode node, String key, String otherwise) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? otherwise : v.asText().trim();
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) node.forEach(n -> out.add(n.asText().trim()));
        else if (!node.isMissingNode() && !node.isNull()) out.add(node.asText().trim());
        return out;
    }

    private static void allowOnly(JsonNode node, String at, String... keys) {
        Set<String> allowed = Set.of(keys);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) throw new IllegalArgumentException(at + ": unknown key '" + k + "' (allowed: " + String.join(", ", keys) + ")");
        }
    }
}
