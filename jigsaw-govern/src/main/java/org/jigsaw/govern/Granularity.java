package org.jigsaw.govern;

/** Aggregate counts, or rows about individual children. */
public enum Granularity { AGGREGATE, INDIVIDUAL }
