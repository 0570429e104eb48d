package org.jigsaw.web.view;

import static org.jigsaw.web.view.Html.esc;

import java.util.List;
import java.util.Locale;

/**
 * Server-rendered SVG charts: no script, nothing to download, readable by a screen reader through
 * their title and description, and always placed next to a table with the same figures (the
 * table is the accessible alternative; the chart repeats it visually). Colours meet WCAG 1.4.11's
 * 3:1 non-text contrast against white. Suppressed values (null) are drawn as gaps, never guessed.
 */
public final class Charts {
    static final String[] PALETTE = {"#1d70b8", "#505a5f", "#00703c", "#912b88"};
    private static final String FONT = "font-family=\"GDS Transport, arial, sans-serif\" fill=\"#0b0c0c\"";

    private Charts() {
    }

    private static String open(String id, String title, int w, int h, String tableId) {
        return "<figure class=\"jigsaw-chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"100%\" "
                + "viewBox=\"0 0 " + w + " " + h + "\" preserveAspectRatio=\"xMinYMin meet\" aria-labelledby=\""
                + esc(id) + "-t " + esc(id) + "-d\" id=\"" + esc(id) + "\"><title id=\"" + esc(id) + "-t\">" + esc(title)
                + "</title><desc id=\"" + esc(id) + "-d\">Chart. The figures are in the table "
                + esc(tableId == null ? "below" : "'" + tableId + "'") + " below.</desc>";
    }

    private static String close() {
        return "</svg></figure>";
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%,.1f", v);
    }

    private static double max(List<Double> values) {
        return values.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /** Horizontal bars, one per label. */
    public static String bars(String id, String title, List<String> labels, List<Double> values, String tableId) {
        int rowH = 34;
        int labelW = 300;
        int w = 760;
        int h = 16 + rowH * labels.size();
        double max = Math.max(1, max(values));
        StringBuilder b = new StringBuilder(open(id, title, w, h, tableId));
        for (int i = 0; i < labels.size(); i++) {
            int y = 8 + i * rowH;
            b.append(label(labelW - 8, y + 16, 14, labels.get(i), 36));
            Double v = values.get(i);
            if (v == null) {
                b.append("<text x=\"").append(labelW + 4).append("\" y=\"").append(y + 16).append("\" font-size=\"13\" ").append(FONT)
                        .append(">suppressed</text>");
                continue;
            }
            double bw = (w - labelW - 70) * v / max;
            b.append("<rect x=\"").append(labelW).append("\" y=\"").append(y + 3).append("\" width=\"").append(String.format(Locale.ROOT, "%.1f", bw))
                    .append("\" height=\"").append(rowH - 8).append("\" fill=\"").append(PALETTE[0]).append("\"/>");
            b.append("<text x=\"").append(String.format(Locale.ROOT, "%.1f", labelW + bw + 5)).append("\" y=\"").append(y + 16)
                    .append("\" font-size=\"13\" ").append(FONT).append('>').append(fmt(v)).append("</text>");
        }
        return b.append(close()).toString();
    }

    /** Horizontal bars with one bar per series in each group (e.g. this snapshot vs the last). */
    public static String groupedBars(String id, String title, List<String> labels, List<String> series,
                                     List<List<Double>> values, String tableId) {
        int barH = 14;
        int groupH = barH * series.size() + 12;
        int labelW = 300;
        int w = 760;
        int legendH = 26;
        int h = legendH + 10 + groupH * labels.size();
        double max = 1;
        for (List<Double> s : values) max = Math.max(max, max(s));
        StringBuilder b = new StringBuilder(open(id, title, w, h, tableId));
        for (int s = 0; s < series.size(); s++) {
            int x = labelW + s * 200;
            b.append("<rect x=\"").append(x).append("\" y=\"6\" width=\"14\" height=\"14\" fill=\"").append(PALETTE[s % PALETTE.length]).append("\"/>");
            b.append("<text x=\"").append(x + 20).append("\" y=\"18\" font-size=\"13\" ").append(FONT).append('>').append(esc(series.get(s))).append("</text>");
        }
        for (int i = 0; i < labels.size(); i++) {
            int y = legendH + 10 + i * groupH;
            b.append(label(labelW - 8, y + groupH / 2 + 2, 13, labels.get(i), 38));
            final int group = i;
            boolean allHidden = values.stream().allMatch(vs -> vs.get(group) == null);
            for (int s = 0; s < series.size(); s++) {
                Double v = values.get(s).get(i);
                int by = y + s * barH;
                if (v == null) {
                    // one word for a group whose every figure is hidden, not one per series ("suppressed suppressed")
                    if (allHidden && s > 0) continue;
                    String what = allHidden || series.size() == 1 ? "suppressed" : series.get(s).toLowerCase(Locale.ROOT) + " suppressed";
                    b.append("<text x=\"").append(labelW + 4).append("\" y=\"").append(by + 11).append("\" font-size=\"11\" ").append(FONT).append('>')
                            .append(esc(what)).append("</text>");
                    continue;
                }
                double bw = (w - labelW - 70) * v / max;
                b.append("<rect x=\"").append(labelW).append("\" y=\"").append(by).append("\" width=\"").append(String.format(Locale.ROOT, "%.1f", bw))
                        .append("\" height=\"").append(barH - 2).append("\" fill=\"").append(PALETTE[s % PALETTE.length]).append("\"/>");
                b.append("<text x=\"").append(String.format(Locale.ROOT, "%.1f", labelW + bw + 4)).append("\" y=\"").append(by + 11)
                        .append("\" font-size=\"11\" ").append(FONT).append('>').append(fmt(v)).append("</text>");
            }
        }
        return b.append(close()).toString();
    }

    /** A vertical marker on a column chart: before the bin at {@code bin} (its index), labelled. */
    public record Marker(int bin, String label) {
    }

    /** Vertical columns over ordered bins (a histogram or a distribution). */
    public static String columns(String id, String title, List<String> bins, List<Double> values, String xLabel, String tableId) {
        return columns(id, title, bins, values, xLabel, tableId, List.of());
    }

    /** Vertical columns with marked thresholds (e.g. the linkage decision thresholds on the weight histogram). */
    public static String columns(String id, String title, List<String> bins, List<Double> values, String xLabel, String tableId, List<Marker> markers) {
        int w = 720;
        int h = 260;
        int left = 50;
        int bottom = 50;
        double max = Math.max(1, max(values));
        double colW = (double) (w - left - 10) / Math.max(1, bins.size());
        StringBuilder b = new StringBuilder(open(id, title, w, h, tableId));
        b.append("<line x1=\"").append(left).append("\" y1=\"").append(h - bottom).append("\" x2=\"").append(w - 10).append("\" y2=\"")
                .append(h - bottom).append("\" stroke=\"#0b0c0c\"/>");
        b.append("<text x=\"").append(left - 6).append("\" y=\"18\" text-anchor=\"end\" font-size=\"12\" ").append(FONT).append('>').append(fmt(max)).append("</text>");
        int labelEvery = Math.max(1, (int) Math.ceil(bins.size() / 12.0));
        for (int i = 0; i < bins.size(); i++) {
            double x = left + i * colW;
            Double v = values.get(i);
            if (v != null && v > 0) {
                double ch = (h - bottom - 20) * v / max;
                b.append("<rect x=\"").append(String.format(Locale.ROOT, "%.1f", x + 1)).append("\" y=\"")
                        .append(String.format(Locale.ROOT, "%.1f", h - bottom - ch)).append("\" width=\"")
                        .append(String.format(Locale.ROOT, "%.1f", Math.max(1, colW - 2))).append("\" height=\"")
                        .append(String.format(Locale.ROOT, "%.1f", ch)).append("\" fill=\"").append(PALETTE[0]).append("\"/>");
            }
            if (i % labelEvery == 0) {
                b.append("<text x=\"").append(String.format(Locale.ROOT, "%.1f", x + colW / 2)).append("\" y=\"").append(h - bottom + 16)
                        .append("\" text-anchor=\"middle\" font-size=\"11\" ").append(FONT).append('>').append(esc(bins.get(i))).append("</text>");
            }
        }
        b.append("<text x=\"").append(w / 2).append("\" y=\"").append(h - 10).append("\" text-anchor=\"middle\" font-size=\"13\" ")
                .append(FONT).append('>').append(esc(xLabel)).append("</text>");
        for (int m = 0; m < markers.size(); m++) {
            Marker mk = markers.get(m);
            double x = left + mk.bin() * colW;
            // labels alternate sides so two close thresholds do not overlap; anchored to stay inside the chart
            boolean right = m % 2 == 1;
            b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"24\" x2=\"%.1f\" y2=\"%d\" stroke=\"#d4351c\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>",
                    x, x, h - bottom));
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"%s\" font-size=\"12\" %s>%s</text>", right ? x + 4 : x - 4,
                    34 + 14 * (m % 2), right ? "start" : "end", FONT, esc(mk.label())));
        }
        return b.append(close()).toString();
    }

    /** A line over snapshots, for trends. */
    public static String line(String id, String title, List<String> xs, List<Double> values, String tableId) {
        int w = 720;
        int h = 220;
        int left = 60;
        int bottom = 40;
        double max = Math.max(1, max(values));
        StringBuilder b = new StringBuilder(open(id, title, w, h, tableId));
        b.append("<line x1=\"").append(left).append("\" y1=\"").append(h - bottom).append("\" x2=\"").append(w - 20).append("\" y2=\"")
                .append(h - bottom).append("\" stroke=\"#0b0c0c\"/>");
        b.append("<text x=\"").append(left - 6).append("\" y=\"22\" text-anchor=\"end\" font-size=\"12\" ").append(FONT).append('>').append(fmt(max)).append("</text>");
        // room on the right for half of the last label ("3 December 2026" is about 90 px at 11 px)
        double step = xs.size() > 1 ? (double) (w - left - 80) / (xs.size() - 1) : 0;
        StringBuilder pts = new StringBuilder();
        for (int i = 0; i < xs.size(); i++) {
            double x = left + 10 + i * step;
            Double v = values.get(i);
            if (v != null) {
                double y = h - bottom - (h - bottom - 30) * v / max;
                pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>", x, y, PALETTE[0]));
            }
            b.append("<text x=\"").append(String.format(Locale.ROOT, "%.1f", x)).append("\" y=\"").append(h - bottom + 18)
                    .append("\" text-anchor=\"middle\" font-size=\"11\" ").append(FONT).append('>').append(esc(xs.get(i))).append("</text>");
        }
        b.append("<polyline fill=\"none\" stroke=\"").append(PALETTE[0]).append("\" stroke-width=\"2\" points=\"").append(pts.toString().trim()).append("\"/>");
        return b.append(close()).toString();
    }

    /** A small decorative trend line; the figures are always in an adjacent table. */
    public static String sparkline(List<Double> values) {
        int w = 120;
        int h = 32;
        List<Double> vs = values.stream().filter(v -> v != null).toList();
        if (vs.size() < 2) return "";
        double max = vs.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double min = vs.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double span = Math.max(1e-9, max - min);
        StringBuilder pts = new StringBuilder();
        for (int i = 0; i < vs.size(); i++) {
            double x = 2 + i * (w - 4.0) / (vs.size() - 1);
            double y = h - 3 - (h - 6) * (vs.get(i) - min) / span;
            pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        return "<svg class=\"jigsaw-sparkline\" aria-hidden=\"true\" focusable=\"false\" width=\"" + w + "\" height=\"" + h
                + "\" viewBox=\"0 0 " + w + " " + h + "\"><polyline fill=\"none\" stroke=\"" + PALETTE[0]
                + "\" stroke-width=\"2\" points=\"" + pts.toString().trim() + "\"/></svg>";
    }

    /**
     * An UpSet chart: one column per combination of sets (a bar for its size over a dot matrix
     * saying which sets it belongs to) — readable where a four-set Venn diagram is not.
     */
    public static String upset(String id, String title, List<String> sets, List<boolean[]> combos, List<Double> sizes, String tableId) {
        int left = 230;
        int w = Math.max(720, left + 40 * combos.size() + 20);
        int barTop = 20;
        int barH = 150;
        int dotRow = 24;
        int h = barTop + barH + 20 + dotRow * sets.size() + 10;
        double max = Math.max(1, max(sizes));
        StringBuilder b = new StringBuilder(open(id, title, w, h, tableId));
        for (int s = 0; s < sets.size(); s++) {
            int y = barTop + barH + 20 + s * dotRow + 12;
            b.append("<text x=\"").append(left - 10).append("\" y=\"").append(y + 4).append("\" text-anchor=\"end\" font-size=\"12\" ")
                    .append(FONT).append('>').append(esc(truncate(sets.get(s), 34))).append("</text>");
        }
        for (int c = 0; c < combos.size(); c++) {
            int x = left + c * 40 + 20;
            Double v = sizes.get(c);
            if (v != null) {
                double bh = barH * v / max;
                b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"24\" height=\"%.1f\" fill=\"%s\"/>", x - 12, barTop + barH - bh, bh, PALETTE[0]));
                b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"10\" %s>%s</text>", x, barTop + barH - bh - 3, FONT, fmt(v)));
            } else {
                b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"12\" %s>*</text>", x, barTop + barH - 3, FONT));
            }
            int first = -1;
            int last = -1;
            for (int s = 0; s < sets.size(); s++) {
                int y = barTop + barH + 20 + s * dotRow + 12;
                boolean in = combos.get(c)[s];
                if (in) {
                    if (first < 0) first = y;
                    last = y;
                }
                b.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"7\" fill=\"%s\"/>", x, y, in ? "#0b0c0c" : "#b1b4b6"));
            }
            if (first >= 0 && last > first) {
                b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#0b0c0c\" stroke-width=\"3\"/>", x, first, x, last));
            }
        }
        return b.append(close()).toString();
    }

    /**
     * A right-aligned label that is never cut off: up to two lines of about {@code perLine}
     * characters (split at a space), the second line shortened only past twice that.
     */
    private static String label(int x, int y, int size, String text, int perLine) {
        StringBuilder b = new StringBuilder("<text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"end\" font-size=\"")
                .append(size).append("\" ").append(FONT).append('>');
        if (text.length() <= perLine) return b.append(esc(text)).append("</text>").toString();
        int cut = text.lastIndexOf(' ', perLine);
        if (cut <= 0) cut = perLine;
        String first = text.substring(0, cut).strip();
        String second = truncate(text.substring(cut).strip(), perLine);
        int lift = size / 2 + 1;
        return b.append("<tspan x=\"").append(x).append("\" dy=\"-").append(lift).append("\">").append(esc(first)).append("</tspan>")
                .append("<tspan x=\"").append(x).append("\" dy=\"").append(size + 1).append("\">").append(esc(second)).append("</tspan></text>").toString();
    }

    private static String truncate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
