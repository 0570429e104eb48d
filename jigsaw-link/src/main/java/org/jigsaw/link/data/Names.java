package org.jigsaw.link.data;

import org.jigsaw.ingest.Nicknames;

/**
 * Given-name equivalence for the nickname level ("ALFIE" agrees with "ALFRED" and "ALEXANDER"),
 * on the first given name, through the ingest stage's maintained {@link Nicknames} list.
 */
public final class Names {

    private Names() {
    }

    /** The default canonical form of the first given name (itself when the list has none). */
    public static String canonical(String name) {
        String first = firstToken(name);
        String c = Nicknames.builtIn().canonical(first);
        return c == null ? first : c;
    }

    /** Every canonical name the first given name may stand for (itself when unknown). */
    public static java.util.Set<String> canonicals(String name) {
        return Nicknames.builtIn().canonicals(firstToken(name));
    }

    /** True when the first given names are equal or share a canonical name. */
    public static boolean equivalent(String a, String b) {
        String fa = firstToken(a), fb = firstToken(b);
        return fa.equals(fb) || Nicknames.builtIn().equivalent(fa, fb);
    }

    static String firstToken(String v) {
        int sp = v.indexOf(' ');
        return sp < 0 ? v : v.substring(0, sp);
    }
}
