/**
 * Incremental linkage. A refresh usually brings a few new and changed records among many that
 * are unchanged. The comparison vector of a pair depends only on the two records' values, so the
 * previous run's vectors are kept ({@link LinkCache}) and reused for every candidate pair whose
 * two records are unchanged: only pairs touching new or changed records are compared. Blocking,
 * the model (u and EM on pattern counts), scoring and clustering are re-run over all pairs; they
 * are cheap next to comparing, and re-running them is what makes the result identical to a full
 * run — same pairs, weights, decisions and persons — rather than an approximation of it.
 */
package org.jigsaw.link.incremental;
