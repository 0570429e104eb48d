package org.jigsaw.spark;

import java.io.Serializable;
import java.util.Map;

/**
 * Computes a record's blocking keys (from its field key → value map) inside an executor: element {@code i} is the key under
 * blocking rule {@code i}, or null when the rule does not apply (a blank field never blocks, so
 * blank names do not make giant blocks).
 */
@FunctionalInterface
public interface BlockingKeyer extends Serializable {
    String[] keys(Map<String, String> values);
}
