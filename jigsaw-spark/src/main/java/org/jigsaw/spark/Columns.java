package org.jigsaw.spark;

import java.util.List;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/** Join-column lists in the Scala form Spark's Java API still asks for. */
final class Columns {

    private Columns() {
    }

    static Seq<String> seq(String... names) {
        return CollectionConverters.asScala(List.of(names)).toSeq();
    }
}
