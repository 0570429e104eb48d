package org.jigsaw.store.annexa;

import static org.jigsaw.store.annexa.AnnexAList.Heading;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jigsaw.cohort.FactType;

/**
 * One list row from one linked child, as of the reference date. The rules (docs/store.md
 * "Inspection pack"): identifiers, plan dates and primary need come from the most trusted source
 * that has them ({@link SourceTrust}); date of birth and gender are the person's (the majority of
 * their records); Yes/No columns say Yes when any source records it in force, and No only when
 * some source in the snapshot records that kind of fact at all (otherwise blank: unknown, not
 * "no"); suspensions and exclusions count the distinct dates any source records in the twelve
 * months to the reference date. Columns the snapshot holds nothing for stay blank.
 */
final class AnnexARowBuilder {
    private static final String EHC_PLAN = FactType.EHC_PLAN.key();
    private static final List<String> SOCIAL_CARE = List.of(FactType.LOOKED_AFTER.key(),
            FactType.CHILD_PROTECTION_PLAN.key(), FactType.CHILD_IN_NEED.key());
    /** The most intensive involvement names the team, in this order. */
    private static final List<String> TEAMS = List.of("Children looked after", "Child protection", "Child in need");
    private static final List<String> DISABILITY = List.of(FactType.DISABILITY.key(), FactType.EARLY_DISABILITY.key());

    /** Headings the snapshot holds nothing for (no field or fact type carries them): always blank. */
    static final List<String> NOT_HELD = List.of(Heading.ETHNICITY, Heading.REVIEWED, Heading.MAIN_URN, Heading.MAIN_PHASE,
            Heading.SUBSIDIARY, Heading.ABSENCE, Heading.PUPIL_PREMIUM);

    private final LocalDate reference;
    private final Set<String> typesHeld;

    /** @param typesHeld the fact types some source in the snapshot yields (decides between No and unknown) */
    AnnexARowBuilder(LocalDate reference, Set<String> typesHeld) {
        this.reference = reference;
        this.typesHeld = Set.copyOf(typesHeld);
    }

    /** The row under {@code list}'s headings, every heading present (blank as null); dates as ISO text. */
    Map<String, String> row(AnnexAList list, ChildEvidence child) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(Heading.UNIQUE_ID, bestId(child, SourceIds::localId));
        all.put(Heading.UPN, bestId(child, SourceIds::upn));
        all.put(Heading.ULN, bestId(child, SourceIds::uln));
        all.put(Heading.DOB, iso(child.dob()));
        all.put(Heading.GENDER, "M".equals(child.sex()) || "F".equals(child.sex()) ? child.sex() : null);
        planDates(child, all);
        all.put(Heading.NEED, primaryNeed(child));
        all.put(Heading.EHE, yesNo(child, List.of(FactType.ELECTIVE_HOME_EDUCATION.key())));
        all.put(Heading.SUSPENSIONS, eventsInYear(child, FactType.SUSPENSION.key()));
        all.put(Heading.EXCLUSIONS, eventsInYear(child, FactType.EXCLUSION.key()));
        all.put(Heading.SOCIAL_CARE, yesNo(child, SOCIAL_CARE));
        all.put(Heading.SOCIAL_CARE_TEAM, team(child));
        all.put(Heading.DISABILITY, disability(child));
        Map<String, String> row = new LinkedHashMap<>();
        for (String h : list.headings()) row.put(h, all.get(h));
        return row;
    }

    private static String bestId(ChildEvidence child, Function<SourceIds, String> field) {
        return child.ids().stream().filter(r -> !blank(field.apply(r))).min(SourceTrust.MOST_TRUSTED_FIRST)
                .map(r -> field.apply(r).strip()).orElse(null);
    }

    /**
     * From the most trusted source with a plan in force: initial = the earliest start of its plans
     * in force; updated = its latest later issue date (a plan start or a plan-issued event) up to the
     * reference date. The snapshot records no reviews, so the review date stays blank.
     */
    private void planDates(ChildEvidence child, Map<String, String> row) {
        Optional<SourceFact> best = child.facts().stream().filter(f -> f.type().equals(EHC_PLAN) && f.activeOn(reference))
                .min(SourceTrust.MOST_TRUSTED_FIRST);
        if (best.isEmpty()) return;
        String source = best.get().source();
        LocalDate initial = child.facts().stream()
                .filter(f -> f.source().equals(source) && f.type().equals(EHC_PLAN) && f.activeOn(reference))
                .map(SourceFact::start).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate updated = child.facts().stream()
                .filter(f -> f.source().equals(source) && f.start() != null
                        && (f.type().equals(EHC_PLAN) || f.type().equals(FactType.EHC_PLAN_ISSUED.key())))
                .map(SourceFact::start).filter(d -> d.isAfter(initial) && !d.isAfter(reference))
                .max(Comparator.naturalOrder()).orElse(null);
        row.put(Heading.INITIAL, iso(initial));
        row.put(Heading.UPDATED, iso(updated));
    }

    /** The code of the most trusted source's need known at the reference date (its latest, when it has several). */
    private String primaryNeed(ChildEvidence child) {
        List<SourceFact> needs = child.facts().stream()
                .filter(f -> f.type().equals(FactType.PRIMARY_NEED.key()) && f.knownOn(reference) && !blank(f.code())).toList();
        return needs.stream().min(SourceTrust.MOST_TRUSTED_FIRST).flatMap(best -> needs.stream()
                        .filter(f -> f.source().equals(best.source()))
                        .max(Comparator.comparing(SourceFact::start, Comparator.nullsFirst(Comparator.naturalOrder()))))
                .map(f -> f.code().strip()).orElse(null);
    }

    private String yesNo(ChildEvidence child, List<String> types) {
        if (types.stream().anyMatch(t -> child.active(t, reference))) return "Yes";
        return types.stream().anyMatch(typesHeld::contains) ? "No" : null;
    }

    private String team(ChildEvidence child) {
        for (int i = 0; i < SOCIAL_CARE.size(); i++) if (child.active(SOCIAL_CARE.get(i), reference)) return TEAMS.get(i);
        return null;
    }

    /** Disabilities are attributes: recorded on or before the reference date, dated or not. */
    private String disability(ChildEvidence child) {
        if (child.facts().stream().anyMatch(f -> DISABILITY.contains(f.type()) && f.knownOn(reference))) return "Yes";
        return DISABILITY.stream().anyMatch(typesHeld::contains) ? "No" : null;
    }

    private String eventsInYear(ChildEvidence child, String type) {
        if (!typesHeld.contains(type)) return null;
        LocalDate from = reference.minusYears(1);
        Stream<LocalDate> dates = child.facts().stream().filter(f -> f.type().equals(type) && f.start() != null)
                .map(SourceFact::start).filter(d -> d.isAfter(from) && !d.isAfter(reference));
        return Long.toString(dates.distinct().count());
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
