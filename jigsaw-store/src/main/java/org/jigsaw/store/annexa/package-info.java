/**
 * The Annex A SEND inspection pack: List 1 (EHC plans) and List 2 (SEN support) built from a linked
 * snapshot, one row per linked child under the published headings, checked with the published
 * validation rules and written as the workbook an area gives Ofsted/CQC inspectors. The lists hold
 * identifiable data: callers gate and audit them as an individual-level export.
 */
package org.jigsaw.store.annexa;
