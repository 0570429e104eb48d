package org.jigsaw.web.page;

import static org.jigsaw.web.view.Html.esc;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jigsaw.cohort.KpiReading;
import org.jigsaw.web.view.Cell;
import org.jigsaw.web.view.Charts;
import org.jigsaw.web.view.PeopleLinks;

/**
 * One KPI on the board pack: the released figure, its target and status (a GOV.UK tag whose words
 * carry the status, not its colour), a sparkline of the released figures at each snapshot and one
 * line saying what it means. Everything is read from released cells, never from the raw values.
 */
record BoardCard(String title, Cell figure, String unit, Optional<KpiReading.Target> target, List<Cell> trend, List<String> dates,
                 Optional<String> cohort) {

    /** Red, amber or green against the target, or why there is none. */
    enum Status {
        ON_TARGET("On target", "govuk-tag--green"), NEAR_TARGET("Near target", "govuk-tag--yellow"), OFF_TARGET("Off target", "govuk-tag--red"),
        NO_TARGET("No target set", "govuk-tag--grey"), NOT_RELEASED("Figure not released", "govuk-tag--grey");

        final String words;
        final String css;

        Status(String words, String css) {
            this.words = words;
            this.css = css;
        }
    }

    Status status() {
        if (target.isEmpty()) return Status.NO_TARGET;
        if (figure.value() == null) return Status.NOT_RELEASED;
        KpiReading.Target t = target.get();
        return t.met(figure.value()) ? Status.ON_TARGET : t.near(figure.value()) ? Status.NEAR_TARGET : Status.OFF_TARGET;
    }

    /** The target in words, e.g. "60% or more", "140 days or fewer"; "" without one. */
    String targetWords() {
        return target.map(t -> figureWords(t.value()) + (t.direction() == KpiReading.Direction.HIGHER ? " or more" : " or less")).orElse("");
    }

    private String figureWords(double v) {
        String n = v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%,.1f", v);
        return unit.isEmpty() ? n + "%" : n + " " + unit;
    }

    /** One line for the board: where the figure stands against the target and which way it moved since the last snapshot. */
    String meaning() {
        StringBuilder b = new StringBuilder();
        Status s = status();
        switch (s) {
            case NOT_RELEASED -> b.append("Too few children behind this figure to show it safely");
            case NO_TARGET -> b.append("No target is set for this measure in cohorts.yaml");
            case ON_TARGET -> b.append("Meets the target of ").append(targetWords());
            case NEAR_TARGET -> b.append("Just short of the target of ").append(targetWords());
            case OFF_TARGET -> b.append("Misses the target of ").append(targetWords());
        }
        Double now = figure.value();
        Double before = trend.size() >= 2 ? trend.get(trend.size() - 2).value() : null;
        if (now != null && before != null) {
            double d = now - before;
            String dir = d == 0 ? "unchanged" : (d > 0 ? "up" : "down") + " from " + trend.get(trend.size() - 2).text();
            String better = d == 0 || target.isEmpty() ? "" : (d > 0) == (target.get().direction() == KpiReading.Direction.HIGHER) ? ", getting better" : ", getting worse";
            b.append("; ").append(dir).append(" at the last snapshot").append(better);
        } else if (trend.size() < 2) {
            b.append("; the first snapshot, so no trend yet");
        }
        return b.append('.').toString();
    }

    String html() {
        Status s = status();
        StringBuilder b = new StringBuilder("<div class=\"jigsaw-card\"><h3 class=\"govuk-heading-s\">").append(esc(title)).append("</h3>")
                .append("<p class=\"govuk-body jigsaw-card__value\">").append(esc(figure.text()))
                .append(" <span class=\"govuk-body-s\">").append(esc(unit)).append("</span></p>")
                .append("<p class=\"govuk-body-s\"><strong class=\"govuk-tag ").append(s.css).append("\">").append(esc(s.words)).append("</strong>");
        if (target.isPresent()) b.append(" Target: ").append(esc(targetWords()));
        b.append("</p>").append(Charts.sparkline(trend.stream().map(Cell::value).toList()));
        if (trend.size() >= 2) {
            StringBuilder words = new StringBuilder("Trend: ");
            for (int i = 0; i < trend.size(); i++) {
                words.append(i == 0 ? "" : ", ").append(esc(org.jigsaw.web.words.Dates.day(dates.get(i)))).append(' ')
                        .append(esc(trend.get(i).text().isEmpty() ? "not held" : trend.get(i).text()));
            }
            b.append("<p class=\"govuk-body-s jigsaw-card__trend\">").append(words).append("</p>");
        }
        b.append("<p class=\"govuk-body-s jigsaw-card__meaning\">").append(esc(meaning())).append("</p>");
        cohort.ifPresent(c -> b.append(PeopleLinks.paragraph("/people/cohort/" + c, "See these children")));
        return b.append("</div>").toString();
    }
}
