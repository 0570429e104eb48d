package org.jigsaw.web.ops;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jigsaw.ops.Health;
import org.jigsaw.ops.OpsStatus;
import org.jigsaw.ops.SourceStatus;
import org.jigsaw.schedule.RefreshStatus;

/**
 * The dashboard's "data last refreshed" line, as a GOV.UK Frontend fragment: when the data was
 * refreshed, whether a refresh is running, whether the last run failed or did not finish (the
 * reason, and that the previous data is still shown), and which sources are stale. Pages include {@link #html(OpsStatus)} under the header.
 */
public final class RefreshBanner {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);
    private final ZoneId zone;

    public RefreshBanner(ZoneId zone) {
        this.zone = zone;
    }

    public String html(OpsStatus s) {
        StringBuilder b = new StringBuilder();
        if (s.snapshotRunId() == null) {
            return "<div class=\"govuk-warning-text\"><span class=\"govuk-warning-text__icon\" aria-hidden=\"true\">!</span>"
                    + "<strong class=\"govuk-warning-text__text\"><span class=\"govuk-visually-hidden\">Warning</span>"
                    + "No data has been loaded yet. Run a refresh.</strong></div>";
        }
        b.append("<p class=\"govuk-body-s jigsaw-refresh\" id=\"data-refreshed\">Data last refreshed ");
        b.append(s.snapshotAt() == null ? "at an unknown time" : esc(WHEN.format(s.snapshotAt().atZone(zone))));
        b.append(" (").append(esc(ago(s.snapshotAgeSeconds()))).append(")");
        if (s.referenceDate() != null) {
            b.append(", figures as at ").append(esc(s.referenceDate().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK))));
        }
        b.append('.');
        if (s.nextRefresh() != null) {
            b.append(" Next refresh ").append(esc(WHEN.format(s.nextRefresh().atZone(zone)))).append('.');
        }
        b.append("</p>");
        if (s.refreshRunning() != null) {
            b.append("<p class=\"govuk-body-s\" id=\"refresh-running\">A refresh started ")
                    .append(esc(WHEN.format(s.refreshRunning().startedAt().atZone(zone))))
                    .append(" is running; the data shown changes when it finishes.</p>");
        }
        if (s.lastRefresh() != null && s.lastRefresh().status().failed()) {
            boolean interrupted = s.lastRefresh().status() == RefreshStatus.INTERRUPTED;
            b.append("<div class=\"govuk-notification-banner\" role=\"region\" aria-labelledby=\"refresh-failed-title\">")
                    .append("<div class=\"govuk-notification-banner__header\"><h2 class=\"govuk-notification-banner__title\" ")
                    .append("id=\"refresh-failed-title\">").append(interrupted ? "Refresh did not finish" : "Refresh failed")
                    .append("</h2></div><div class=\"govuk-notification-banner__content\">")
                    .append("<p class=\"govuk-body\">The refresh started ")
                    .append(esc(WHEN.format(s.lastRefresh().startedAt().atZone(zone))))
                    .append(interrupted ? " stopped before it finished (the process was ended)"
                            : " failed: " + esc(s.lastRefresh().reason()))
                    .append(". The data shown is from the previous successful refresh.</p></div></div>");
        }
        List<SourceStatus> stale = s.staleSources();
        if (!stale.isEmpty()) {
            b.append("<div class=\"govuk-warning-text\"><span class=\"govuk-warning-text__icon\" aria-hidden=\"true\">!</span>")
                    .append("<strong class=\"govuk-warning-text__text\"><span class=\"govuk-visually-hidden\">Warning</span>")
                    .append(stale.size() == 1 ? "1 source is out of date: " : stale.size() + " sources are out of date: ");
            for (int i = 0; i < stale.size(); i++) {
                SourceStatus src = stale.get(i);
                b.append(i == 0 ? "" : "; ").append(esc(src.source()));
                b.append(src.extractDate() == null ? " (no extract date)" : " (extracted " + src.extractDate() + ")");
            }
            b.append(".</strong></div>");
        }
        return b.toString();
    }

    /** True when the banner has something the user must notice. */
    public static boolean needsAttention(OpsStatus s) {
        return s.health() != Health.UP;
    }

    static String ago(long seconds) {
        if (seconds < 0) {
            return "never";
        }
        Duration d = Duration.ofSeconds(seconds);
        if (d.toMinutes() < 1) {
            return "just now";
        }
        if (d.toHours() < 1) {
            return plural(d.toMinutes(), "minute") + " ago";
        }
        if (d.toDays() < 2) {
            return plural(d.toHours(), "hour") + " ago";
        }
        return plural(d.toDays(), "day") + " ago";
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    private static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
