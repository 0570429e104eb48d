package org.jigsaw.web.attack;

/**
 * One way the released figures give more away than the rule allows.
 *
 * @param check  which check found it (count, derived, linear, snapshots, outputs)
 * @param where  page, table, row and column, filters and snapshot
 * @param detail what the attacker learns and how
 */
public record Finding(String check, String where, String detail) {
    @Override
    public String toString() {
        return "[" + check + "] " + where + ": " + detail;
    }
}
