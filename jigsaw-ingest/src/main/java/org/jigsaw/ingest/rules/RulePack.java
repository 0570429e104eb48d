package org.jigsaw.ingest.rules;

import java.util.List;

/**
 * Rules for one table of one return, picked by name in a source definition ({@code rules: ssda903-episodes}).
 *
 * @param name     the key a source definition uses
 * @param title    the return and table, as an analyst names them
 * @param columns  the headings (or XML paths) the rules read, as the specification names them
 */
public record RulePack(String name, String title, List<String> columns, List<Rule> rules) {

    public RulePack {
        columns = List.copyOf(columns);
        rules = List.copyOf(rules);
    }
}
