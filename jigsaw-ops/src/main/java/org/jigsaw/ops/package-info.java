/**
 * Operational status of an area, for people and for monitoring: the current snapshot and its age,
 * the last refresh and its outcome, stale sources, rows per source and the linkage rate; rendered
 * as {@code /health} JSON and {@code /metrics} Prometheus text by the web module.
 */
package org.jigsaw.ops;
