/**
 * The data-quality report: per-source measures from ingest, checks across sources, and the
 * report written as HTML (for managers), CSV and JSON.
 */
package org.jigsaw.quality;
