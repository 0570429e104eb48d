/**
 * Feeds back to health partners, read from a finished snapshot: EHC plan changes keyed by NHS
 * number (CSV and a FHIR R4 Bundle of {@code Flag}s) and the early-years planning list. A feed is
 * written only under a data-sharing agreement that permits it; children without one valid NHS
 * number are counted, never fed.
 */
package org.jigsaw.feed;
