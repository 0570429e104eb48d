package org.jigsaw.govern;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jigsaw.area.AreaConfig;
import org.jigsaw.cohort.Fact;
import org.jigsaw.ingest.IngestResult;
import org.jigsaw.ingest.QualityFinding;
import org.jigsaw.ingest.QuarantinedRow;
import org.jigsaw.ingest.SourceReconciliation;
import org.jigsaw.ingest.SourceDefinition;
import org.jigsaw.ingest.IngestStage;
import org.jigsaw.ingest.check.Checks;
import org.jigsaw.progress.Progress;
import org.jigsaw.record.Field;
import org.jigsaw.record.SourceRecord;

/**
 * The ingest stage under the area's data-sharing agreements, as a decorator of any
 * {@link IngestStage}: a source with no agreement in force is not read (its files are never opened
 * by a stage that can skip one, and nothing of it reaches the snapshot from one that cannot),
 * fields and facts outside the agreements are discarded, facts past retention are dropped, and
 * every such decision — and every agreement that has ended, not started or is due for review — is
 * reported as a finding, so the run says so.
 *
 * <pre>IngestStage ingest = new GovernedIngest(PprlStages.ingest(), Clock.systemDefaultZone());</pre>
 */
public final class GovernedIngest implements IngestStage {
    /** Finding kinds this stage adds. */
    public static final String NOT_INGESTED = Checks.NOT_INGESTED, FIELD_DISCARDED = Checks.FIELD_DISCARDED,
            FACTS_DROPPED = Checks.FACTS_DROPPED, NOTICE = Checks.NOTICE;

    private final IngestStage inner;
    private final Clock clock;

    public GovernedIngest(IngestStage inner, Clock clock) {
        this.inner = Objects.requireNonNull(inner);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public IngestResult ingest(Path areaDir, AreaConfig area, Progress progress) throws IOException {
        LocalDate today = LocalDate.now(clock);
        AgreementSet agreements = AgreementSet.load(areaDir);
        Map<String, Admission> admissions = admissions(areaDir, agreements, today);
        IngestResult raw = inner.ingest(areaDir, area, refusals(admissions).keySet(), progress);
        return apply(raw, admissions, agreements.notices(today));
    }

    /**
     * The sources of an area that no agreement in force on {@code today} covers, each with why
     * ({@code source X not ingested: …}), by name: what the commands that read extracts outside a
     * refresh ({@code quality}, {@code sources check}) must leave unread too.
     */
    public static Map<String, String> refusals(Path areaDir, LocalDate today) throws IOException {
        return refusals(admissions(areaDir, AgreementSet.load(areaDir), today));
    }

    /** The finding that records a refused source, in a run's findings and the snapshot. */
    public static QualityFinding notIngested(String source, String why) {
        return new QualityFinding(source, null, NOT_INGESTED, 1, 1, why);
    }

    private static Map<String, Admission> admissions(Path areaDir, AgreementSet agreements, LocalDate today) throws IOException {
        Map<String, Admission> admissions = new HashMap<>();
        for (SourceDefinition def : AreaSources.readable(areaDir)) admissions.put(def.name(), agreements.admit(def, today));
        return admissions;
    }

    private static Map<String, String> refusals(Map<String, Admission> admissions) {
        Map<String, String> refused = new TreeMap<>();
        admissions.forEach((source, a) -> {
            if (!a.admitted()) refused.put(source, a.reason());
        });
        return refused;
    }

    /** Applies admissions to an ingest result; sources without an admission are refused. */
    static IngestResult apply(IngestResult raw, Map<String, Admission> admissions, List<String> notices) {
        List<QualityFinding> findings = new ArrayList<>(raw.findings());
        for (String n : notices) findings.add(new QualityFinding(null, null, NOTICE, 0, 0, n));
        Map<String, long[]> recordCounts = new HashMap<>();
        Map<String, Map<Field, Long>> discarded = new HashMap<>();
        List<SourceRecord> records = new ArrayList<>(raw.records().size());
        for (SourceRecord r : raw.records()) {
            Admission a = admissions.get(r.source());
            recordCounts.computeIfAbsent(r.source(), k -> new long[1])[0]++;
            if (a == null || !a.admitted()) continue;
            boolean clean = true;
            for (Field f : r.values().keySet()) {
                if (!a.fields().contains(f)) {
                    clean = false;
                    discarded.computeIfAbsent(r.source(), k -> new java.util.EnumMap<>(Field.class)).merge(f, 1L, Long::sum);
                }
            }
            records.add(clean ? r : a.filter(r));
        }
        Map<String, Long> factsDropped = new HashMap<>();
        List<Fact> facts = new ArrayList<>(raw.facts().size());
        for (Fact f : raw.facts()) {
            Admission a = admissions.get(f.source());
            if (a != null && a.keep(f)) facts.add(f);
            else if (a != null && a.admitted()) factsDropped.merge(f.source(), 1L, Long::sum);
        }
        List<QuarantinedRow> quarantine = raw.quarantine().stream().filter(q -> {
            Admission a = admissions.get(q.source());
            return a != null && a.admitted();
        }).toList();
        // One finding per refused source, whether its inner stage skipped it unread or read it anyway.
        Map<String, String> notIngested = refusals(admissions);
        for (String source : recordCounts.keySet()) {
            if (!admissions.containsKey(source)) notIngested.put(source, "source " + source + " not ingested: no source definition governs it");
        }
        notIngested.forEach((source, why) -> findings.add(notIngested(source, why)));
        discarded.forEach((source, byField) -> byField.forEach((field, n) -> findings.add(new QualityFinding(source, field.key(),
                FIELD_DISCARDED, n, recordCounts.get(source)[0], "field " + field.key() + " is not shared under "
                + String.join(", ", admissions.get(source).agreements()) + ": discarded, never stored"))));
        factsDropped.forEach((source, n) -> findings.add(new QualityFinding(source, null, FACTS_DROPPED, n, n,
                n + " facts of types not shared under " + String.join(", ", admissions.get(source).agreements())
                        + " or past retention were dropped")));
        // A refused source was never ingested: it has no reconciliation line, only its NOT_INGESTED finding.
        List<SourceReconciliation> reconciliation = raw.reconciliation().stream().filter(r -> {
            Admission a = admissions.get(r.source());
            return a != null && a.admitted();
        }).toList();
        return new IngestResult(records, facts, quarantine, reconciliation, findings);
    }
}
