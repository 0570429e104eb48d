package org.jigsaw.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jigsaw.govern.Agreement;
import org.jigsaw.govern.AgreementSet;
import org.jigsaw.keys.KeyFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jigsaw keys}: the secret key file for pseudonyms and privacy-preserving linkage. */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = "Create and check the secret keys for pseudonyms and privacy-preserving linkage.",
        subcommands = {KeysCommand.Init.class, KeysCommand.Check.class})
public final class KeysCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Create the key file (or add missing keys): one key per agreement, plus the linkage key. Never replaces a key.")
    static final class Init implements java.util.concurrent.Callable<Integer> {
        @Option(names = "--file", paramLabel = "PATH", description = "key file (default: $JIGSAW_KEYS or ~/.jigsaw/keys.yaml); keep it outside the area folder")
        Path file;

        @Option(names = "--area", paramLabel = "AREA", description = "add a key for each agreement of this area")
        Path area;

        @Option(names = "--name", paramLabel = "NAME", description = "add a key with this name (repeatable; default: linkage)")
        List<String> names = new ArrayList<>();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Path f = file == null ? KeyFile.defaultLocation() : file;
            List<String> want = new ArrayList<>(names);
            if (area != null) {
                KeyFile.requireOutside(f, area);
                for (Agreement a : AgreementSet.load(area).all()) want.add(a.id());
            }
            if (want.isEmpty()) want.add(KeyFile.LINKAGE);
            Collection<String> added = KeyFile.init(f, want);
            KeyFile keys = KeyFile.load(f);
            var out = spec.commandLine().getOut();
            out.println((added.isEmpty() ? "No new keys; " : "Added " + added.size() + " key(s); ") + "key file " + f + " (mode 600):");
            for (String n : keys.names()) {
                out.printf("  %-30s check value %s%s%n", n, keys.check(n), added.contains(n) ? "  (new)" : "");
            }
            out.println("Share a linkage key with a partner by a secure channel; confirm it by its check value, never by the key.");
            return 0;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, description = "Print the check value of each key (safe to share; the keys are not shown).")
    static final class Check implements java.util.concurrent.Callable<Integer> {
        @Option(names = "--file", paramLabel = "PATH", description = "key file (default: $JIGSAW_KEYS or ~/.jigsaw/keys.yaml)")
        Path file;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            KeyFile keys = KeyFile.load(file == null ? KeyFile.defaultLocation() : file);
            for (String n : keys.names()) spec.commandLine().getOut().printf("%-30s %s%n", n, keys.check(n));
            return 0;
        }
    }
}
