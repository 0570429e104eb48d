package org.jigsaw.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jigsaw.area.Area;
import org.jigsaw.progress.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthDeterminismTest {

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }

    @Test
    void sameSeedGivesByteIdenticalFiles(@TempDir Path a, @TempDir Path b) throws IOException {
        Synthesizer.generate(new SynthOptions(5_000, 11, 0), a, Progress.NONE);
        Synthesizer.generate(new SynthOptions(5_000, 11, 0), b, Progress.NONE);
        List<Path> fa = files(a);
        assertThat(fa).isEqualTo(files(b)).hasSizeGreaterThan(30);
        for (Path f : fa) {
            assertThat(Files.readAllBytes(a.resolve(f))).as(f.toString()).isEqualTo(Files.readAllBytes(b.resolve(f)));
        }
    }

    @Test
    void anotherSeedGivesOtherData(@TempDir Path a, @TempDir Path b) throws IOException {
        Synthesizer.generate(new SynthOptions(2_000, 1, 0), a, Progress.NONE);
        Synthesizer.generate(new SynthOptions(2_000, 2, 0), b, Progress.NONE);
        assertThat(Files.readString(a.resolve("truth/persons.csv"))).isNotEqualTo(Files.readString(b.resolve("truth/persons.csv")));
    }

    @Test
    void termsLaterShowTheSamePeopleWithLaterExtracts(@TempDir Path now, @TempDir Path later) throws IOException {
        SynthResult r0 = Synthesizer.generate(new SynthOptions(5_000, 5, 0), now, Progress.NONE);
        SynthResult r2 = Synthesizer.generate(new SynthOptions(5_000, 5, 2), later, Progress.NONE);
        assertThat(r2.referenceDate()).isEqualTo(r0.referenceDate().plusMonths(8));
        assertThat(Area.open(later).config().referenceDate()).isEqualTo(r2.referenceDate());

        Set<String> keys0 = lines(now.resolve("truth/records.csv"));
        Set<String> keys2 = lines(later.resolve("truth/records.csv"));
        Set<String> persisting = new HashSet<>(keys0);
        persisting.retainAll(keys2);
        // Most pupils stay on roll from spring to autumn: their census rows keep their record ids and person.
        long census0 = keys0.stream().filter(k -> k.startsWith("school_census:")).count();
        long censusBoth = persisting.stream().filter(k -> k.startsWith("school_census:")).count();
        assertThat(censusBoth).isGreaterThan(census0 / 2);
        // …and leavers and joiners change the roll.
        assertThat(keys2).isNotEqualTo(keys0);

        Set<String> people0 = column(now.resolve("truth/persons.csv"), 0);
        Set<String> people2 = column(later.resolve("truth/persons.csv"), 0);
        Set<String> same = new HashSet<>(people0);
        same.retainAll(people2);
        assertThat(same.size()).isGreaterThan(people0.size() * 8 / 10);
        // Identity of a persisting person does not change (same NHS number, same date of birth).
        Set<String> ids0 = column(now.resolve("truth/persons.csv"), 0, 5, 7);
        Set<String> ids2 = column(later.resolve("truth/persons.csv"), 0, 5, 7);
        ids0.retainAll(ids2);
        assertThat(ids0.size()).isEqualTo(same.size());
        assertThat(files(later).stream().map(Path::toString).filter(f -> f.startsWith("extracts/school_census_2026_autumn"))).hasSize(3); // CBDS: pupilonroll, senneeds, addressesonroll
    }

    private static Set<String> lines(Path f) throws IOException {
        try (Stream<String> s = Files.lines(f)) {
            return s.skip(1).collect(Collectors.toSet());
        }
    }

    private static Set<String> column(Path f, int... cols) throws IOException {
        try (Stream<String> s = Files.lines(f)) {
            return s.skip(1).map(l -> {
                String[] p = l.split(",", -1);
                StringBuilder b = new StringBuilder();
                for (int c : cols) b.append(p[c]).append('|');
                return b.toString();
            }).collect(Collectors.toCollection(HashSet::new));
        }
    }
}
