package org.jigsaw.quality;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jigsaw.ingest.QualityFinding;
import org.jigsaw.ingest.SafeCsv;
import org.jigsaw.ingest.SourceReconciliation;
import org.jigsaw.ingest.check.Checks;

/** Writes a {@link QualityReport} as {@code quality.html}, {@code quality.csv} and {@code quality.json}. */
public final class QualityReportWriter {

    private QualityReportWriter() {
    }

    /** Writes the three files into {@code dir} (created if needed) and returns their paths. */
    public static List<Path> writeAll(QualityReport report, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path html = dir.resolve("quality.html");
        Path csv = dir.resolve("quality.csv");
        Path json = dir.resolve("quality.json");
        writeHtml(report, html);
        writeCsv(report, csv);
        writeJson(report, json);
        return List.of(html, csv, json);
    }

    public static void writeJson(QualityReport report, Path file) throws IOException {
        ObjectMapper m = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("area", report.area());
        root.put("reference_date", report.referenceDate());
        root.put("generated_at", report.generatedAt().toString());
        root.put("reconciles", report.reconciles());
        root.put("reconciliation", report.reconciliation());
        root.put("quarantine", report.quarantineCounts());
        root.put("findings", report.findings());
        m.writeValue(file.toFile(), root);
    }

    /** One row per reconciliation line and per finding; every cell neutralised against formula injection. */
    public static void writeCsv(QualityReport report, Path file) throws IOException {
        try (SafeCsv csv = SafeCsv.create(file)) {
            csv.row("section", "source", "field", "check", "description", "count", "denominator", "percent", "detail");
            for (SourceReconciliation r : report.reconciliation()) {
                csv.row("reconciliation", r.source(), "", "rows_read", "rows read", r.rowsRead(), "", "", r.files());
                csv.row("reconciliation", r.source(), "", "rows_loaded", "rows loaded", r.rowsLoaded(), r.rowsRead(),
                        percent(r.rowsLoaded(), r.rowsRead()), "");
                csv.row("reconciliation", r.source(), "", "rows_quarantined", "rows quarantined", r.rowsQuarantined(),
                        r.rowsRead(), percent(r.rowsQuarantined(), r.rowsRead()), r.reconciles() ? "reconciles" : "DOES NOT RECONCILE");
            }
            for (QualityFinding f : report.findings()) {
                csv.row(f.source() == null ? "cross_source" : "source", f.source(), f.field(), f.check(), Checks.label(f.check()),
                        f.count(), Checks.isMeasure(f.check()) ? "" : f.denominator(),
                        Checks.isMeasure(f.check()) ? "" : percent(f.count(), f.denominator()), f.detail());
            }
        }
    }

    static String percent(long n, long d) {
        return d <= 0 ? "" : String.format(Locale.UK, "%.1f", 100.0 * n / d);
    }

    public static void writeHtml(QualityReport report, Path file) throws IOException {
        Files.writeString(file, QualityHtml.render(report), StandardCharsets.UTF_8);
    }
}
