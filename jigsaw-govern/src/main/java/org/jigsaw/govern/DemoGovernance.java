package org.jigsaw.govern;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jigsaw.area.Area;
import org.jigsaw.cohort.FactType;
import org.jigsaw.ingest.SourceDefinition;
import org.jigsaw.keys.KeyFile;
import org.jigsaw.record.Field;

/**
 * Governance for a synthetic demo area: one data-sharing agreement per agency covering exactly
 * the fields and facts its sources use, and one login per role with a known demo password.
 * Never for a real area: the passwords are printed and published.
 */
public final class DemoGovernance {
    /** The purposes every demo agreement names. */
    public static final Map<String, String> PURPOSES = purposes();

    private DemoGovernance() {
    }

    /**
     * A demo login.
     *
     * @param username the login name (also the role's key)
     * @param password the published demo password
     */
    public record DemoLogin(String username, String password, Role role) {
    }

    /**
     * What was written.
     *
     * @param agreements ids of the agreements written to {@code agreements/}
     * @param logins     the accounts in {@code users.yaml}, with their demo passwords
     * @param keyFile    the key file created for the agreements' pseudonyms, or null
     */
    public record Result(List<String> agreements, List<DemoLogin> logins, Path keyFile) {
    }

    /** Writes agreements and users for the area's own sources, dated around its reference date. */
    public static Result write(Path areaDir, Path keyFile) throws IOException {
        Area area = Area.open(areaDir);
        LocalDate ref = area.config().requiredReferenceDate();
        return write(areaDir, AreaSources.readable(areaDir), ref, keyFile);
    }

    /**
     * Writes {@code agreements/demo-<agency>.yaml} for each agency among {@code sources} and
     * {@code users.yaml} with the logins board, analyst, operational and admin (keeping any other
     * account already there); creates keys for
     * the agreements in {@code keyFile} when it is given (it must lie outside the area).
     */
    public static Result write(Path areaDir, List<SourceDefinition> sources, LocalDate referenceDate, Path keyFile)
            throws IOException {
        if (sources.isEmpty()) throw new IOException("no sources in " + areaDir.resolve("sources") + ": write them before the demo agreements");
        Map<String, List<SourceDefinition>> byAgency = new LinkedHashMap<>();
        for (SourceDefinition s : sources) {
            String agency = s.agency() == null || s.agency().isBlank() ? "other" : s.agency().trim().toLowerCase(Locale.ROOT);
            byAgency.computeIfAbsent(agency, k -> new ArrayList<>()).add(s);
        }
        List<String> ids = new ArrayList<>();
        for (Map.Entry<String, List<SourceDefinition>> e : byAgency.entrySet()) {
            Agreement a = agreement(e.getKey(), e.getValue(), referenceDate);
            AgreementSet.write(areaDir, a);
            ids.add(a.id());
        }
        PasswordHasher hasher = new PasswordHasher();
        List<DemoLogin> logins = new ArrayList<>();
        List<User> users = new ArrayList<>();
        for (Role r : Role.values()) {
            DemoLogin login = new DemoLogin(r.key(), r.key() + "-demo", r);
            logins.add(login);
            users.add(new User(r.key(), "Demo " + r.key(), r, List.of(), hasher.hash(login.password().toCharArray())));
        }
        // accounts an administrator added to a demo area (jigsaw users add) survive the next demo run
        Path file = areaDir.resolve(Users.FILE);
        if (Files.isRegularFile(file)) {
            for (User u : Users.load(file).all()) {
                if (users.stream().noneMatch(d -> d.username().equals(u.username()))) users.add(u);
            }
        }
        Users.write(file, users);
        if (keyFile != null) {
            KeyFile.requireOutside(keyFile, areaDir);
            List<String> names = new ArrayList<>(ids);
            names.add(KeyFile.LINKAGE);
            KeyFile.init(keyFile, names);
        }
        return new Result(List.copyOf(ids), List.copyOf(logins), keyFile);
    }

    static Agreement agreement(String agency, List<SourceDefinition> sources, LocalDate ref) {
        List<Agreement.DatasetShare> datasets = new ArrayList<>();
        Map<String, Set<String>[]> byDataset = new LinkedHashMap<>();
        for (SourceDefinition s : sources) {
            String dataset = s.dataset() == null || s.dataset().isBlank() ? s.name() : s.dataset();
            @SuppressWarnings("unchecked")
            Set<String>[] ff = byDataset.computeIfAbsent(dataset, k -> new Set[] {new LinkedHashSet<>(), new LinkedHashSet<>()});
            if (s.fields() != null) {
                for (String f : s.fields().keySet()) {
                    if (isField(f)) ff[0].add(Field.fromKey(f).key());
                }
            }
            if (s.facts() != null) {
                for (SourceDefinition.FactRule rule : s.facts()) {
                    if (rule.type() != null && isFact(rule.type())) ff[1].add(FactType.fromKey(rule.type()).key());
                }
            }
        }
        byDataset.forEach((name, ff) -> datasets.add(new Agreement.DatasetShare(name, provider(agency), List.copyOf(ff[0]), List.copyOf(ff[1]))));
        boolean health = agency.contains("health") || agency.contains("nhs");
        LawfulBasis basis = new LawfulBasis(List.of("6(1)(e)"), List.of(health ? "9(2)(h)" : "9(2)(g)"),
                health ? List.of() : List.of("Sch.1 Pt.2 para 6 statutory and government purposes"),
                "Children and Families Act 2014 s.23 and s.25 (duty to integrate and to identify children with SEND); synthetic demo");
        List<Agreement.AccessRule> access = List.of(
                new Agreement.AccessRule("board", "aggregate", List.of("send_planning")),
                new Agreement.AccessRule("analyst", "aggregate", List.of("send_planning", "data_quality")),
                // clerical review shows the two records' identifying fields: individual, for that purpose only
                new Agreement.AccessRule("analyst", "individual", List.of(PolicyGate.LINKAGE_REVIEW)),
                new Agreement.AccessRule("operational", "individual", List.of("direct_care")));
        return new Agreement("demo-" + agency.replaceAll("[^a-z0-9._-]", "-"),
                "Demo: " + agency.replace('_', ' ') + " data for SEND joint commissioning (synthetic)",
                List.of(new Agreement.Party("Synthetic local authority", "joint controller", "dpo@example.invalid"),
                        new Agreement.Party(provider(agency), "joint controller", null)),
                PURPOSES, basis, datasets, access, null,
                ref.minusYears(1).withDayOfMonth(1), reviewDate(ref, LocalDate.now()), ref.plusYears(3).withDayOfMonth(1),
                // the whole 0-25 age range, so the demo's KPIs and trends match the synthetic truth
                Period.ofYears(26));
    }

    /**
     * Eleven months after the synthetic reference date, or after today if that is later: the
     * reference date is fixed per seed, and a demo set up a year on should not open with every
     * agreement overdue for review.
     */
    static LocalDate reviewDate(LocalDate ref, LocalDate today) {
        LocalDate from = today.isAfter(ref) ? today : ref;
        return from.plusMonths(11).withDayOfMonth(1);
    }

    private static String provider(String agency) {
        return switch (agency) {
            case "health" -> "Synthetic ICB and community health trust";
            case "education" -> "Synthetic local authority (education)";
            case "social_care" -> "Synthetic local authority (children's social care)";
            case "youth_justice" -> "Synthetic youth justice service";
            default -> "Synthetic " + agency.replace('_', ' ');
        };
    }

    private static boolean isField(String key) {
        try {
            Field.fromKey(key);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isFact(String key) {
        try {
            FactType.fromKey(key);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Map<String, String> purposes() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("send_planning", "Planning and commissioning SEND services from aggregate figures (JSNA, sufficiency, inspection)");
        p.put("data_quality", "Checking the quality of the shared data and of the record linkage");
        p.put("direct_care", "Coordinating support for an individual child by a practitioner with a legitimate relationship");
        p.put(PolicyGate.LINKAGE_REVIEW, "Clerical review of uncertain record-linkage pairs: comparing two records' identifying fields to decide whether they are the same child");
        return java.util.Collections.unmodifiableMap(p);
    }
}
