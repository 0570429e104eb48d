/**
 * The data-quality report: the findings ingest made (its checks are in
 * {@code org.jigsaw.ingest.check} and {@code org.jigsaw.ingest.rules}) written as HTML (for
 * managers), CSV and JSON.
 */
package org.jigsaw.quality;
