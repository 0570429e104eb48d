package org.jigsaw.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.eval.Evaluation;
import org.jigsaw.link.io.CsvInput;
import org.jigsaw.link.io.MatchJob;
import org.jigsaw.link.spec.LinkSpec;
import org.jigsaw.link.spec.LinkType;
import org.jigsaw.progress.Progress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** FEBRL4 (5,000 × 5,000), unsupervised: the model never sees the truth, which is only used to score it. */
class FebrlAccuracyTest {

    static final Path FEBRL = Path.of("../../shared/data/febrl");

    @ParameterizedTest
    @CsvSource({"false, 0.995", "true, 0.9995"})
    void febrl4LinksAccurately(boolean withIdentifier, double minimumF1) throws Exception {
        Path a = FEBRL.resolve("dataset4a.csv"), b = FEBRL.resolve("dataset4b.csv");
        assumeTrue(Files.isRegularFile(a) && Files.isRegularFile(b), "FEBRL data not present");
        Map<String, String> map = MatchJob.parseMapping(List.of("given_name=given_name,family_name=surname,house_number=street_number,"
                + "address=address_1,address_2=address_2,locality=suburb,postcode=postcode,state=state,dob=date_of_birth"
                + (withIdentifier ? ",identifier=soc_sec_id" : "")));
        RecordTable table = CsvInput.read(List.of(new CsvInput.Source(a, "a", "rec_id", map), new CsvInput.Source(b, "b", "rec_id", map)));
        assertThat(table.size()).isEqualTo(10_000);
        LinkSpec spec = LinkSpec.defaultSpec();
        // FEBRL holds no twins but replaces given names wholesale: there the twins rule only refuses true links
        spec = MatchJob.withoutTwinsRule(MatchJob.oneToOne(MatchJob.specFor(spec, table)));
        Linkage linkage = new Linker(spec).link(table, List.of(), Map.of(), Progress.NONE);
        Evaluation ev = Evaluation.of(linkage.table(), linkage.linkedPairs(), MatchJob.truthFromIds(table), LinkType.LINK_ONLY, 10);
        assertThat(ev.truePairs()).isEqualTo(5000);
        assertThat(ev.f1()).isGreaterThanOrEqualTo(minimumF1);
    }
}
