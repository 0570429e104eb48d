package org.jigsaw.ingest.rules;

/** One rule counting over one run of rows; rules that compare rows keep what they need until the end. */
public interface Tally {

    void accept(Values row);

    /** Rows that fail the rule, once every row has been seen. */
    long failures();
}
