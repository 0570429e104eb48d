package org.jigsaw.ingest.rules;

/** The published validators' two kinds of rule: an error to fix, or a query to check and explain. */
public enum RuleSeverity {
    ERROR, QUERY;

    public String label() {
        return this == ERROR ? "error" : "query";
    }
}
