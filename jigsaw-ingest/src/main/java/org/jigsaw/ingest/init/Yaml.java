package org.jigsaw.ingest.init;

/** Scalars written into a definition: quoted when YAML would read them otherwise. */
final class Yaml {
    private Yaml() {
    }

    /** The value as a single-quoted YAML scalar when it needs quoting, else as it is. */
    static String quote(String v) {
        if (v.matches("[A-Za-z0-9_./*-]+") && !v.startsWith("*") && !v.startsWith("-")) return v;
        return "'" + v.replace("'", "''") + "'";
    }
}
