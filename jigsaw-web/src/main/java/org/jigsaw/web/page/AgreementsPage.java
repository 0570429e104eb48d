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
        for (Agreement a : all) {
            list.row(Cell.text(a.id()), Cell.text(a.title()), Cell.text(a.status(today).name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT)),
                    Cell.text(String.valueOf(a.start())), Cell.text(String.valueOf(a.review())), Cell.text(String.valueOf(a.end())),
                    Cell.text(a.retention() == null ? "" : a.retention().toString()), Cell.text(a.lawfulBasis() == null ? "" : a.lawfulBasis().toString()),
                    Cell.text(a.suppressionRule().rule()));
            if (a.datasets() != null) {
                for (Agreement.DatasetShare d : a.datasets()) {
                    data.row(Cell.text(a.id()), Cell.text(d.name()), Cell.text(d.provider()), Cell.text(String.join(", ", d.fields())),
                            Cell.text(String.join(", ", d.facts())));
                }
            }
            if (a.access() != null) {
                for (Agreement.AccessRule r : a.access()) {
                    access.row(Cell.text(a.id()), Cell.text(r.role()), Cell.text(r.granularity()), Cell.text(String.join(", ", r.purposes())));
                }
            }
            for (String w : a.warnings(today, 30)) warnings.row(Cell.text(a.id()), Cell.text(w));
        }
        return new PageData("Data-sharing agreements", "The agreements in the area's agreements folder, as the policy gate enforces them today.", "",
                List.of(Section.of("Agreements", "", list.build()), Section.of("Warnings", "", warnings.build()),
                        Section.of("Datasets", "", data.build()), Section.of("Access", "", access.build())));
    }
}
