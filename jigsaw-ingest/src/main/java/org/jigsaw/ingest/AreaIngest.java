package org.jigsaw.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jigsaw.area.AreaConfig;
import org.jigsaw.cohort.Fact;
import org.jigsaw.ingest.read.BadRowReason;
import org.jigsaw.ingest.read.RecordReader;
import org.jigsaw.ingest.read.Row;
import org.jigsaw.ingest.read.RowSink;
import org.jigsaw.ingest.read.SourceFileException;
import org.jigsaw.progress.Progress;
import org.jigsaw.ingest.check.CrossSourceChecks;
import org.jigsaw.ingest.check.FactDateOrder;
import org.jigsaw.record.SourceRecord;

/**
 * The ingest stage: reads every {@code sources/*.yaml} of an area folder and loads its files.
 * Nothing in an extract stops the run: unreadable files, bad rows and invalid identifiers all
 * become quarantine entries or data-quality findings, and every source reconciles
 * (rows read = loaded + quarantined).
 */
public final class AreaIngest implements IngestStage {

    private static final int PROGRESS_EVERY = 10_000;

    /** The finding a definition that cannot be used leaves; the other sources load regardless. */
    public static final String INVALID_DEFINITION = "invalid_definition";

    /** Says which encoded sources (see {@link SourceDefinition.Encoding}) must be refused. */
    private final EncodedSources encoded;

    /** Refusing every encoded source; the privacy module's stages read them (they check the key). */
    public AreaIngest() {
        this(EncodedSources.REFUSE_ALL);
    }

    public AreaIngest(EncodedSources encoded) {
        this.encoded = encoded;
    }

    @Override
    public IngestResult ingest(Path areaDir, AreaConfig area, Progress progress) throws IOException {
        return run(areaDir, area, Set.of(), progress).result();
    }

    /** Sources named in {@code skip} are left out altogether: their files are never opened. */
    @Override
    public IngestResult ingest(Path areaDir, AreaConfig area, Set<String> skip, Progress progress) throws IOException {
        return run(areaDir, area, skip, progress).result();
    }

    /** Ingest with per-source outcomes and located problems. */
    public IngestRun run(Path areaDir, AreaConfig area, Progress progress) throws IOException {
        return run(areaDir, area, Set.of(), progress);
    }

    /** As {@link #run(Path, AreaConfig, Progress)}, leaving the sources named in {@code skip} unread. */
    public IngestRun run(Path areaDir, AreaConfig area, Set<String> skip, Progress progress) throws IOException {
        SourceDefinitions.Loaded defs = SourceDefinitions.load(areaDir);
        if (defs.sources().isEmpty()) {
            String why = defs.problems().isEmpty() ? "" : " (" + defs.problems().get(0).message() + ")";
            throw new IOException("no source definitions in " + areaDir.resolve("sources") + ": nothing to ingest" + why);
        }
        List<SourceRecord> records = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        List<QuarantinedRow> quarantine = new ArrayList<>();
        List<SourceReconciliation> reconciliation = new ArrayList<>();
        List<QualityFinding> findings = new ArrayList<>();
        List<SourceOutcome> outcomes = new ArrayList<>();
        List<SourceProblem> problems = new ArrayList<>(defs.problems());
        for (SourceProblem p : defs.problems()) {
            if (p.severity() == SourceProblem.Severity.ERROR) {
                findings.add(new QualityFinding(p.source(), null, INVALID_DEFINITION, 1, 1,
                        p.file() + (p.line() > 0 ? " line " + p.line() : "") + ": " + p.message()));
            }
        }
        List<SourceDefinition> loaded = defs.sources().stream().map(SourceDefinitions.Parsed::definition)
                .filter(def -> !skip.contains(def.name())).toList();
        for (SourceDefinition def : loaded) {
            SourceLoader loader = new SourceLoader(def, area, records::add, facts::add, JoinTables.read(areaDir, def));
            List<Path> files = SourceDefinitions.files(areaDir, def);
            Optional<String> refused = def.encoding() == null ? Optional.empty() : encoded.refusal(areaDir, def);
            if (refused.isPresent()) {
                loader.refused(refused.get());
                files = List.of();
            } else if (files.isEmpty()) loader.noFiles();
            try (Progress.Task task = progress.start("ingest " + def.name(), -1)) {
                for (Path file : files) {
                    String label = areaDir.relativize(file).toString().replace('\\', '/');
                    LocalDate fileDate = null;
                    if (def.referenceDate() != null) {
                        try {
                            fileDate = FileDates.read(def, file, label, loader::parseDate);
                        } catch (SourceFileException e) {
                            loader.fileFailed(label, e);
                            continue;
                        } catch (IOException | RuntimeException e) {
                            loader.fileFailed(label, new SourceFileException(label, 0, null,
                                    "the file's reference date cannot be read (" + e.getClass().getSimpleName() + ")"));
                            continue;
                        }
                    }
                    // several sheets of one workbook are read in turn, each reported as file#sheet
                    List<String> sheets = JoinTables.sheets(def.format());
                    for (String sheet : sheets) {
                        String sheetLabel = sheets.size() > 1 ? label + "#" + sheet : label;
                        HeaderChecks checked = new HeaderChecks(loader.sink(sheetLabel, fileDate));
                        Counting sink = new Counting(checked, task);
                        load(JoinTables.sheetFormat(def.format(), sheet), file, sheetLabel, sink, loader);
                        checked.end();
                        task.stepBy(sink.n % PROGRESS_EVERY);
                    }
                }
            }
            SourceOutcome outcome = loader.finish();
            outcomes.add(outcome);
            reconciliation.add(outcome.reconciliation());
            quarantine.addAll(outcome.quarantine().rows());
            findings.addAll(outcome.findings());
            problems.addAll(outcome.problems());
        }
        findings.addAll(new CrossSourceChecks(area, loaded).run(records, facts));
        findings.addAll(FactDateOrder.check(facts));
        IngestResult result = new IngestResult(records, facts, quarantine, reconciliation, findings);
        return new IngestRun(result, outcomes, problems);
    }

    /** Reads one file; whatever goes wrong is reported against the file, never thrown. */
    static void load(SourceDefinition.Format format, Path file, String label, RowSink sink, SourceLoader loader) {
        try {
            RecordReader reader = Readers.forFormat(format);
            if (ReadAhead.worthwhile()) ReadAhead.read(reader, file, label, sink, loader::prepare);
            else reader.read(file, label, sink);
        } catch (SourceFileException e) {
            loader.fileFailed(label, e);
        } catch (IOException | RuntimeException e) {
            // POI and the XML parser throw their own unchecked types for damaged files
            loader.fileFailed(label, new SourceFileException(label, 0, null,
                    "the file cannot be read (" + e.getClass().getSimpleName() + ")"));
        }
    }

    /** Passes rows through and reports progress every {@link #PROGRESS_EVERY} rows. */
    private static final class Counting implements RowSink {
        private final RowSink inner;
        private final Progress.Task task;
        private long n;

        Counting(RowSink inner, Progress.Task task) {
            this.inner = inner;
            this.task = task;
        }

        @Override
        public void header(List<String> columns) {
            inner.header(columns);
        }

        @Override
        public void row(Row row) {
            inner.row(row);
            tick();
        }

        @Override
        public void bad(long line, BadRowReason reason, String detail) {
            inner.bad(line, reason, detail);
            tick();
        }

        @Override
        public void notice(String kind, String message) {
            inner.notice(kind, message);
        }

        private void tick() {
            if (++n % PROGRESS_EVERY == 0) task.stepBy(PROGRESS_EVERY);
        }
    }
}
