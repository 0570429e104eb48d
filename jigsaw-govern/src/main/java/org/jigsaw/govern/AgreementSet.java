package org.jigsaw.govern;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jigsaw.area.ConfigYaml;
import org.jigsaw.ingest.SourceDefinition;
import org.jigsaw.record.Field;

/**
 * The area's data-sharing agreements ({@code agreements/*.yaml}) and the rules the pipeline
 * enforces from them: admission of sources, field filtering, expiry and retention.
 */
public final class AgreementSet {
    public static final String DIR = "agreements";

    private final List<Agreement> agreements;

    public AgreementSet(List<Agreement> agreements) {
        Map<String, Agreement> ids = new HashMap<>();
        for (Agreement a : agreements) {
            List<String> problems = a.problems();
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("agreement " + a.id() + ": " + String.join("; ", problems));
            }
            if (ids.put(a.id(), a) != null) throw new IllegalArgumentException("duplicate agreement id '" + a.id() + "'");
        }
        this.agreements = agreements.stream().sorted(Comparator.comparing(Agreement::id)).toList();
    }

    /** Reads every {@code AREA/agreements/*.yaml}; an area without the folder has no agreements. */
    public static AgreementSet load(Path areaDir) throws IOException {
        Path dir = areaDir.resolve(DIR);
        List<Agreement> list = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            List<Path> files = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.{yaml,yml}")) {
                ds.forEach(files::add);
            }
            files.sort(null);
            for (Path f : files) {
                // a malformed agreement stops governance altogether: nothing is shared on a policy no one can read
                Agreement a = ConfigYaml.read(f, DIR + "/" + f.getFileName(), Agreement.class);
                List<String> problems = a.problems();
                if (!problems.isEmpty()) {
                    throw new IOException(DIR + "/" + f.getFileName() + ": " + String.join("; ", problems));
                }
                list.add(a);
            }
        }
        try {
            return new AgreementSet(list);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    public static void write(Path areaDir, Agreement agreement) throws IOException {
        Path dir = Files.createDirectories(areaDir.resolve(DIR));
        YamlWriter.mapper().writeValue(dir.resolve(agreement.id() + ".yaml").toFile(), agreement);
    }

    public List<Agreement> all() {
        return agreements;
    }

    public Optional<Agreement> find(String id) {
        return agreements.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** In-force agreements on {@code date} that cover {@code dataset}. */
    public List<Agreement> covering(String dataset, LocalDate date) {
        return agreements.stream()
                .filter(a -> a.dataset(dataset).isPresent() && a.status(date).inForce())
                .toList();
    }

    /**
     * Whether {@code source} may be ingested on {@code date}: only with an in-force agreement
     * covering its dataset, only the fields and facts the agreements list, and not when its
     * extract is already past retention.
     */
    public Admission admit(SourceDefinition source, LocalDate date) {
        String dataset = source.dataset() == null || source.dataset().isBlank() ? source.name() : source.dataset();
        List<Agreement> in = covering(dataset, date);
        if (in.isEmpty()) {
            List<Agreement> any = agreements.stream().filter(a -> a.dataset(dataset).isPresent()).toList();
            if (any.isEmpty()) {
                return Admission.refused(source.name(), dataset, "source " + source.name() + " not ingested: no data-sharing"
                        + " agreement covers dataset '" + dataset + "'");
            }
            StringBuilder why = new StringBuilder("source " + source.name() + " not ingested: ");
            for (int i = 0; i < any.size(); i++) {
                Agreement a = any.get(i);
                why.append(i == 0 ? "" : "; ").append("agreement ").append(a.id())
                        .append(a.status(date) == AgreementStatus.ENDED ? " ended on " + a.end() : " starts on " + a.start());
            }
            return Admission.refused(source.name(), dataset, why.toString());
        }
        Set<Field> fields = EnumSet.noneOf(Field.class);
        Set<String> facts = new TreeSet<>();
        LocalDate cutoff = null;
        for (Agreement a : in) {
            Agreement.DatasetShare share = a.dataset(dataset).orElseThrow();
            share.fields().forEach(f -> fields.add(Field.fromKey(f)));
            facts.addAll(share.facts());
            LocalDate c = a.retentionCutoff(date);
            // the most generous in-force agreement decides how long data may be kept
            if (cutoff == null || c.isBefore(cutoff)) cutoff = c;
        }
        List<String> ids = in.stream().map(Agreement::id).toList();
        if (source.extractDate() != null && source.extractDate().isBefore(cutoff)) {
            return Admission.refused(source.name(), dataset, "source " + source.name() + " not ingested: extract of "
                    + source.extractDate() + " is past retention (data before " + cutoff + " is deleted under "
                    + String.join(", ", ids) + ")");
        }
        List<String> dropped = new ArrayList<>();
        if (source.fields() != null) {
            for (String key : new LinkedHashSet<>(source.fields().keySet())) {
                Field f;
                try {
                    f = Field.fromKey(key);
                } catch (IllegalArgumentException e) {
                    dropped.add(key);
                    continue;
                }
                if (!fields.contains(f)) dropped.add(key);
            }
        }
        String reason = "source " + source.name() + " admitted under " + String.join(", ", ids)
                + (dropped.isEmpty() ? "" : "; fields outside the agreement are discarded: " + String.join(", ", dropped));
        return new Admission(source.name(), dataset, true, reason, ids, fields, facts, dropped, cutoff);
    }

    /**
     * What a run must say on {@code date}: agreements that ended (their data stops being used),
     * have not started, or are due for review or end within 30 days.
     */
    public List<String> notices(LocalDate date) {
        List<String> out = new ArrayList<>();
        for (Agreement a : agreements) out.addAll(a.warnings(date, 30));
        return out;
    }

    /** The disclosure control for output combining {@code datasets}: the strictest of their agreements' rules. */
    public Suppression suppressionFor(java.util.Collection<String> datasets, LocalDate date) {
        Suppression s = null;
        for (String d : datasets) {
            for (Agreement a : agreements) {
                if (a.dataset(d).isPresent()) s = s == null ? a.suppressionRule() : s.strictest(a.suppressionRule());
            }
        }
        return s == null ? Suppression.nhsEngland() : s;
    }

    /**
     * The disclosure control for output that may combine any of the area's data (a dashboard, a
     * cohort listing): the strictest of every agreement's rule, the NHS England rule when there are none.
     */
    public Suppression suppression() {
        return agreements.stream().map(Agreement::suppressionRule).reduce(Suppression::strictest).orElse(Suppression.nhsEngland());
    }
}
