package org.jigsaw.quality;

import org.jigsaw.ingest.check.Checks;
import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jigsaw.ingest.QualityFinding;
import org.jigsaw.ingest.SourceReconciliation;

/**
 * Renders the report as one self-contained HTML page a manager can read: a summary, what needs
 * attention in plain English, then the detail per source. No scripts, no external resources.
 */
final class QualityHtml {

    private QualityHtml() {
    }

    static String render(QualityReport r) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Data quality – ").append(e(r.area())).append("</title><style>")
                .append("body{font-family:Arial,Helvetica,sans-serif;color:#0b0c0c;margin:2rem auto;max-width:1100px;padding:0 1rem;line-height:1.4}")
                .append("h1{font-size:2rem}h2{margin-top:2.5rem;border-bottom:2px solid #0b0c0c}")
                .append("table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #b1b4b6;vertical-align:top}")
                .append("td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}.ok{color:#00703c;font-weight:bold}.bad{color:#d4351c;font-weight:bold}")
                .append(".panel{background:#f3f2f1;padding:1rem 1.5rem;margin:1rem 0}.panel p{margin:.3rem 0;font-size:1.2rem}")
                .append(".warn{border-left:5px solid #d4351c;padding-left:1rem}.muted{color:#505a5f}caption{text-align:left;font-weight:bold;padding:.4rem 0}")
                .append("</style></head><body>\n");
        h.append("<h1>Data quality: ").append(e(r.area())).append("</h1>\n");
        h.append("<p class=\"muted\">Reference date ").append(e(String.valueOf(r.referenceDate())))
                .append(" · generated ").append(e(r.generatedAt().toString())).append("</p>\n");

        h.append("<div class=\"panel\"><p><strong>").append(r.reconciliation().size()).append("</strong> sources · <strong>")
                .append(n(r.rowsRead())).append("</strong> rows read · <strong>").append(n(r.rowsLoaded()))
                .append("</strong> loaded · <strong>").append(n(r.rowsQuarantined())).append("</strong> quarantined</p><p>")
                .append(r.reconciles() ? "<span class=\"ok\">✓ Every source reconciles: rows read = loaded + quarantined.</span>"
                        : "<span class=\"bad\">✗ Some sources do not reconcile – see below.</span>")
                .append("</p></div>\n");

        attention(h, r);
        sources(h, r);
        crossSource(h, r);
        for (SourceReconciliation s : r.reconciliation()) perSource(h, r, s);
        quarantine(h, r);
        h.append("<p class=\"muted\">This report holds counts only: no names or identifiers.</p>\n</body></html>\n");
        return h.toString();
    }

    private static void attention(StringBuilder h, QualityReport r) {
        // quarantine is summarised once per source below, so its per-reason findings are left out here
        List<QualityFinding> items = new ArrayList<>(r.findings().stream()
                .filter(f -> f.count() > 0 && Checks.needsAttention(f.check()) && !f.check().startsWith("quarantined_")
                        && !f.check().equals("duplicate_rows")).toList());
        items.sort(Comparator.comparingLong(QualityFinding::count).reversed());
        h.append("<h2>What needs attention</h2>\n");
        if (items.isEmpty() && r.rowsQuarantined() == 0) {
            h.append("<p class=\"ok\">Nothing: no invalid values, quarantined rows or conflicts were found.</p>\n");
            return;
        }
        h.append("<ul class=\"warn\">\n");
        for (SourceReconciliation s : r.reconciliation()) {
            if (s.rowsQuarantined() == 0) continue;
            Map<String, Long> reasons = r.quarantineCounts().getOrDefault(s.source(), Map.of());
            StringBuilder why = new StringBuilder();
            reasons.forEach((reason, n) -> why.append(why.length() > 0 ? ", " : "").append(n(n)).append(' ')
                    .append(reason.toLowerCase(Locale.ROOT).replace('_', ' ')));
            h.append("<li><strong>").append(e(s.source())).append("</strong>: ").append(n(s.rowsQuarantined())).append(" of ")
                    .append(n(s.rowsRead())).append(" rows quarantined (").append(pct(s.rowsQuarantined(), s.rowsRead()))
                    .append(") <span class=\"muted\">– ").append(e(why.toString())).append("</span></li>\n");
        }
        int shown = 0;
        for (QualityFinding f : items) {
            if (++shown > 40) {
                h.append("<li class=\"muted\">… and ").append(items.size() - 40).append(" more in the tables below</li>\n");
                break;
            }
            h.append("<li><strong>").append(f.source() == null ? "Across sources" : e(f.source())).append("</strong>: ")
                    .append(n(f.count()));
            if (f.denominator() > 1) h.append(" of ").append(n(f.denominator())).append(" (").append(pct(f.count(), f.denominator())).append(")");
            h.append(" – ").append(e(Checks.label(f.check())));
            if (f.field() != null) h.append(" <span class=\"muted\">(").append(e(f.field())).append(")</span>");
            if (f.detail() != null && (f.source() == null || Checks.isRule(f.check()))) h.append("<br><span class=\"muted\">").append(e(f.detail())).append("</span>");
            h.append("</li>\n");
        }
        h.append("</ul>\n");
    }

    private static void sources(StringBuilder h, QualityReport r) {
        h.append("<h2>Sources</h2>\n<table><thead><tr><th>Source</th><th>Agency</th><th>Dataset</th><th>Extract date</th>")
                .append("<th class=\"n\">Age (days)</th><th class=\"n\">Rows read</th><th class=\"n\">Loaded</th>")
                .append("<th class=\"n\">Quarantined</th><th>Reconciles</th></tr></thead><tbody>\n");
        for (SourceReconciliation s : r.reconciliation()) {
            long age = r.findingsFor(s.source()).stream().filter(f -> f.check().equals("extract_age_days"))
                    .mapToLong(QualityFinding::count).findFirst().orElse(Long.MIN_VALUE);
            boolean stale = r.findingsFor(s.source()).stream().anyMatch(f -> f.check().equals("stale_extract") && f.count() > 0);
            h.append("<tr><td>").append(e(s.source())).append("</td><td>").append(e(s.agency())).append("</td><td>")
                    .append(e(s.dataset())).append("</td><td>").append(e(String.valueOf(s.extractDate()))).append("</td><td class=\"n")
                    .append(stale ? " bad" : "").append("\">").append(age == Long.MIN_VALUE ? "–" : n(age)).append(stale ? " (stale)" : "")
                    .append("</td><td class=\"n\">").append(n(s.rowsRead())).append("</td><td class=\"n\">").append(n(s.rowsLoaded()))
                    .append("</td><td class=\"n\">").append(n(s.rowsQuarantined())).append("</td><td>")
                    .append(s.reconciles() ? "<span class=\"ok\">yes</span>" : "<span class=\"bad\">NO</span>").append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static void crossSource(StringBuilder h, QualityReport r) {
        List<QualityFinding> cross = r.findingsFor(null).stream().filter(f -> !f.check().equals("invalid_definition")).toList();
        if (cross.isEmpty()) return;
        h.append("<h2>Across sources</h2>\n<p class=\"muted\">Compared on identifiers before linkage: a valid UPN or NHS number shared by records.</p>\n")
                .append("<table><thead><tr><th>Check</th><th class=\"n\">Children</th><th class=\"n\">Compared</th><th class=\"n\">%</th><th>What it means</th></tr></thead><tbody>\n");
        for (QualityFinding f : cross) {
            h.append("<tr><td>").append(e(Checks.label(f.check()))).append("</td><td class=\"n").append(f.count() > 0 ? " bad" : "")
                    .append("\">").append(n(f.count())).append("</td><td class=\"n\">").append(n(f.denominator()))
                    .append("</td><td class=\"n\">").append(pct(f.count(), f.denominator())).append("</td><td>")
                    .append(e(f.detail())).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static void perSource(StringBuilder h, QualityReport r, SourceReconciliation s) {
        List<QualityFinding> fs = r.findingsFor(s.source());
        Map<String, Map<String, QualityFinding>> byField = new LinkedHashMap<>();
        List<QualityFinding> sourceLevel = new ArrayList<>();
        for (QualityFinding f : fs) {
            if (f.field() != null && (f.check().equals("missing") || f.check().equals("invalid") || f.check().equals("future_date")
                    || f.check().equals("outside_age_range") || f.check().equals("outside_area"))) {
                byField.computeIfAbsent(f.field(), k -> new LinkedHashMap<>()).put(f.check(), f);
            } else if (!Checks.isMeasure(f.check()) && !f.check().equals("stale_extract")) {
                sourceLevel.add(f);
            }
        }
        h.append("<h2>").append(e(s.source())).append("</h2>\n<p>").append(e(s.line())).append("</p>\n");
        if (!byField.isEmpty()) {
            h.append("<table><caption>Fields</caption><thead><tr><th>Field</th><th class=\"n\">Complete</th><th class=\"n\">Blank</th>")
                    .append("<th class=\"n\">Invalid</th><th class=\"n\">Other problems</th></tr></thead><tbody>\n");
            for (Map.Entry<String, Map<String, QualityFinding>> e : byField.entrySet()) {
                QualityFinding miss = e.getValue().get("missing");
                QualityFinding inv = e.getValue().get("invalid");
                long rows = miss == null ? 0 : miss.denominator();
                long blank = miss == null ? 0 : miss.count();
                StringBuilder other = new StringBuilder();
                for (String c : List.of("future_date", "outside_age_range", "outside_area")) {
                    QualityFinding f = e.getValue().get(c);
                    if (f != null && f.count() > 0) other.append(other.length() > 0 ? "; " : "").append(n(f.count())).append(' ')
                            .append(Checks.label(c));
                }
                h.append("<tr><td>").append(e(e.getKey())).append("</td><td class=\"n\">").append(pct(rows - blank, rows))
                        .append("</td><td class=\"n\">").append(n(blank)).append("</td><td class=\"n")
                        .append(inv != null && inv.count() > 0 ? " bad" : "").append("\">")
                        .append(inv == null ? "–" : n(inv.count())).append("</td><td>").append(e(other.toString())).append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        List<QualityFinding> shown = sourceLevel.stream().filter(f -> f.count() > 0).toList();
        if (!shown.isEmpty()) {
            h.append("<table><caption>Rows and files</caption><tbody>\n");
            for (QualityFinding f : shown) {
                h.append("<tr><td>").append(e(Checks.label(f.check()))).append(f.field() == null ? "" : " (" + e(f.field()) + ")")
                        .append("</td><td class=\"n\">").append(n(f.count())).append("</td><td>").append(e(f.detail())).append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
    }

    private static void quarantine(StringBuilder h, QualityReport r) {
        if (r.quarantineCounts().isEmpty()) return;
        h.append("<h2>Quarantine</h2>\n<p class=\"muted\">Rows that could not be used, by reason. The rows themselves are listed, with file and line, in the quarantine table of the snapshot.</p>\n")
                .append("<table><thead><tr><th>Source</th><th>Reason</th><th class=\"n\">Rows</th></tr></thead><tbody>\n");
        r.quarantineCounts().forEach((src, reasons) -> reasons.forEach((reason, count) ->
                h.append("<tr><td>").append(e(src)).append("</td><td>").append(e(reason.toLowerCase(Locale.ROOT).replace('_', ' ')))
                        .append("</td><td class=\"n\">").append(n(count)).append("</td></tr>\n")));
        h.append("</tbody></table>\n");
    }

    private static String e(String s) {
        return s == null ? "" : escapeHtml4(s);
    }

    private static String n(long v) {
        return String.format(Locale.UK, "%,d", v);
    }

    private static String pct(long n, long d) {
        return d <= 0 ? "–" : String.format(Locale.UK, "%.1f%%", 100.0 * n / d);
    }
}
