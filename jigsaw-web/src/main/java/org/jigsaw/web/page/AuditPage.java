package org.jigsaw.web.page;

import static org.jigsaw.web.view.Html.esc;

import java.util.List;
import java.util.Map;
import org.jigsaw.web.access.Access;
import org.jigsaw.web.access.AuditTrail;
import org.jigsaw.web.view.Cell;
import org.jigsaw.web.view.Column;
import org.jigsaw.web.view.DataTable;

/** The latest audit entries and whether the hash chain verifies. */
public final class AuditPage implements Page {
    private static final String[] COLUMNS = {"seq", "time", "user", "role", "purpose", "action", "what", "rows", "allowed"};
    private final AuditTrail audit;

    public AuditPage(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public String path() {
        return "/audit";
    }

    @Override
    public String navLabel() {
        return "Audit";
    }

    @Override
    public Access access() {
        return Access.AUDIT;
    }

    @Override
    public boolean cacheable() {
        return false;
    }

    @Override
    public PageData build(PageRequest req) {
        String broken = audit.verify();
        String status = broken == null
                ? "<div class=\"govuk-inset-text\">The audit log's hash chain verifies: no entry has been edited, removed or reordered.</div>"
                : "<div class=\"govuk-warning-text\"><span class=\"govuk-warning-text__icon\" aria-hidden=\"true\">!</span><strong class=\"govuk-warning-text__text\">"
                + "<span class=\"govuk-visually-hidden\">Warning</span>The audit log does not verify: " + esc(broken) + "</strong></div>";
        DataTable.Builder t = DataTable.builder("audit", "Latest 200 entries, newest first");
        for (String c : COLUMNS) t.column(c.equals("seq") || c.equals("rows") ? Column.number(c, c) : Column.text(c, c));
        for (Map<String, Object> e : audit.recent(200)) {
            t.row(java.util.Arrays.stream(COLUMNS).map(c -> Cell.text(String.valueOf(e.getOrDefault(c, "")))).toList());
        }
        return new PageData("Audit log", "Every access to data through the dashboard, the API and the command line.", "",
                List.of(Section.of("Integrity", status), Section.of("Entries", "", t.build())));
    }
}
