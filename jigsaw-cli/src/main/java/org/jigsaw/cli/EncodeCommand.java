package org.jigsaw.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jigsaw.privacy.EncodingSpec;
import org.jigsaw.keys.KeyFile;
import org.jigsaw.privacy.PprlEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jigsaw encode}: run at a health partner, replaces identifiers with keyed encodings. */
@Command(name = "encode", mixinStandardHelpOptions = true,
        description = "Replace identifiers in a CSV extract with keyed encodings (HMAC, Bloom filters) for privacy-preserving linkage.")
public final class EncodeCommand implements Callable<Integer> {
    @Option(names = "--key", required = true, paramLabel = "KEYFILE", description = "key file holding the linkage key agreed with the other party")
    Path key;

    @Option(names = "--key-name", paramLabel = "NAME", defaultValue = KeyFile.LINKAGE, description = "name of the key in the key file (default: ${DEFAULT-VALUE})")
    String keyName;

    @Option(names = "--in", required = true, paramLabel = "CSV", description = "the extract with identifiers in clear")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "CSV", description = "the encoded extract to send (metadata goes to CSV.meta.json)")
    Path out;

    @Option(names = "--map", paramLabel = "YAML", description = "encoding spec: which column is which field, how to encode it, what to keep; "
            + "default: columns named nhs_number, dob, given_name, family_name, sex, postcode...")
    Path map;

    @Option(names = "--check", paramLabel = "KCV", description = "expected check value of the key (overrides the spec's key_check)")
    String check;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        InputFiles.require(in, map);
        KeyFile keys = KeyFile.load(key);
        EncodingSpec s = map == null ? new EncodingSpec(null, null, null, null, null) : EncodingSpec.load(map);
        if (check != null) s = new EncodingSpec(check, s.id(), s.fields(), s.keep(), s.bloom());
        PprlEncoder.Report r = new PprlEncoder(keys, keyName, s).encode(in, out);
        var w = spec.commandLine().getOut();
        w.printf("Encoded %,d records to %s (key check value %s).%n", r.rows(), out, r.keyCheck());
        if (s.keyCheck() == null) {
            w.println("No expected key check value given: confirm " + r.keyCheck() + " with the other party before sending.");
        }
        r.missing().forEach((f, n) -> w.printf("  %s: %,d value(s) not valid, left blank%n", f, n));
        if (r.skipped() > 0) w.printf("  %,d damaged row(s) skipped (field count differs from the header)%n", r.skipped());
        if (!r.dropped().isEmpty()) w.println("  columns dropped (not sent): " + String.join(", ", r.dropped()));
        return 0;
    }
}
