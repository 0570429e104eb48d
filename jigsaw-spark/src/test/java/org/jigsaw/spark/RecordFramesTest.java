package org.jigsaw.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jigsaw.record.Field;
import org.jigsaw.record.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordFramesTest {

    @TempDir
    Path dir;

    @Test
    void recordsSurviveAParquetRoundTrip() {
        SparkSession spark = LocalSpark.session();
        List<SourceRecord> in = List.of(
                new SourceRecord("school:1", "school", "f.csv", 2, Map.of(Field.NHS_NUMBER, "9990000018",
                        Field.GIVEN_NAME, "AMARA", Field.FAMILY_NAME, "OKAFOR", Field.DOB, "2014-03-02")),
                new SourceRecord("gp:7", "gp", "g.csv", 3, Map.of(Field.POSTCODE, "LS1 4AP", Field.SEX, "F")));
        String path = dir.resolve("records.parquet").toString();
        RecordFrames.writeParquet(RecordFrames.of(spark, in), path);

        Dataset<Row> back = RecordFrames.readParquet(spark, path).orderBy("key");
        List<SourceRecord> out = RecordFrames.collect(back);

        assertThat(out).hasSize(2);
        SourceRecord gp = out.get(0);
        assertThat(gp.key()).isEqualTo("gp:7");
        assertThat(gp.values()).isEqualTo(Map.of(Field.POSTCODE, "LS1 4AP", Field.SEX, "F"));
        assertThat(out.get(1).values()).isEqualTo(in.get(0).values());
        assertThat(out.get(1).source()).isEqualTo("school");
    }

    @Test
    void conformAddsMissingFieldColumnsAsNull() {
        SparkSession spark = LocalSpark.session();
        Dataset<Row> narrow = spark.sql("select 'a:1' as key, 'a' as source, 'SMITH' as family_name");
        SourceRecord r = RecordFrames.collect(RecordFrames.conform(narrow)).get(0);
        assertThat(r.values()).containsExactly(Map.entry(Field.FAMILY_NAME, "SMITH"));
        assertThat(RecordFrames.conform(narrow).columns()).hasSize(2 + Field.values().length);
    }
}
