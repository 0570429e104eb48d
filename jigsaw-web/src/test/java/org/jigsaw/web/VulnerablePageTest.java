package org.jigsaw.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jigsaw.web.fixture.SnapshotFixture;
import org.jigsaw.web.support.OwnServer;
import org.jigsaw.web.support.TestArea;
import org.jigsaw.web.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(OwnServer.class)
class VulnerablePageTest {
    @Test
    void withOneSnapshotNoEmptyPreviousSeriesIsDrawnAndNoRowSaysSuppressedTwice(@TempDir Path root) throws Exception {
        SnapshotFixture.Made made = SnapshotFixture.make(root.resolve("area"), root.resolve("keys/keys.yaml"), 600, 7);
        // keep only the current snapshot: the area's first
        for (Path p : made.snapshots().subList(0, made.snapshots().size() - 1)) Files.delete(p);
        TestArea one = TestArea.serve(made);
        try {
            WebClient c = new WebClient(one.base());
            c.signIn("board", "board-demo");
            String page = c.get("/vulnerable").body();
            assertThat(page).doesNotContain("Last snapshot")
                    .contains("This is the first snapshot");
            JsonNode t = table(c, "vulnerable");
            assertThat(t.get("columns")).hasSize(2);
            // one "suppressed" per hidden figure, none for a previous snapshot that does not exist
            int hidden = 0;
            for (String id : new String[] {"vulnerable", "vulnerable-all"}) {
                for (JsonNode r : table(c, id).get("rows")) if (r.get("now").asText().equals("*")) hidden++;
            }
            assertThat(page.split(">suppressed</text>", -1).length - 1).isEqualTo(hidden);
        } finally {
            one.server.close();
        }
    }

    @Test
    void sendCohortsAndTheOthersAreSeparateTablesByTheBriefsDefinitions(TestArea area) throws Exception {
        WebClient c = new WebClient(area.base());
        c.signIn("board", "board-demo");
        List<String> send = titles(table(c, "vulnerable"));
        List<String> all = titles(table(c, "vulnerable-all"));
        assertThat(send).startsWith("EHC plan + child protection plan + at risk of exploitation")
                .contains("EHC plan + known to children's social care", "EHC plan + missing education", "SEND + NEET")
                .doesNotContain("On a youth justice order");
        assertThat(all).contains("On a youth justice order").doesNotContain("EHC plan + missing education");
        String page = c.get("/vulnerable").body();
        assertThat(page.indexOf("Children and young people with SEND")).isPositive()
                .isLessThan(page.indexOf("All children and young people, with or without SEND"));
        // the board never sees a link to individual children
        assertThat(page).doesNotContain("/people/");
    }

    static JsonNode table(WebClient c, String id) throws Exception {
        for (JsonNode t : new ObjectMapper().readTree(c.get("/api/vulnerable").body()).get("tables")) if (t.get("id").asText().equals(id)) return t;
        throw new AssertionError("no table " + id);
    }

    private static List<String> titles(JsonNode t) {
        List<String> out = new ArrayList<>();
        t.get("rows").forEach(r -> out.add(r.get("cohort").asText()));
        return out;
    }

}
