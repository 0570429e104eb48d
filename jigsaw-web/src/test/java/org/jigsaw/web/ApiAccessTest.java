package org.jigsaw.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jigsaw.govern.AccessRequest;
import org.jigsaw.govern.AgreementSet;
import org.jigsaw.govern.AuditEntry;
import org.jigsaw.govern.AuditLog;
import org.jigsaw.govern.PolicyGate;
import org.jigsaw.govern.Role;
import org.jigsaw.keys.KeyFile;
import org.jigsaw.privacy.Pseudonyms;
import org.jigsaw.web.fixture.SnapshotFixture;
import org.jigsaw.store.Snapshot;
import org.jigsaw.web.support.OwnServer;
import org.jigsaw.web.support.TestArea;
import org.jigsaw.web.support.WebClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every role against every API endpoint: either the data or 403 with no data in the body, and every 403 audited. */
@ExtendWith(OwnServer.class)
class ApiAccessTest {
    private static String pseudonym;
    private static String personId;
    private final ObjectMapper json = new ObjectMapper();

    /** endpoint → least role allowed (roles are cumulative) */
    private static Map<String, Role> endpoints() {
        Map<String, Role> m = new java.util.LinkedHashMap<>();
        m.put("/api/overview", Role.BOARD);
        m.put("/api/cohorts", Role.BOARD);
        m.put("/api/vulnerable", Role.BOARD);
        m.put("/api/waits", Role.BOARD);
        m.put("/api/learning-disability", Role.BOARD);
        m.put("/api/data-quality", Role.ANALYST);
        m.put("/api/linkage-quality", Role.ANALYST);
        m.put("/api/review", Role.ANALYST);
        m.put("/api/child/" + pseudonym + "?purpose=direct_care", Role.OPERATIONAL);
        m.put("/api/agreements", Role.ADMIN);
        m.put("/api/audit", Role.ADMIN);
        return m;
    }

    @BeforeAll
    static void setUp() throws Exception {
        SnapshotFixture.Made area = TestArea.standardArea();
        String agreement = new PolicyGate(AgreementSet.load(area.area()), Clock.systemDefaultZone())
                .decide(AccessRequest.individual("operational", Role.OPERATIONAL, "direct_care", null)).agreement();
        try (Snapshot s = Snapshot.open(area.snapshots().get(area.snapshots().size() - 1))) {
            personId = s.query("SELECT person_id FROM person ORDER BY person_id LIMIT 1", rs -> rs.getString(1)).get(0);
        }
        pseudonym = Pseudonyms.forAgreement(KeyFile.load(area.keyFile()), agreement).of(personId);
    }

    @Test
    void everyRoleGetsTheDataOrA403WithoutData(TestArea area) throws Exception {
        List<String> checked = new ArrayList<>();
        for (Role role : Role.values()) {
            WebClient c = new WebClient(area.base());
            assertThat(c.signIn(role.key(), role.key() + "-demo").statusCode()).isEqualTo(303);
            for (Map.Entry<String, Role> e : endpoints().entrySet()) {
                HttpResponse<String> r = c.get(e.getKey());
                boolean allowed = role.compareTo(e.getValue()) >= 0;
                String label = role.key() + " " + e.getKey();
                JsonNode body = json.readTree(r.body());
                if (allowed) {
                    assertThat(r.statusCode()).as(label).isEqualTo(200);
                    assertThat(body.has("tables") || body.has("pairs")).as(label + " has data").isTrue();
                } else {
                    assertThat(r.statusCode()).as(label).isEqualTo(403);
                    assertThat(body.has("tables") || body.has("pairs") || body.has("summary")).as(label + " leaks data").isFalse();
                    assertThat(r.body()).doesNotContain(personId).doesNotContain(pseudonym);
                }
                assertThat(r.body()).as(label + " never shows internal IDs").doesNotContain(personId);
                checked.add(label);
            }
            // the index lists exactly what the role may call
            JsonNode index = json.readTree(c.get("/api").body());
            long offered = 0;
            for (JsonNode n : index.get("endpoints")) offered++;
            long expected = endpoints().values().stream().filter(least -> role.compareTo(least) >= 0).count();
            assertThat(offered).as(role + " API index").isEqualTo(expected);
        }
        assertThat(checked).hasSize(4 * endpoints().size());
        List<AuditEntry> audit = AuditLog.open(area.made.area()).entries();
        assertThat(audit).anySatisfy(a -> {
            assertThat(a.user()).isEqualTo("board");
            assertThat(a.allowed()).isFalse();
            assertThat(a.what()).contains("/api/audit");
        });
    }

    @Test
    void anonymousRequestsGet401AndNoData(TestArea area) throws Exception {
        WebClient c = new WebClient(area.base());
        for (String e : endpoints().keySet()) {
            HttpResponse<String> r = c.get(e);
            assertThat(r.statusCode()).as(e).isEqualTo(401);
            assertThat(r.body()).doesNotContain("tables");
        }
        HttpResponse<String> page = c.get("/cohorts?age=all");
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location").orElse("")).startsWith("/sign-in?next=");
    }

    @Test
    void childViewNeedsAPurposeCoveredByAnAgreement(TestArea area) throws Exception {
        WebClient c = new WebClient(area.base());
        c.signIn("operational", "operational-demo");
        assertThat(c.get("/api/child/" + pseudonym).statusCode()).isEqualTo(400);
        assertThat(c.get("/api/child/" + pseudonym + "?purpose=marketing").statusCode()).isEqualTo(400);
        HttpResponse<String> ok = c.get("/api/child/" + pseudonym + "?purpose=direct_care");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(json.readTree(ok.body()).get("person").asText()).isEqualTo(pseudonym);
        assertThat(c.get("/api/child/PNOTAREALPSEUDONYM?purpose=direct_care").statusCode()).isEqualTo(404);
    }

    @Test
    void cohortCountsEqualTheSnapshotsMembersUnderTheDisclosureRule(TestArea area) throws Exception {
        WebClient c = new WebClient(area.base());
        c.signIn("board", "board-demo");
        long all;
        long residents;
        try (Snapshot s = Snapshot.open(area.made.snapshots().get(area.made.snapshots().size() - 1))) {
            all = s.count("SELECT count(DISTINCT person_id) FROM cohort_member WHERE cohort = 'ehc_plan'");
            residents = s.count("SELECT count(DISTINCT cm.person_id) FROM cohort_member cm JOIN person p USING (person_id) "
                    + "WHERE cm.cohort = 'ehc_plan' AND p.in_area");
        }
        assertThat(residents).isLessThan(all);
        org.jigsaw.govern.Suppression rule = org.jigsaw.govern.Suppression.nhsEngland();
        assertThat(count(c.get("/api/cohorts").body(), "EHC plan")).isEqualTo((long) rule.count(all).value());
        assertThat(count(c.get("/api/cohorts?residence=in").body(), "EHC plan")).isEqualTo((long) rule.count(residents).value());
    }

    private long count(String body, String title) throws Exception {
        for (JsonNode row : json.readTree(body).get("tables").get(0).get("rows")) {
            if (row.get("cohort").asText().equals(title)) {
                return row.get("count").asLong();
            }
        }
        throw new AssertionError("no cohort row starting " + title);
    }

    @Test
    void aggregatesAreSuppressedInTheApiAsOnScreen(TestArea area) throws Exception {
        WebClient c = new WebClient(area.base());
        c.signIn("board", "board-demo");
        JsonNode api = json.readTree(c.get("/api/cohorts").body());
        String html = c.get("/cohorts").body();
        for (JsonNode row : api.get("tables").get(0).get("rows")) {
            JsonNode count = row.get("count");
            if (count.isNumber()) {
                assertThat(count.asLong() % 5).as("rounded to 5").isZero();
                assertThat(html).contains(String.format(java.util.Locale.ROOT, "%,d", count.asLong()));
            } else {
                assertThat(count.asText()).isEqualTo("*");
            }
        }
    }
}
