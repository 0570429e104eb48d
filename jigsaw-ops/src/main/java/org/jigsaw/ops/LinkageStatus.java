package org.jigsaw.ops;

/**
 * How much linking the current snapshot achieved.
 *
 * @param linkedRecords records whose person also has a record from another source
 * @param linkageRate   linkedRecords / records (0 when there are no records)
 */
public record LinkageStatus(long records, long persons, long linkedRecords, double linkageRate) {
}
