package org.jigsaw.link.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jigsaw.area.Area;

/**
 * {@code linkage.yaml}: how records become persons. The default for children's records ships as
 * {@code org/jigsaw/link/default-linkage.yaml}; docs/link.md explains every key.
 *
 * @param prior probability that two random records are the same person; null = estimated by EM
 * @param evidenceRequired comparisons of which at least one must agree (any level but null and
 *                         "else") for the model to accept a pair: without a name or identifier in
 *                         common, a shared birth date and postcode is a review, never a link
 */
public record LinkSpec(@JsonProperty("link_type") LinkType linkType,
                       Double prior,
                       @JsonProperty("deterministic_rules") List<DeterministicRuleSpec> deterministicRules,
                       @JsonProperty("blocking_rules") List<BlockingRuleSpec> blockingRules,
                       @JsonProperty("max_block_size") int maxBlockSize,
                       List<ComparisonSpec> comparisons,
                       @JsonProperty("evidence_required") List<String> evidenceRequired,
                       Thresholds thresholds,
                       ClusteringSpec clustering,
                       TrainingSpec training) {

    public static final String FILE_NAME = "linkage.yaml";
    private static final String DEFAULT_RESOURCE = "/org/jigsaw/link/default-linkage.yaml";
    private static final String NATIONAL_BLOCKING_RESOURCE = "/org/jigsaw/link/national-blocking.yaml";

    public LinkSpec {
        if (linkType == null) linkType = LinkType.DEDUPE_AND_LINK;
        if (prior != null && !(prior > 0 && prior < 1)) throw new IllegalArgumentException("prior must be in (0, 1)");
        deterministicRules = deterministicRules == null ? List.of() : List.copyOf(deterministicRules);
        blockingRules = blockingRules == null ? List.of() : List.copyOf(blockingRules);
        if (maxBlockSize <= 0) maxBlockSize = 5000;
        comparisons = comparisons == null ? List.of() : List.copyOf(comparisons);
        evidenceRequired = evidenceRequired == null ? List.of() : List.copyOf(evidenceRequired);
        if (thresholds == null) thresholds = new Thresholds(0.9, 0.5);
        if (clustering == null) clustering = new ClusteringSpec(0, null);
        if (training == null) training = TrainingSpec.defaults();
    }

    /** The spec shipped with Jigsaw for children's records. */
    public static LinkSpec defaultSpec() {
        return resource(DEFAULT_RESOURCE);
    }

    /**
     * The default spec with blocking rules that stay selective at region and national scale
     * ({@code org/jigsaw/link/national-blocking.yaml}): the same comparisons, model and constraints.
     * The area spec's rules on a name sound and a birth month alone make blocks that grow with the
     * population, so pairs per record grow with it too; these rules add a birth year or an initial.
     */
    public static LinkSpec nationalSpec() {
        LinkSpec d = defaultSpec();
        LinkSpec b = resource(NATIONAL_BLOCKING_RESOURCE);
        return new LinkSpec(d.linkType, d.prior, d.deterministicRules, b.blockingRules, b.maxBlockSize, d.comparisons,
                d.evidenceRequired, d.thresholds, d.clustering, d.training);
    }

    /** {@code default}, {@code national} (the built-in specs) or the path of a linkage.yaml. */
    public static LinkSpec named(String nameOrPath) throws IOException {
        return switch (nameOrPath) {
            case "default" -> defaultSpec();
            case "national" -> nationalSpec();
            default -> read(Path.of(nameOrPath));
        };
    }

    private static LinkSpec resource(String name) {
        try (InputStream in = LinkSpec.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("linkage spec " + name + " missing from the build");
            return Area.yaml().readValue(in, LinkSpec.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the linkage spec " + name, e);
        }
    }

    /** {@code areaDir/linkage.yaml} if there is one, else the default spec. */
    public static LinkSpec forArea(Path areaDir) throws IOException {
        Path file = areaDir == null ? null : areaDir.resolve(FILE_NAME);
        if (file == null || !Files.isRegularFile(file)) return defaultSpec();
        return read(file);
    }

    public static LinkSpec read(Path file) throws IOException {
        return org.jigsaw.area.ConfigYaml.read(file, file.getFileName().toString(), LinkSpec.class);
    }

    public String toYaml() {
        try {
            return Area.yaml().writeValueAsString(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * This spec restricted to the fields the records actually carry: comparisons, blocking keys and
     * rules on absent fields are dropped, so one default works for any mix of sources.
     */
    public LinkSpec restrictTo(Predicate<String> hasField) {
        List<ComparisonSpec> cs = comparisons.stream().filter(c -> hasField.test(c.field())).toList();
        List<BlockingRuleSpec> bs = blockingRules.stream()
                .filter(b -> b.keys().stream().allMatch(k -> hasField.test(BlockingKeys.field(k)))).toList();
        List<DeterministicRuleSpec> ds = deterministicRules.stream()
                .filter(d -> d.fields().stream().allMatch(hasField)).toList();
        List<CannotLinkSpec> cl = clustering.cannotLink().stream()
                .filter(c -> c.field() == null || hasField.test(c.field())).toList();
        return new LinkSpec(linkType, prior, ds, bs, maxBlockSize, cs, evidenceRequired, thresholds,
                new ClusteringSpec(clustering.maxClusterSize(), cl), training);
    }

    public LinkSpec withComparisons(List<ComparisonSpec> extra) {
        List<ComparisonSpec> cs = new ArrayList<>(comparisons);
        cs.addAll(extra);
        return new LinkSpec(linkType, prior, deterministicRules, blockingRules, maxBlockSize, cs, evidenceRequired, thresholds, clustering, training);
    }

    public LinkSpec withBlockingRules(List<BlockingRuleSpec> extra) {
        List<BlockingRuleSpec> bs = new ArrayList<>(blockingRules);
        bs.addAll(extra);
        return new LinkSpec(linkType, prior, deterministicRules, bs, maxBlockSize, comparisons, evidenceRequired, thresholds, clustering, training);
    }

    public LinkSpec withLinkType(LinkType type) {
        return new LinkSpec(type, prior, deterministicRules, blockingRules, maxBlockSize, comparisons, evidenceRequired, thresholds, clustering, training);
    }

    public LinkSpec withThresholds(Thresholds t) {
        return new LinkSpec(linkType, prior, deterministicRules, blockingRules, maxBlockSize, comparisons, evidenceRequired, t, clustering, training);
    }

    public LinkSpec withClustering(ClusteringSpec c) {
        return new LinkSpec(linkType, prior, deterministicRules, blockingRules, maxBlockSize, comparisons, evidenceRequired, thresholds, c, training);
    }

    public LinkSpec withEvidenceRequired(List<String> comparisonNames) {
        return new LinkSpec(linkType, prior, deterministicRules, blockingRules, maxBlockSize, comparisons, comparisonNames, thresholds, clustering, training);
    }

    public LinkSpec withDeterministicRules(List<DeterministicRuleSpec> rules) {
        return new LinkSpec(linkType, prior, rules, blockingRules, maxBlockSize, comparisons, evidenceRequired, thresholds, clustering, training);
    }
}
