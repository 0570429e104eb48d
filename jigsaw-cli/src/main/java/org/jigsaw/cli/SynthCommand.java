package org.jigsaw.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jigsaw.synth.SynthOptions;
import org.jigsaw.synth.SynthResult;
import org.jigsaw.synth.Synthesizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jigsaw synth}: writes a seeded synthetic local area with its ground truth. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = "Make a synthetic local area (extracts, source definitions, ground truth) from a seed.")
public final class SynthCommand implements Callable<Integer> {

    @Option(names = "--children", defaultValue = "60000",
            description = "Residents aged 0-25 on the reference date (default: ${DEFAULT-VALUE}).")
    int children;

    @Option(names = "--seed", defaultValue = "7", description = "Random seed; the same seed gives identical files (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", defaultValue = "demo-area", description = "Area folder to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--terms-later", defaultValue = "0",
            description = "Take the extracts K school terms (4 months each) later: same people, later events (0-12).")
    int termsLater;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        SynthResult r = Synthesizer.generate(new SynthOptions(children, seed, termsLater), out, new ConsoleProgress(System.err));
        System.out.printf("Synthetic area written to %s (reference date %s, %.1f s)%n", out, r.referenceDate(),
                (System.nanoTime() - t0) / 1e9);
        System.out.printf("  residents aged 0-25: %,d   persons in truth: %,d   records: %,d   planted faults: %,d%n",
                r.population(), r.persons(), r.records(), r.faults());
        for (Map.Entry<String, Integer> e : r.rowsBySource().entrySet())
            System.out.printf("  %-16s %,9d records%n", e.getKey(), e.getValue());
        if (!java.nio.file.Files.isDirectory(out.resolve("agreements"))) {
            // the refresh ingests only what agreements cover: say so before a first refresh comes back empty
            System.out.printf("No data-sharing agreements in %s: a refresh ingests nothing until agreements cover its datasets"
                    + " (docs/governance.md). 'jigsaw demo --out %s' adds the demo agreements and logins.%n", out.resolve("agreements"), out);
        }
        return 0;
    }
}
