package org.jigsaw.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jigsaw.govern.Agreement;
import org.jigsaw.govern.AgreementSet;
import org.jigsaw.govern.AuditEntry;
import org.jigsaw.keys.KeyFile;
import org.jigsaw.privacy.Pseudonyms;
import org.jigsaw.store.Snapshot;
import org.jigsaw.web.fixture.SnapshotFixture;
import org.jigsaw.web.support.AuditTail;
import org.jigsaw.web.support.TestArea;
import org.jigsaw.web.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clerical review queue under the agreements: open only where one lists {@code linkage_review}
 * for the reviewer's role, showing only the fields it shares, and audited by stable record pseudonyms.
 */
class ReviewAgreementTest {
    private static final Pattern AUDITED = Pattern.compile("^record:(P[A-Z2-7]{16}) record:(P[A-Z2-7]{16}) pair:(R[A-Z2-7]{16}) \\(([^)]+)\\)$");

    /** The purpose agreements list for clerical review ({@code PolicyGate.LINKAGE_REVIEW}). */
    private static final String REVIEW_PURPOSE = "linkage_review";

    @TempDir
    Path dir;

    /** The pair's records as the audit entry names them: pseudonym → record key, under the agreement named. */
    private static Map<String, String> recordsNamed(TestArea area, String what) throws Exception {
        Matcher m = AUDITED.matcher(what);
        assertThat(m.matches()).as(what).isTrue();
        Pseudonyms p = Pseudonyms.forAgreement(KeyFile.load(area.made.keyFile()), m.group(4));
        Map<String, String> byPseudonym = new HashMap<>();
        try (Snapshot s = Snapshot.open(area.made.snapshots().get(area.made.snapshots().size() - 1))) {
            s.query("SELECT left_key, right_key FROM pair WHERE decision = 'REVIEW'", rs -> {
                byPseudonym.put(p.of(rs.getString(1)), rs.getString(1));
                byPseudonym.put(p.of(rs.getString(2)), rs.getString(2));
                return null;
            });
        }
        Map<String, String> out = new LinkedHashMap<>();
        out.put(m.group(1), byPseudonym.get(m.group(1)));
        out.put(m.group(2), byPseudonym.get(m.group(2)));
        assertThat(out.values()).as("both pseudonyms are of records in review pairs").doesNotContainNull();
        return out;
    }

    private static AuditEntry reviewView(TestArea area) throws Exception {
        WebClient c = new WebClient(area.base());
        c.signIn("analyst", "analyst-demo");
        AuditTail tail = AuditTail.from(area.made.area());
        HttpResponse<String> r = c.get("/review");
        assertThat(r.statusCode()).isEqualTo(200);
        return tail.of("analyst", "review_view").get(0);
    }

    @Test
    void theReviewIsAuditedUnderItsAgreementPurposeWithRecordPseudonymsStableAcrossRestarts() throws Exception {
        TestArea area = TestArea.create(dir, 300);
        AuditEntry first;
        try {
            first = reviewView(area);
        } finally {
            area.server.close();
        }
        assertThat(first.purpose()).isEqualTo(REVIEW_PURPOSE);
        Matcher m = AUDITED.matcher(first.what());
        assertThat(m.matches()).as(first.what()).isTrue();
        assertThat(AgreementSet.load(area.made.area()).find(m.group(4)).orElseThrow().purposes()).as("the agreement named grants the review")
                .containsKey(REVIEW_PURPOSE);
        Map<String, String> records = recordsNamed(area, first.what());
        records.values().forEach(key -> assertThat(first.what()).as("no record key in clear").doesNotContain(key));

        TestArea restarted = TestArea.serve(area.made);
        try {
            assertThat(reviewView(restarted).what()).as("the same pair names the same records after a restart").isEqualTo(first.what());
        } finally {
            restarted.server.close();
        }
    }

    @Test
    void withoutAnAgreementListingTheReviewPurposeTheQueueIsRefusedAndTheRefusalAudited() throws Exception {
        SnapshotFixture.Made made = SnapshotFixture.make(dir.resolve("area"), dir.resolve("keys/keys.yaml"), 300, 42);
        for (Agreement a : AgreementSet.load(made.area()).all()) AgreementSet.write(made.area(), withoutReview(a));
        TestArea area = TestArea.serve(made);
        try {
            WebClient c = new WebClient(area.base());
            c.signIn("analyst", "analyst-demo");
            AuditTail tail = AuditTail.from(made.area());
            HttpResponse<String> page = c.get("/review");
            assertThat(page.statusCode()).isEqualTo(403);
            assertThat(page.body()).contains("linkage_review").contains("individual access").doesNotContain("NHS number");
            assertThat(c.get("/api/review").statusCode()).isEqualTo(403);
            assertThat(c.submit("/overview", "/review", Map.of("pair", "RX", "decision", "match")).statusCode()).isEqualTo(403);
            assertThat(c.get("/overview").body()).as("the queue is not offered").doesNotContain("href=\"/review\"");
            List<AuditEntry> refused = tail.of("analyst", "forbidden");
            assertThat(refused).hasSize(3).allSatisfy(e -> {
                assertThat(e.allowed()).isFalse();
                assertThat(e.purpose()).isEqualTo(REVIEW_PURPOSE);
            });
            assertThat(tail.entries()).noneMatch(e -> e.action().startsWith("review"));
        } finally {
            area.server.close();
        }
    }

    @Test
    void theQueueShowsOnlyTheFieldsTheReviewAgreementShares() throws Exception {
        SnapshotFixture.Made made = SnapshotFixture.make(dir.resolve("area"), dir.resolve("keys/keys.yaml"), 300, 42);
        List<Agreement> demo = AgreementSet.load(made.area()).all();
        for (Agreement a : demo) AgreementSet.write(made.area(), withoutReview(a));
        AgreementSet.write(made.area(), namesOnlyReview(demo.get(0)));
        KeyFile.init(made.keyFile(), List.of("review-names-only"));
        TestArea area = TestArea.serve(made);
        try {
            WebClient c = new WebClient(area.base());
            c.signIn("analyst", "analyst-demo");
            AuditTail tail = AuditTail.from(made.area());
            String body = c.get("/review").body();
            assertThat(body).as("identifiers the review agreement does not share").doesNotContain(">NHS number<").doesNotContain(">UPN<")
                    .doesNotContain(">Postcode<").contains(">Given name<");
            AuditEntry view = tail.of("analyst", "review_view").get(0);
            assertThat(view.what()).endsWith("(review-names-only)");
            List<String> shown = new ArrayList<>();
            List<String> hidden = new ArrayList<>();
            try (Snapshot s = Snapshot.open(made.snapshots().get(made.snapshots().size() - 1))) {
                for (String key : recordsNamed(area, view.what()).values()) {
                    s.query("SELECT given_name, coalesce(nhs_number, ''), coalesce(upn, ''), coalesce(postcode, '') FROM record WHERE record_key = ?", rs -> {
                        shown.add(rs.getString(1));
                        for (int i = 2; i <= 4; i++) if (!rs.getString(i).isEmpty()) hidden.add(rs.getString(i));
                        return null;
                    }, key);
                }
            }
            assertThat(hidden).as("the fixture's pair has identifiers to withhold").isNotEmpty();
            assertThat(body).contains(shown.get(0));
            hidden.forEach(v -> assertThat(body).as("not shared for review").doesNotContain(v));
        } finally {
            area.server.close();
        }
    }

    /** The demo agreement without the review purpose nor its grant. */
    private static Agreement withoutReview(Agreement a) {
        Map<String, String> purposes = new LinkedHashMap<>(a.purposes());
        purposes.remove(REVIEW_PURPOSE);
        List<Agreement.AccessRule> access = a.access().stream().filter(r -> !r.purposes().contains(REVIEW_PURPOSE)).toList();
        return new Agreement(a.id(), a.title(), a.parties(), purposes, a.lawfulBasis(), a.datasets(), access, a.suppression(),
                a.start(), a.review(), a.end(), a.retention());
    }

    /** An agreement for clerical review of every fixture dataset that shares names, date of birth and sex only. */
    private static Agreement namesOnlyReview(Agreement like) {
        List<Agreement.DatasetShare> datasets = new ArrayList<>();
        for (String d : List.of("school_census", "sen2", "cin", "yjs", "csds", "camhs", "gp_ld")) {
            datasets.add(new Agreement.DatasetShare(d, "test", List.of("given_name", "family_name", "dob", "sex"), List.of()));
        }
        return new Agreement("review-names-only", "Clerical review with names only", like.parties(),
                Map.of(REVIEW_PURPOSE, "Clerical review of uncertain linkage pairs"), like.lawfulBasis(), datasets,
                List.of(new Agreement.AccessRule("analyst", "individual", List.of(REVIEW_PURPOSE))), null,
                like.start(), like.review(), like.end(), like.retention());
    }
}
