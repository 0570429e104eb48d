package org.jigsaw.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.jigsaw.govern.PasswordHasher;
import org.jigsaw.govern.Role;
import org.jigsaw.govern.User;
import org.jigsaw.govern.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jigsaw users}: the accounts in {@code users.yaml} for the embedded login. */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "List, add or remove the web accounts in AREA/users.yaml (passwords stored as Argon2id hashes).",
        subcommands = {UsersCommand.ListUsers.class, UsersCommand.Add.class, UsersCommand.Remove.class})
public final class UsersCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static List<User> existing(Path area) throws Exception {
        return Files.exists(area.resolve(Users.FILE)) ? new ArrayList<>(Users.load(area).all()) : new ArrayList<>();
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts and their roles.")
    static final class ListUsers implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "AREA", description = "the area folder")
        Path area;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            var out = spec.commandLine().getOut();
            for (User u : Users.load(area).all()) {
                out.printf("%-24s %-12s %-30s %s%n", u.username(), u.role().key(), u.displayName(),
                        u.remit().isEmpty() ? "(whole area)" : String.join(", ", u.remit()));
            }
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add an account, or reset its password and role; the password is read from the terminal or stdin.")
    static final class Add implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "AREA", description = "the area folder")
        Path area;

        @Parameters(index = "1", paramLabel = "USERNAME", description = "login name (lower case)")
        String username;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "board, analyst, operational or admin")
        String role;

        @Option(names = "--name", paramLabel = "TEXT", description = "display name")
        String name;

        @Option(names = "--remit", paramLabel = "TEAM", split = ",", description = "teams or localities an operational user may see (default: whole area)")
        List<String> remit = new ArrayList<>();

        @Option(names = "--password-stdin", description = "read the password from the first line of standard input")
        boolean stdin;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Role r;
            try {
                r = Role.fromKey(role);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown role '" + role + "' (board, analyst, operational, admin)");
            }
            char[] pw = readPassword();
            try {
                if (pw.length < 12) throw new IllegalArgumentException("password too short: use at least 12 characters");
                List<User> users = existing(area);
                users.removeIf(u -> u.username().equals(username));
                users.add(new User(username, name, r, remit, new PasswordHasher().hash(pw)));
                Users.write(area.resolve(Users.FILE), users);
            } finally {
                Arrays.fill(pw, '\0');
            }
            spec.commandLine().getOut().println("Saved account " + username + " (" + r.key() + ") in " + area.resolve(Users.FILE));
            return 0;
        }

        private char[] readPassword() throws Exception {
            if (!stdin && System.console() != null) {
                char[] a = System.console().readPassword("Password for %s: ", username);
                char[] b = System.console().readPassword("Again: ");
                if (a == null || !Arrays.equals(a, b)) throw new IllegalArgumentException("passwords do not match");
                return a;
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) throw new IllegalArgumentException("no password on standard input");
            return line.toCharArray();
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an account.")
    static final class Remove implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "AREA", description = "the area folder")
        Path area;

        @Parameters(index = "1", paramLabel = "USERNAME", description = "login name")
        String username;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            List<User> users = existing(area);
            if (!users.removeIf(u -> u.username().equals(username))) throw new IllegalArgumentException("no account '" + username + "'");
            Users.write(area.resolve(Users.FILE), users);
            spec.commandLine().getOut().println("Removed account " + username);
            return 0;
        }
    }
}
