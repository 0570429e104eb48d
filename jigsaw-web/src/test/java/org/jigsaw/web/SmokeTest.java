package org.jigsaw.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jigsaw.web.support.OwnServer;
import org.jigsaw.web.support.TestArea;
import org.jigsaw.web.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(OwnServer.class)
class SmokeTest {
    @Test
    void everyPageRendersForAdmin(TestArea area) throws Exception {
        WebClient c = new WebClient(area.base());
        assertThat(c.signIn("admin", "admin-demo").statusCode()).isEqualTo(303);
        for (String p : new String[] {"/overview", "/cohorts", "/vulnerable", "/waits", "/learning-disability", "/data-quality", "/linkage-quality",
                "/review", "/agreements", "/audit", "/child"}) {
            var r = c.get(p);
            System.out.println(p + " " + r.statusCode() + " " + r.body().length());
            if (r.statusCode() != 200) System.out.println(r.body());
            assertThat(r.statusCode()).as(p).isEqualTo(200);
        }
    }
}
