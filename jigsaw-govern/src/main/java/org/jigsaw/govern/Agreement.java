package org.jigsaw.govern;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jigsaw.cohort.FactType;
import org.jigsaw.record.Field;

/**
 * One data-sharing agreement, read from {@code agreements/<id>.yaml}: who shares what with whom,
 * why, under which lawful basis, who may see it at which granularity, and for how long.
 *
 * @param id          unique key; also names the agreement's pseudonym key
 * @param title       human title
 * @param parties     organisations party to the agreement
 * @param purposes    purpose key → description; every access states one of these
 * @param lawfulBasis UK GDPR Article 6 and 9 conditions
 * @param datasets    what each dataset may contribute
 * @param access      which roles may see data for which purposes at which granularity
 * @param suppression disclosure control for aggregates of this agreement's data (default NHS England rule)
 * @param start       first day data may be used
 * @param review      date by which the agreement must be reviewed
 * @param end         data stops being used on this date
 * @param retention   how long data is kept after its extract date, ISO-8601 period (e.g. {@code P2Y})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Agreement(
        String id,
        String title,
        List<Party> parties,
        Map<String, String> purposes,
        @JsonProperty("lawful_basis") LawfulBasis lawfulBasis,
        List<DatasetShare> datasets,
        List<AccessRule> access,
        SuppressionRule suppression,
        LocalDate start,
        LocalDate review,
        LocalDate end,
        Period retention) {

    /** An organisation and its role under the agreement (controller, joint controller, processor). */
    public record Party(String name, String role, String contact) {
    }

    /**
     * A dataset and what it may contribute.
     *
     * @param name     matches {@code dataset} in a source definition
     * @param provider the party that sends it
     * @param fields   canonical {@link Field} keys that may be stored
     * @param facts    {@link FactType} keys that may be derived
     */
    public record DatasetShare(String name, String provider, List<String> fields, List<String> facts) {
        public DatasetShare {
            fields = fields == null ? List.of() : List.copyOf(fields);
            facts = facts == null ? List.of() : List.copyOf(facts);
        }
    }

    /**
     * Grants {@code role} — and every role above it — access at {@code granularity} for the listed
     * purposes (all of the agreement's purposes when empty).
     */
    public record AccessRule(String role, String granularity, List<String> purposes) {
        public AccessRule {
            purposes = purposes == null ? List.of() : List.copyOf(purposes);
        }

        public Role roleValue() {
            return Role.fromKey(role);
        }

        public Granularity granularityValue() {
            return Granularity.valueOf(granularity.trim().toUpperCase(java.util.Locale.ROOT));
        }

        /** True when this rule lets {@code r} see data at {@code g} for {@code purpose}. */
        public boolean grants(Role r, Granularity g, String purpose) {
            return r.compareTo(roleValue()) >= 0
                    && granularityValue().compareTo(g) >= 0
                    && (purposes.isEmpty() || purposes.contains(purpose));
        }
    }

    /** {@code rule: nhs_england} (default), {@code rule: opensafely}, or {@code rule: threshold} with {@code threshold} and {@code round_to}. */
    public record SuppressionRule(String rule, Integer threshold, @JsonProperty("round_to") Integer roundTo) {
        public Suppression toSuppression() {
            return Suppression.of(rule, threshold, roundTo);
        }
    }

    public Agreement {
        parties = parties == null ? List.of() : List.copyOf(parties);
        purposes = purposes == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(purposes));
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
        access = access == null ? List.of() : List.copyOf(access);
    }

    /** Every problem with this agreement, so a file is fixed in one pass; empty when valid. */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) p.add("id missing or not a simple key (letters, digits, . _ -)");
        if (parties.isEmpty()) p.add("parties: at least one party");
        if (purposes.isEmpty()) p.add("purposes: at least one purpose");
        if (lawfulBasis == null) p.add("lawful_basis missing");
        else {
            try {
                lawfulBasis.validate();
            } catch (IllegalArgumentException e) {
                p.add(e.getMessage());
            }
        }
        if (datasets.isEmpty()) p.add("datasets: at least one dataset");
        for (DatasetShare d : datasets) {
            if (d.name() == null || d.name().isBlank()) p.add("a dataset has no name");
            for (String f : d.fields()) {
                try {
                    Field.fromKey(f);
                } catch (IllegalArgumentException e) {
                    p.add("dataset " + d.name() + ": unknown field '" + f + "'");
                }
            }
            for (String f : d.facts()) {
                try {
                    FactType.fromKey(f);
                } catch (IllegalArgumentException e) {
                    p.add("dataset " + d.name() + ": unknown fact '" + f + "'");
                }
            }
        }
        for (AccessRule a : access) {
            try {
                a.roleValue();
            } catch (RuntimeException e) {
                p.add("access: unknown role '" + a.role() + "' (board, analyst, operational, admin)");
            }
            try {
                a.granularityValue();
            } catch (RuntimeException e) {
                p.add("access: unknown granularity '" + a.granularity() + "' (aggregate, individual)");
            }
            for (String purpose : a.purposes()) {
                if (!purposes.containsKey(purpose)) p.add("access: purpose '" + purpose + "' is not one of the agreement's purposes");
            }
        }
        if (suppression != null) {
            try {
                suppression.toSuppression();
            } catch (IllegalArgumentException e) {
                p.add("suppression: " + e.getMessage());
            }
        }
        if (start == null) p.add("start date missing");
        if (end == null) p.add("end date missing");
        if (start != null && end != null && !end.isAfter(start)) p.add("end must be after start");
        if (review != null && start != null && review.isBefore(start)) p.add("review must not be before start");
        if (retention == null || retention.isNegative() || retention.isZero()) p.add("retention missing (ISO period, e.g. P2Y)");
        return p;
    }

    public AgreementStatus status(LocalDate date) {
        if (date.isBefore(start)) return AgreementStatus.NOT_STARTED;
        if (!date.isBefore(end)) return AgreementStatus.ENDED;
        if (review != null && !date.isBefore(review)) return AgreementStatus.REVIEW_OVERDUE;
        return AgreementStatus.ACTIVE;
    }

    public Optional<DatasetShare> dataset(String name) {
        return datasets.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** Aggregates of this agreement's data; the NHS England rule unless the agreement says otherwise. */
    public Suppression suppressionRule() {
        return suppression == null ? Suppression.nhsEngland() : suppression.toSuppression();
    }

    /** Data extracted before this date is past retention on {@code today}. */
    public LocalDate retentionCutoff(LocalDate today) {
        return today.minus(retention);
    }

    /** Warnings due on {@code date}: review or end within {@code days}, review overdue, ended. */
    public List<String> warnings(LocalDate date, int days) {
        List<String> w = new ArrayList<>();
        AgreementStatus s = status(date);
        if (s == AgreementStatus.ENDED) {
            w.add("agreement " + id + " ended on " + end + ": its data is no longer used");
            return w;
        }
        if (s == AgreementStatus.NOT_STARTED) {
            w.add("agreement " + id + " starts on " + start + ": its data is not used before then");
            return w;
        }
        if (s == AgreementStatus.REVIEW_OVERDUE) w.add("agreement " + id + " was due for review on " + review);
        else if (review != null && ChronoUnit.DAYS.between(date, review) <= days) {
            w.add("agreement " + id + " is due for review on " + review + " (in " + ChronoUnit.DAYS.between(date, review) + " days)");
        }
        if (ChronoUnit.DAYS.between(date, end) <= days) {
            w.add("agreement " + id + " ends on " + end + " (in " + ChronoUnit.DAYS.between(date, end) + " days)");
        }
        return w;
    }

    public Set<String> purposeKeys() {
        return purposes.keySet();
    }
}
