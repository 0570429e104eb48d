package org.jigsaw.web.page;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.jigsaw.govern.Agreement;
import org.jigsaw.govern.AgreementSet;
import org.jigsaw.web.access.Access;
import org.jigsaw.web.view.Cell;
import org.jigsaw.web.view.Column;
import org.jigsaw.web.view.DataTable;
import org.jigsaw.web.words.Dates;

import static org.jigsaw.web.view.Html.esc;

/** The data-sharing agreements in force or not, their dates, datasets and who may see what. */
public final class AgreementsPage implements Page {
    private final Supplier<AgreementSet> agreements;

    public AgreementsPage(Supplier<AgreementSet> agreements) {
        this.agreements = agreements;
    }

    @Override
    public String path() {
        return "/agreements";
    }

    @Override
    public String navLabel() {
        return "Agreements";
    }

    @Override
    public Access access() {
        return Access.AGREEMENTS;
    }

    @Override
    public boolean cacheable() {
        return false;
    }

    /** One agreement as a GOV.UK summary card: what it is for, who shares what, for how long, under which rule. */
    private static String summary(Agreement a, String status, String basis, String suppression) {
        StringBuilder b = new StringBuilder("<div class=\"govuk-summary-card\"><div class=\"govuk-summary-card__title-wrapper\"><h3 class=\"govuk-summary-card__title\">")
                .append(esc(a.title() == null ? a.id() : a.title())).append(" <strong class=\"govuk-tag ").append(tagColour(status)).append("\">")
                .append(esc(status)).append("</strong></h3></div><div class=\"govuk-summary-card__content\"><dl class=\"govuk-summary-list\">");
        row(b, "Agreement", a.id());
        if (a.purposes() != null && !a.purposes().isEmpty()) {
            row(b, "Purposes", String.join("; ", a.purposes().values()));
        }
        row(b, "In force", Dates.day(a.start()) + " to " + Dates.day(a.end()) + ", review by " + Dates.day(a.review()));
        row(b, "Data kept for", a.retention() == null ? "Not stated" : Dates.period(a.retention()) + " after the extract date");
        row(b, "Lawful basis", basis);
        if (a.datasets() != null && !a.datasets().isEmpty()) {
            row(b, "Datasets", String.join("; ", a.datasets().stream().map(d -> d.name() + (d.provider() == null ? "" : " from " + d.provider())).toList()));
        }
        row(b, "Small numbers", suppression);
        return b.append("</dl></div></div>").toString();
    }

    private static void row(StringBuilder b, String key, String value) {
        b.append("<div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">").append(esc(key))
                .append("</dt><dd class=\"govuk-summary-list__value\">").append(esc(value)).append("</dd></div>");
    }

    private static String status(Agreement a, LocalDate today) {
        return switch (a.status(today)) {
            case ACTIVE -> "In force";
            case REVIEW_OVERDUE -> "Review overdue";
            case NOT_STARTED -> "Not started";
            case ENDED -> "Ended";
        };
    }

    private static String tagColour(String status) {
        return switch (status) {
            case "In force" -> "govuk-tag--green";
            case "Review overdue" -> "govuk-tag--yellow";
            default -> "govuk-tag--red";
        };
    }

    /** A key such as {@code IN_FORCE} or {@code send_planning} as words: "In force", "Send planning". */
    static String words(String key) {
        if (key == null || key.isBlank()) return "";
        String s = key.replace('_', ' ').toLowerCase(java.util.Locale.ROOT).replace("send ", "SEND ");
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Override
    public PageData build(PageRequest req) {
        LocalDate today = LocalDate.now();
        List<Agreement> all = agreements.get().all();
        DataTable.Builder list = DataTable.builder("agreements", "Agreements").column(Column.text("id", "Agreement"))
                .column(Column.text("title", "Title")).column(Column.text("status", "Status")).column(Column.text("start", "Start"))
                .column(Column.text("review", "Review")).column(Column.text("end", "End")).column(Column.text("retention", "Retention"))
                .column(Column.text("basis", "Lawful basis")).column(Column.text("suppression", "Suppression"));
        DataTable.Builder data = DataTable.builder("datasets", "Datasets shared").column(Column.text("agreement", "Agreement"))
                .column(Column.text("dataset", "Dataset")).column(Column.text("provider", "Provider")).column(Column.text("fields", "Fields"))
                .column(Column.text("facts", "Facts"));
        DataTable.Builder access = DataTable.builder("access", "Who may see what").column(Column.text("agreement", "Agreement"))
                .column(Column.text("role", "Role")).column(Column.text("granularity", "Granularity")).column(Column.text("purposes", "Purposes"));
        DataTable.Builder warnings = DataTable.builder("warnings", "Warnings in the next 30 days").column(Column.text("agreement", "Agreement"))
                .column(Column.text("warning", "Warning"));
        StringBuilder summaries = new StringBuilder();
        for (Agreement a : all) {
            String status = status(a, today);
            String basis = a.lawfulBasis() == null ? "Not stated" : a.lawfulBasis().describe();
            String suppression = a.suppressionRule().describe();
            list.row(Cell.text(a.id()), Cell.text(a.title()), Cell.text(status), Cell.text(Dates.day(a.start())), Cell.text(Dates.day(a.review())),
                    Cell.text(Dates.day(a.end())), Cell.text(a.retention() == null ? "Not stated" : Dates.period(a.retention())), Cell.text(basis),
                    Cell.text(suppression));
            summaries.append(summary(a, status, basis, suppression));
            if (a.datasets() != null) {
                for (Agreement.DatasetShare d : a.datasets()) {
                    data.row(Cell.text(a.id()), Cell.text(d.name()), Cell.text(d.provider()), Cell.text(String.join(", ", d.fields())),
                            Cell.text(String.join(", ", d.facts())));
                }
            }
            if (a.access() != null) {
                for (Agreement.AccessRule r : a.access()) {
                    access.row(Cell.text(a.id()), Cell.text(words(r.role())), Cell.text(words(r.granularity())),
                            Cell.text(r.purposes().isEmpty() ? "Every purpose of the agreement" : String.join(", ", r.purposes().stream().map(AgreementsPage::words).toList())));
                }
            }
            for (String w : a.warnings(today, 30)) warnings.row(Cell.text(a.id()), Cell.text(w));
        }
        return new PageData("Data-sharing agreements", "The agreements in the area's agreements folder, as the policy gate enforces them today.", "",
                List.of(Section.of("Agreements", summaries.toString(), list.build()), Section.of("Warnings", "", warnings.build()),
                        Section.of("Datasets", "", data.build()), Section.of("Access", "", access.build())));
    }
}
