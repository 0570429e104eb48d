package org.jigsaw.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.jigsaw.web.support.OwnServer;
import org.jigsaw.web.support.TestArea;
import org.jigsaw.web.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every percentage and rate the board reads is the released numerator over the released
 * denominator, both shown beside it: a share computed from exact counts (75/207 = 36.2318…%)
 * gives the exact denominator away whatever the rounded count says.
 */
@ExtendWith(OwnServer.class)
class DerivedFiguresTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyHeadlinePercentageAndRateComesFromTheReleasedCountsBesideIt(TestArea area) throws Exception {
        WebClient c = new WebClient(area.base());
        assertThat(c.signIn("board", "board-demo").statusCode()).isEqualTo(303);
        JsonNode kpis = table(json.readTree(c.get("/api/overview").body()), "kpis");
        List<String> checked = new ArrayList<>();
        for (JsonNode row : kpis.get("rows")) {
            String unit = row.get("unit").asText();
            JsonNode value = row.get("value");
            boolean percent = unit.isEmpty();
            boolean rate = unit.startsWith("per 10,000");
            if (!(percent || rate) || !value.isNumber()) continue;
            JsonNode counted = row.get("counted");
            JsonNode outOf = row.get("out_of");
            assertThat(counted.isNumber() && outOf.isNumber()).as("%s released with its counts", row.get("kpi")).isTrue();
            assertThat(counted.asLong() % 5).as("numerator rounded").isZero();
            assertThat(outOf.asLong() % 5).as("denominator rounded").isZero();
            double expected = Math.round(counted.asDouble() * (percent ? 100 : 10_000) / outOf.asDouble() * 10) / 10.0;
            assertThat(value.asDouble()).as("%s from its released counts", row.get("kpi")).isEqualTo(expected);
            checked.add(row.get("kpi").asText());
        }
        assertThat(checked).as("the fixture has percentage KPIs to check").hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void linkRatesComeFromTheReleasedCountsBesideThem(TestArea area) throws Exception {
        WebClient c = new WebClient(area.base());
        assertThat(c.signIn("analyst", "analyst-demo").statusCode()).isEqualTo(303);
        JsonNode rates = table(json.readTree(c.get("/api/linkage-quality").body()), "link-rates");
        int checked = 0;
        for (JsonNode row : rates.get("rows")) {
            if (!row.get("rate").isNumber()) continue;
            double expected = Math.round(row.get("persons").asDouble() * 100 / row.get("out_of").asDouble() * 10) / 10.0;
            assertThat(row.get("rate").asDouble()).isEqualTo(expected);
            checked++;
        }
        assertThat(checked).isPositive();
    }

    private static JsonNode table(JsonNode page, String id) {
        for (JsonNode t : page.get("tables")) if (t.get("id").asText().equals(id)) return t;
        throw new AssertionError("no table " + id);
    }
}
