package org.jigsaw.cohort;

import java.util.regex.Pattern;

/** Cohort and KPI names go into SQL literals and URLs, so they are kept to a safe alphabet. */
final class Names {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private Names() {
    }

    static boolean valid(String name) {
        return name != null && NAME.matcher(name).matches();
    }
}
