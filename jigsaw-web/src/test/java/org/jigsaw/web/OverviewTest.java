package org.jigsaw.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jigsaw.web.support.OwnServer;
import org.jigsaw.web.support.TestArea;
import org.jigsaw.web.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(OwnServer.class)
class OverviewTest {
    @Test
    void aSourceTheAgreementsKeptOutIsNamedWithItsReasonBeforeTheFigures(TestArea area) throws Exception {
        WebClient c = new WebClient(area.base());
        assertThat(c.signIn("board", "board-demo").statusCode()).isEqualTo(303);

        String page = c.get("/overview").body();
        assertThat(page).contains("govuk-warning-text").contains("1 source was not ingested into this snapshot");
        assertThat(page.indexOf("Sources left out")).isPositive().isLessThan(page.indexOf("Headline KPIs"));

        JsonNode tables = new ObjectMapper().readTree(c.get("/api/overview").body()).get("tables");
        JsonNode left = null;
        for (JsonNode t : tables) if (t.get("id").asText().equals("not-ingested")) left = t;
        assertThat(left).isNotNull();
        assertThat(left.get("rows")).hasSize(1);
        assertThat(left.get("rows").get(0).get("source").asText()).isEqualTo("nccis");
        assertThat(left.get("rows").get(0).get("reason").asText()).contains("ended on 2025-08-31");
    }

    @Test
    void dataQualityListsTheSourceLeftOutWithItsReasonAndNoRecordCount(TestArea area) throws Exception {
        WebClient c = new WebClient(area.base());
        assertThat(c.signIn("analyst", "analyst-demo").statusCode()).isEqualTo(303);
        JsonNode tables = new ObjectMapper().readTree(c.get("/api/data-quality").body()).get("tables");
        JsonNode row = null;
        for (JsonNode t : tables) {
            if (!t.get("id").asText().equals("findings")) continue;
            for (JsonNode r : t.get("rows")) if (r.get("source").asText().equals("nccis")) row = r;
        }
        assertThat(row).isNotNull();
        assertThat(row.get("detail").asText()).contains("not ingested");
        assertThat(row.get("count").asText()).isEmpty();
        assertThat(row.get("percent").asText()).isEmpty();
    }
}
