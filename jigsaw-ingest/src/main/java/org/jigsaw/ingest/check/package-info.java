/**
 * Checks ingest runs while it loads an area: across sources ({@code CrossSourceChecks}), on fact
 * dates ({@code FactDateOrder}), and the plain-English names of every finding ({@code Checks}),
 * which the quality report above reads.
 */
package org.jigsaw.ingest.check;
