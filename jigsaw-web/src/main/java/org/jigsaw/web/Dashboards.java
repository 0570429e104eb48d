package org.jigsaw.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.jigsaw.govern.AgreementSet;
import org.jigsaw.govern.AuditLog;
import org.jigsaw.govern.PolicyGate;
import org.jigsaw.govern.Users;
import org.jigsaw.keys.KeyFile;
import org.jigsaw.privacy.Pseudonyms;
import org.jigsaw.web.access.GovernAudit;
import org.jigsaw.web.access.GovernDisclosure;
import org.jigsaw.web.access.GovernGate;
import org.jigsaw.web.access.Pseudonymiser;
import org.jigsaw.web.auth.Authenticator;
import org.jigsaw.web.auth.UsersAuthenticator;
import org.jigsaw.web.page.AgreementsPage;
import org.jigsaw.web.page.AuditPage;
import org.jigsaw.web.page.CohortsPage;
import org.jigsaw.web.page.DataQualityPage;
import org.jigsaw.web.page.LearningDisabilityPage;
import org.jigsaw.web.page.LinkageQualityPage;
import org.jigsaw.web.page.OverviewPage;
import org.jigsaw.web.page.Page;
import org.jigsaw.web.page.VulnerablePage;
import org.jigsaw.web.page.WaitsPage;

/** Assembles the dashboard for an area folder from the governance module's parts. */
public final class Dashboards {
    private Dashboards() {
    }

    /**
     * The standard dashboard: accounts from {@code users.yaml}, the policy gate over
     * {@code agreements/}, suppression from the agreements, the hash-chained audit log, and
     * pseudonyms under each agreement's key from {@code keyFile} (outside the area).
     *
     * @param extra an authenticator tried before the accounts file (the load benchmark's one-off account), or null
     */
    public static DashboardServer create(WebSettings settings, Path keyFile, Authenticator extra) {
        Path area = settings.area();
        AgreementSet agreements;
        KeyFile keys;
        try {
            agreements = AgreementSet.load(area);
            KeyFile.requireOutside(keyFile, area);
            keys = KeyFile.load(keyFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the area's governance files: " + e.getMessage(), e);
        }
        PolicyGate policy = new PolicyGate(agreements, Clock.systemDefaultZone());
        UsersAuthenticator users = new UsersAuthenticator(area.resolve(Users.FILE));
        Supplier<Users> userList = users::users;
        GovernGate gate = new GovernGate(policy, userList);
        // the head's outside copy goes beside the key file this server was given, like the CLI's beside its own
        GovernAudit audit = new GovernAudit(AuditLog.open(area, Clock.systemUTC(), keyFile.toAbsolutePath().getParent()));
        Pseudonymiser pseudonyms = new Pseudonymiser(agreement -> Pseudonyms.forAgreement(keys, agreement));
        List<Page> pages = List.of(new OverviewPage(), new CohortsPage(), new VulnerablePage(), new WaitsPage(), new LearningDisabilityPage(),
                new DataQualityPage(), new LinkageQualityPage(), new AgreementsPage(() -> agreements), new AuditPage(audit));
        Authenticator auth = extra == null ? users : users.or(extra);
        return new DashboardServer(settings, new DashboardServer.Parts(auth, gate, new GovernDisclosure(agreements.suppression()), audit, pseudonyms,
                gate::individualPurposes, pages));
    }
}
