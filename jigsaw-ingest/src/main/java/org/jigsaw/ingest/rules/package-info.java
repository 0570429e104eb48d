/**
 * Validation rules with the codes analysts know from the published validators (Annex A SEND
 * 101a…209, SSDA903 101…1009, CIN census 1510…8925), grouped in named packs a source definition
 * picks with {@code rules:}. A rule only counts: its findings carry the code, a one-line message and
 * how many rows fail, never a value from the row, and no row is dropped because of one.
 */
package org.jigsaw.ingest.rules;
