package org.jigsaw.feed;

import java.nio.file.Path;
import org.jigsaw.identity.NhsNumber;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jigsaw.cohort.FactType;

/**
 * Finds, in one snapshot, the EHC plans that started, changed primary need or ceased in a window
 * {@code [since, asAt]}, from the linked {@code ehc_plan} and {@code primary_need} facts.
 *
 * <p>Plan periods from all sources are merged into episodes per person. The primary need is a
 * timeline of dated observations; repeats of the same code (one per census) collapse, and on a
 * day where sources disagree the source that also reports the person's plan (the SEN2 return)
 * wins, because it is the authority on the plan's need.
 */
public final class EhcpChangeFinder {

    private record Need(LocalDate date, String code, boolean fromPlanSource) {
    }

    private record Person(List<PlanEpisode> episodes, List<Need> needs) {
    }

    public EhcpFeedContent find(Path snapshot, LocalDate since, LocalDate asAt) throws SQLException {
        if (since.isAfter(asAt)) {
            throw new IllegalArgumentException("--since " + since + " is after the as-at date " + asAt);
        }
        try (Connection c = SnapshotConnection.openReadOnly(snapshot)) {
            Map<String, List<PlanEpisode>> periods = new HashMap<>();
            Map<String, Set<String>> planSources = new HashMap<>();
            List<ContradictoryPlan> contradictory = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT person_id, source, start_date, end_date, record_key FROM fact "
                            + "WHERE type = ? AND person_id IS NOT NULL AND start_date IS NOT NULL")) {
                ps.setString(1, FactType.EHC_PLAN.key());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String person = rs.getString(1);
                        LocalDate start = date(rs, 3);
                        LocalDate end = date(rs, 4);
                        planSources.computeIfAbsent(person, k -> new HashSet<>()).add(rs.getString(2));
                        if (end != null && end.isBefore(start)) {
                            // merged into an episode it would stretch or invert it: leave this record out
                            if (within(start, since, asAt) || within(end, since, asAt)) {
                                contradictory.add(new ContradictoryPlan(rs.getString(2), rs.getString(5), start, end));
                            }
                            continue;
                        }
                        periods.computeIfAbsent(person, k -> new ArrayList<>()).add(new PlanEpisode(start, end));
                    }
                }
            }
            Map<String, List<Need>> needs = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT f.person_id, f.source, f.code, f.start_date FROM fact f "
                            + "WHERE f.type = ? AND f.code IS NOT NULL AND f.start_date IS NOT NULL "
                            + "AND f.person_id IN (SELECT person_id FROM fact WHERE type = ?)")) {
                ps.setString(1, FactType.PRIMARY_NEED.key());
                ps.setString(2, FactType.EHC_PLAN.key());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String person = rs.getString(1);
                        boolean planSource = planSources.getOrDefault(person, Set.of()).contains(rs.getString(2));
                        needs.computeIfAbsent(person, k -> new ArrayList<>())
                                .add(new Need(date(rs, 4), rs.getString(3).trim().toUpperCase(Locale.ROOT), planSource));
                    }
                }
            }

            Map<String, List<EhcpChange>> byPerson = new TreeMap<>();
            periods.forEach((person, list) -> {
                List<EhcpChange> changes = changesFor(person,
                        new Person(PlanEpisode.merge(list), timeline(needs.getOrDefault(person, List.of()))), since, asAt);
                if (!changes.isEmpty()) {
                    byPerson.put(person, changes);
                }
            });

            Map<String, Set<String>> nhs = validNhsNumbers(c, byPerson.keySet());
            List<EhcpChange> fed = new ArrayList<>();
            int missing = 0;
            int conflicting = 0;
            for (Map.Entry<String, List<EhcpChange>> e : byPerson.entrySet()) {
                Set<String> numbers = nhs.getOrDefault(e.getKey(), Set.of());
                if (numbers.isEmpty()) {
                    missing++;
                } else if (numbers.size() > 1) {
                    conflicting++;
                } else {
                    String number = numbers.iterator().next();
                    for (EhcpChange ch : e.getValue()) {
                        fed.add(new EhcpChange(ch.personId(), number, ch.kind(), ch.changeDate(), ch.planStart(),
                                ch.planEnd(), ch.primaryNeed(), ch.previousNeed()));
                    }
                }
            }
            fed.sort(Comparator.comparing(EhcpChange::changeDate).thenComparing(EhcpChange::kind)
                    .thenComparing(EhcpChange::nhsNumber));
            contradictory.sort(Comparator.comparing(ContradictoryPlan::source).thenComparing(ContradictoryPlan::recordKey));
            return new EhcpFeedContent(since, asAt, fed, missing, conflicting, contradictory);
        }
    }

    /** Collapses a person's need observations to the dates where the code changes. */
    private static List<Need> timeline(List<Need> observations) {
        List<Need> sorted = new ArrayList<>(observations);
        // per day, the plan's own source first, then code order for determinism
        sorted.sort(Comparator.comparing(Need::date).thenComparing(n -> !n.fromPlanSource()).thenComparing(Need::code));
        List<Need> changes = new ArrayList<>();
        LocalDate lastDay = null;
        for (Need n : sorted) {
            if (n.date().equals(lastDay)) {
                continue;
            }
            lastDay = n.date();
            if (changes.isEmpty() || !changes.get(changes.size() - 1).code().equals(n.code())) {
                changes.add(n);
            }
        }
        return changes;
    }

    private static List<EhcpChange> changesFor(String person, Person p, LocalDate since, LocalDate asAt) {
        List<EhcpChange> out = new ArrayList<>();
        for (PlanEpisode ep : p.episodes()) {
            if (within(ep.start(), since, asAt)) {
                out.add(new EhcpChange(person, null, EhcpChangeKind.STARTED, ep.start(), ep.start(), visibleEnd(ep, asAt),
                        needAt(p.needs(), ep, ep.start()), null));
            }
            for (int i = 1; i < p.needs().size(); i++) {
                Need n = p.needs().get(i);
                if (n.date().isAfter(ep.start()) && ep.contains(n.date()) && within(n.date(), since, asAt)) {
                    out.add(new EhcpChange(person, null, EhcpChangeKind.NEED_CHANGED, n.date(), ep.start(),
                            visibleEnd(ep, asAt), n.code(), p.needs().get(i - 1).code()));
                }
            }
            if (ep.end() != null && within(ep.end(), since, asAt)) {
                out.add(new EhcpChange(person, null, EhcpChangeKind.CEASED, ep.end(), ep.start(), ep.end(),
                        needAt(p.needs(), ep, ep.end()), null));
            }
        }
        return out;
    }

    /** An end date after the as-at date is not yet known to have happened. */
    private static LocalDate visibleEnd(PlanEpisode ep, LocalDate asAt) {
        return ep.end() != null && ep.end().isAfter(asAt) ? null : ep.end();
    }

    /** The need in force on {@code date}; failing that the first one recorded during the episode. */
    private static String needAt(List<Need> needs, PlanEpisode ep, LocalDate date) {
        String code = null;
        for (Need n : needs) {
            if (n.date().isAfter(date)) {
                break;
            }
            code = n.code();
        }
        if (code == null) {
            code = needs.stream().filter(n -> ep.contains(n.date())).map(Need::code).findFirst().orElse(null);
        }
        return code;
    }

    private static boolean within(LocalDate d, LocalDate since, LocalDate asAt) {
        return !d.isBefore(since) && !d.isAfter(asAt);
    }

    private static Map<String, Set<String>> validNhsNumbers(Connection c, Set<String> persons) throws SQLException {
        Map<String, Set<String>> out = new HashMap<>();
        if (persons.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT DISTINCT pr.person_id, r.nhs_number FROM person_record pr "
                        + "JOIN record r ON r.record_key = pr.record_key WHERE r.nhs_number IS NOT NULL "
                        + "AND pr.person_id IN (SELECT person_id FROM fact WHERE type = ?)")) {
            ps.setString(1, FactType.EHC_PLAN.key());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String number = rs.getString(2);
                    String person = rs.getString(1);
                    if (persons.contains(person)) {
                        NhsNumber.parse(number).ifPresent(valid -> out.computeIfAbsent(person, k -> new TreeSet<>()).add(valid.digits()));
                    }
                }
            }
        }
        return out;
    }

    private static LocalDate date(ResultSet rs, int col) throws SQLException {
        Date d = rs.getDate(col);
        return d == null ? null : d.toLocalDate();
    }
}
