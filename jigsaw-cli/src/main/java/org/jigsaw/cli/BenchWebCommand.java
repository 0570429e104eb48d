package org.jigsaw.cli;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jigsaw.govern.Role;
import org.jigsaw.keys.KeyFile;
import org.jigsaw.web.DashboardServer;
import org.jigsaw.web.Dashboards;
import org.jigsaw.web.WebSettings;
import org.jigsaw.web.auth.Authenticator;
import org.jigsaw.web.auth.Credentials;
import org.jigsaw.web.auth.Principal;
import org.jigsaw.web.bench.LoadBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jigsaw bench web AREA}: concurrent simulated users against the dashboard served in this process. */
@Command(name = "web", mixinStandardHelpOptions = true,
        description = "Load-test the dashboard: N concurrent signed-in users browsing pages, filters, CSV and API for S seconds; prints p95 page time.")
public final class BenchWebCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "AREA", description = "an area folder with a current snapshot (e.g. demo-area)")
    Path area;

    @Option(names = "--users", defaultValue = "50", description = "concurrent users (default: ${DEFAULT-VALUE})")
    int users;

    @Option(names = "--seconds", defaultValue = "60", description = "how long to run (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--keys", description = "the key file (default: $JIGSAW_KEYS or ~/.jigsaw/keys.yaml)")
    Path keys;

    @Override
    public Integer call() throws Exception {
        // a one-off analyst account that exists only in this process: the benchmark exercises the real sign-in, sessions and gate
        String user = "bench-load";
        String password = LoadBenchmark.oneOffPassword();
        byte[] expected = password.getBytes(StandardCharsets.UTF_8);
        Authenticator bench = c -> c instanceof Credentials.Password p && user.equals(p.username())
                && MessageDigest.isEqual(expected, new String(p.password()).getBytes(StandardCharsets.UTF_8))
                ? Optional.of(new Principal(user, "Load benchmark", Role.ANALYST)) : Optional.empty();
        Path keyFile = keys != null ? keys : KeyFile.defaultLocation();
        try (DashboardServer server = Dashboards.create(WebSettings.of(area, "127.0.0.1", 0), keyFile, bench).start()) {
            System.err.printf("[jigsaw] %d users for %d s against http://127.0.0.1:%d ...%n", users, seconds, server.port());
            LoadBenchmark.Result r = new LoadBenchmark("http://127.0.0.1:" + server.port(), user, password).run(users, Duration.ofSeconds(seconds));
            System.out.println(r.json());
            return r.errors() == 0 ? 0 : 1;
        }
    }
}
