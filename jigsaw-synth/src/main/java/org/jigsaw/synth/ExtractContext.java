package org.jigsaw.synth;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;
import org.jigsaw.record.SourceRecord;

/** What every extract writer needs: the people, the reference date, random streams, faults and truth. */
public final class ExtractContext {
    private final Universe universe;
    private final LocalDate reference;
    private final Seeds seeds;
    private final FaultInjector faults;
    private final TruthLog truth;
    private final Path areaDir;

    public ExtractContext(Universe universe, LocalDate reference, Seeds seeds, FaultInjector faults, TruthLog truth,
                          Path areaDir) {
        this.universe = universe;
        this.reference = reference;
        this.seeds = seeds;
        this.faults = faults;
        this.truth = truth;
        this.areaDir = areaDir;
    }

    public Universe universe() {
        return universe;
    }

    public List<Person> persons() {
        return universe.persons();
    }

    public LocalDate reference() {
        return reference;
    }

    public Seeds seeds() {
        return seeds;
    }

    public TruthLog truth() {
        return truth;
    }

    public Path areaDir() {
        return areaDir;
    }

    public Path extracts() {
        return areaDir.resolve("extracts");
    }

    /** A record's own random stream: the same record draws the same faults at every reference date. */
    public RandomGenerator rng(String source, long slot) {
        return seeds.stream("record:" + source, slot);
    }

    public IdentityView view(Person p, SourcePolicy policy, RandomGenerator r) {
        return faults.view(p, reference, policy, r);
    }

    public Table table(String source, List<String> header) {
        return new Table(this, source, header);
    }

    /** Registers a record written outside a {@link Table} (XML). */
    public String registerRecord(String source, String localId, Person p, List<Fault> recordFaults) {
        return register(source, localId, p, recordFaults);
    }

    /** Registers a record and its faults, adding the area and age-range faults the truth implies. */
    String register(String source, String localId, Person p, List<Fault> recordFaults) {
        String key = SourceRecord.key(source, localId);
        truth.record(key, p);
        for (Fault f : recordFaults) truth.fault(source, key, 0, f.kind(), f.field());
        if (!p.residentOn(reference)) truth.fault(source, key, 0, FaultKind.OUT_OF_AREA, "postcode");
        int age = p.ageOn(reference);
        if (age > 25 || age < 0) truth.fault(source, key, 0, FaultKind.OUT_OF_AGE_RANGE, "dob");
        return key;
    }

    public void fault(String source, String key, long line, FaultKind kind, String field) {
        truth.fault(source, key, line, kind, field);
    }
}
