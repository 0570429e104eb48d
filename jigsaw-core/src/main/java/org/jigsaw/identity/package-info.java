/**
 * Identifiers and personal attributes that validate themselves. Every type parses leniently
 * (spaces, dashes, case) and answers {@link java.util.Optional#empty()} for an invalid value:
 * invalid identifiers are data-quality findings, never exceptions that stop a run.
 */
package org.jigsaw.identity;
