package org.jigsaw.web.page;

import static org.jigsaw.web.view.Html.esc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The population filters shared by aggregate pages: age band, residence (LA of residence) and
 * GP-registered ICB — the two geographies agencies use, which do not share boundaries.
 * Values are checked against the lists offered, and reach SQL only as bound parameters.
 */
record Filters(String ageBand, String residence, String icb) {
    static final String ALL = "all";

    static Filters from(PageRequest req, List<String> icbs) {
        List<String> bands = new ArrayList<>(Sql.AGE_BANDS);
        bands.add(ALL);
        List<String> icbChoices = new ArrayList<>(icbs);
        icbChoices.add(ALL);
        return new Filters(req.choice("age", bands, ALL), req.choice("residence", List.of(ALL, "in", "out"), ALL),
                req.choice("icb", icbChoices, ALL));
    }

    static List<String> icbs(PageRequest req) {
        return req.snapshot().query("SELECT DISTINCT gp_icb FROM person WHERE gp_icb IS NOT NULL ORDER BY 1", rs -> rs.getString(1));
    }

    /** A WHERE fragment over {@code pb} (see {@link Sql#PEOPLE}), with its parameters appended to {@code params}. */
    String where(List<Object> params) {
        StringBuilder w = new StringBuilder("TRUE");
        if (!ageBand.equals(ALL)) {
            w.append(" AND pb.age_band = ?");
            params.add(ageBand);
        }
        if (!residence.equals(ALL)) {
            w.append(" AND coalesce(pb.in_area, FALSE) = ?");
            params.add(residence.equals("in"));
        }
        if (!icb.equals(ALL)) {
            w.append(" AND pb.gp_icb = ?");
            params.add(icb);
        }
        return w.toString();
    }

    String describe() {
        List<String> parts = new ArrayList<>();
        if (!ageBand.equals(ALL)) parts.add("aged " + ageBand.toLowerCase(java.util.Locale.ROOT));
        if (!residence.equals(ALL)) parts.add(residence.equals("in") ? "resident in the area" : "resident outside the area");
        if (!icb.equals(ALL)) {
            String name = org.jigsaw.web.words.IcbNames.name(icb);
            parts.add("registered with a GP in " + (name == null ? "ICB " + icb : name));
        }
        return parts.isEmpty() ? "everyone" : String.join(", ", parts);
    }

    Map<String, String> asParams() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("age", ageBand);
        m.put("residence", residence);
        m.put("icb", icb);
        return m;
    }

    /** The filters that narrow anything, as a query string ("" when none does), for links that keep them. */
    String query() {
        StringBuilder q = new StringBuilder();
        asParams().forEach((k, v) -> {
            if (!v.equals(ALL)) q.append(q.length() == 0 ? '?' : '&').append(k).append('=').append(org.jigsaw.web.view.Html.url(v));
        });
        return q.toString();
    }

    /** The filter form; {@code extra} holds further select boxes (name → options) rendered first. */
    String form(String action, Map<String, Select> extra, List<String> icbs) {
        StringBuilder b = new StringBuilder("<form method=\"get\" action=\"").append(esc(action))
                .append("\" class=\"jigsaw-filters\" novalidate><fieldset class=\"govuk-fieldset\"><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">Filters</legend><div class=\"jigsaw-filter-row\">");
        extra.forEach((name, sel) -> b.append(sel.render(name)));
        Map<String, String> ages = new LinkedHashMap<>();
        ages.put(ALL, "All ages");
        Sql.AGE_BANDS.forEach(a -> ages.put(a, a));
        b.append(new Select("Age band", ages, ageBand).render("age"));
        Map<String, String> res = new LinkedHashMap<>();
        res.put(ALL, "Anywhere");
        res.put("in", "In the area");
        res.put("out", "Outside the area");
        b.append(new Select("Residence", res, residence).render("residence"));
        Map<String, String> ic = new LinkedHashMap<>();
        ic.put(ALL, "Any ICB");
        icbs.forEach(i -> ic.put(i, org.jigsaw.web.words.IcbNames.label(i)));
        b.append(new Select("GP-registered ICB", ic, icb).render("icb"));
        b.append("</div><button type=\"submit\" class=\"govuk-button govuk-button--secondary\" data-module=\"govuk-button\">Apply filters</button></fieldset></form>");
        return b.toString();
    }

    /** A labelled GOV.UK select. */
    record Select(String label, Map<String, String> options, String selected) {
        String render(String name) {
            StringBuilder b = new StringBuilder("<div class=\"govuk-form-group jigsaw-filter\"><label class=\"govuk-label\" for=\"f-")
                    .append(esc(name)).append("\">").append(esc(label)).append("</label><select class=\"govuk-select\" id=\"f-")
                    .append(esc(name)).append("\" name=\"").append(esc(name)).append("\">");
            options.forEach((v, l) -> b.append("<option value=\"").append(esc(v)).append('"').append(v.equals(selected) ? " selected" : "")
                    .append('>').append(esc(l)).append("</option>"));
            return b.append("</select></div>").toString();
        }
    }
}
