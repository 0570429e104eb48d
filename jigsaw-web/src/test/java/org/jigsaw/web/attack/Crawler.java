package org.jigsaw.web.attack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jigsaw.web.support.WebClient;

/**
 * The attacker's browsing: from the signed-in user's {@code /api} index, every page it may read;
 * from each page's filter form, every choice offered; then, for every combination of choices, the
 * JSON API, the HTML page (tables and chart labels) and every table's CSV export. Nothing about
 * the pages is assumed beyond what the server itself links to.
 */
public final class Crawler {
    private static final Pattern SELECT = Pattern.compile("<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option value=\"([^\"]*)\"[^>]*>(.*?)</option>", Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("<tr class=\"govuk-table__row\">(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<(th|td)[^>]*>(.*?)</(?:th|td)>", Pattern.DOTALL);
    private static final Pattern SVG = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL);
    private static final Pattern SVG_TEXT = Pattern.compile("<text[^>]*>([^<]*)</text>");
    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9][0-9,]*(\\.[0-9]+)?");

    private final WebClient client;
    private final ObjectMapper json = new ObjectMapper();

    public Crawler(WebClient client) {
        this.client = client;
    }

    /** One released cell: the text every output shows and, for numeric columns, the raw number the API serves. */
    public record Shown(String text, Double raw) {
    }

    /** One released table of one response. */
    public record Table(String id, String caption, List<String> columns, List<String> labels, List<List<Shown>> rows) {
        public int column(String key) {
            return columns.indexOf(key);
        }
    }

    /**
     * Everything one combination of choices on one page released, in all three forms.
     *
     * @param selects    the filter form: select name → (value → label)
     * @param chartTexts numbers printed in the page's charts
     * @param mismatches places where HTML, CSV and API disagree
     */
    public record Response(String page, Map<String, String> params, String snapshot, List<Table> tables,
                           Map<String, Map<String, String>> selects, List<String> chartTexts, List<String> mismatches) {
        public java.util.Optional<Table> table(String id) {
            return tables.stream().filter(t -> t.id().equals(id)).findFirst();
        }

        public String where() {
            return page + (params.isEmpty() ? "" : " " + params) + " @" + snapshot;
        }
    }

    /** The API paths the index offers this user (templated ones, such as a child's record, need an identifier: not aggregates). */
    public List<String> endpoints() throws IOException, InterruptedException {
        JsonNode idx = json.readTree(ok(client.get("/api")));
        List<String> out = new ArrayList<>();
        for (JsonNode e : idx.get("endpoints")) {
            String p = e.get("path").asText();
            if (!p.contains("{")) out.add(p);
        }
        return out;
    }

    /** Every endpoint, every combination of every filter its page offers. */
    public List<Response> crawl() throws IOException, InterruptedException {
        List<Response> out = new ArrayList<>();
        for (String api : endpoints()) {
            String page = api.substring("/api".length());
            Map<String, Map<String, String>> selects = selects(ok(client.get(page)));
            for (Map<String, String> params : combinations(selects)) out.add(fetch(page, params, selects));
        }
        return out;
    }

    static Map<String, Map<String, String>> selects(String html) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        Matcher s = SELECT.matcher(html);
        while (s.find()) {
            Map<String, String> options = new LinkedHashMap<>();
            Matcher o = OPTION.matcher(s.group(2));
            while (o.find()) options.put(unescape(o.group(1)), unescape(o.group(2)));
            out.put(s.group(1), options);
        }
        return out;
    }

    static List<Map<String, String>> combinations(Map<String, Map<String, String>> selects) {
        List<Map<String, String>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (Map.Entry<String, Map<String, String>> s : selects.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : out) {
                for (String v : s.getValue().keySet()) {
                    Map<String, String> m = new LinkedHashMap<>(partial);
                    m.put(s.getKey(), v);
                    next.add(m);
                }
            }
            out = next;
        }
        return out;
    }

    private Response fetch(String page, Map<String, String> params, Map<String, Map<String, String>> selects) throws IOException, InterruptedException {
        String q = query(params);
        JsonNode root = json.readTree(ok(client.get("/api" + page + q)));
        String html = ok(client.get(page + q));
        List<Table> tables = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        for (JsonNode t : root.get("tables")) {
            String id = t.get("id").asText();
            List<String> keys = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (JsonNode c : t.get("columns")) {
                keys.add(c.get("key").asText());
                labels.add(c.get("label").asText());
            }
            List<List<String>> csv = csv(ok(client.get("/export" + page + "/" + id + ".csv" + q)));
            List<List<String>> shownHtml = htmlTable(html, id);
            List<List<Shown>> rows = new ArrayList<>();
            int r = 0;
            for (JsonNode row : t.get("rows")) {
                List<Shown> cells = new ArrayList<>();
                List<String> texts = r + 1 < csv.size() ? csv.get(r + 1) : List.of();
                for (int i = 0; i < keys.size(); i++) {
                    JsonNode v = row.get(keys.get(i));
                    String text = i < texts.size() ? texts.get(i) : null;
                    Double raw = v != null && v.isNumber() ? v.asDouble() : null;
                    if (text == null) {
                        mismatches.add(page + q + " table " + id + " row " + r + ": the CSV lacks column " + keys.get(i));
                        text = v == null ? "" : v.asText();
                    } else if (raw == null && v != null && !v.asText().equals(text)) {
                        mismatches.add(page + q + " table " + id + " row " + r + " " + keys.get(i) + ": API '" + v.asText() + "', CSV '" + text + "'");
                    }
                    String onScreen = r < shownHtml.size() && i < shownHtml.get(r).size() ? shownHtml.get(r).get(i) : null;
                    if (onScreen != null && !onScreen.equals(text)) {
                        mismatches.add(page + q + " table " + id + " row " + r + " " + keys.get(i) + ": screen '" + onScreen + "', CSV '" + text + "'");
                    }
                    cells.add(new Shown(text, raw));
                }
                rows.add(cells);
                r++;
            }
            if (csv.size() - 1 != rows.size()) mismatches.add(page + q + " table " + id + ": " + rows.size() + " rows in the API, " + (csv.size() - 1) + " in the CSV");
            tables.add(new Table(id, t.get("caption").asText(), keys, labels, rows));
        }
        return new Response(page, params, root.get("snapshot").asText(), tables, selects, chartTexts(html), mismatches);
    }

    private static List<List<String>> csv(String body) {
        List<List<String>> out = new ArrayList<>();
        for (CsvRecord rec : CsvReader.builder().ofCsvRecord(body)) {
            List<String> f = new ArrayList<>();
            // Csv.safe prefixes text that could start a spreadsheet formula; the figure is what follows
            for (String s : rec.getFields()) f.add(s.startsWith("'") ? s.substring(1) : s);
            out.add(f);
        }
        return out;
    }

    /** The body rows of the HTML table with this id, as text ("No rows." placeholder rows dropped). */
    private static List<List<String>> htmlTable(String html, String id) {
        int at = html.indexOf("<table class=\"govuk-table\" id=\"" + id + "\">");
        if (at < 0) return List.of();
        int body = html.indexOf("<tbody", at);
        String part = html.substring(body, html.indexOf("</tbody>", body));
        List<List<String>> out = new ArrayList<>();
        Matcher r = ROW.matcher(part);
        while (r.find()) {
            if (r.group(1).contains("colspan=")) continue;
            List<String> cells = new ArrayList<>();
            Matcher c = CELL.matcher(r.group(1));
            while (c.find()) cells.add(unescape(c.group(2).replaceAll("<[^>]+>", "")));
            out.add(cells);
        }
        return out;
    }

    private static List<String> chartTexts(String html) {
        List<String> out = new ArrayList<>();
        Matcher svg = SVG.matcher(html);
        while (svg.find()) {
            Matcher t = SVG_TEXT.matcher(svg.group());
            while (t.find()) {
                String s = unescape(t.group(1)).trim();
                if (NUMBER.matcher(s).matches()) out.add(s);
            }
        }
        return out;
    }

    private static String ok(HttpResponse<String> r) {
        if (r.statusCode() != 200) throw new AssertionError(r.uri() + " answered " + r.statusCode());
        return r.body();
    }

    static String query(Map<String, String> params) {
        StringBuilder b = new StringBuilder();
        params.forEach((k, v) -> b.append(b.length() == 0 ? "?" : "&").append(enc(k)).append('=').append(enc(v)));
        return b.toString();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    static String unescape(String s) {
        return org.apache.commons.text.StringEscapeUtils.unescapeHtml4(s.replace("&#39;", "'"));
    }
}
