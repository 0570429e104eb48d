package org.jigsaw.synth;

/** The kinds of planted fault {@code truth/faults.csv} lists. */
public enum FaultKind {
    /** health record without the NHS number (health sources fill ~99%) */
    NHS_MISSING,
    /** one digit mistyped: fails the modulus-11 check */
    NHS_CHECKSUM_INVALID,
    /** two adjacent digits swapped */
    NHS_TRANSPOSED,
    /** the school still uses a temporary UPN (last character a letter) */
    UPN_TEMPORARY,
    /** one character inserted, deleted, substituted or two swapped in a name */
    NAME_TYPO,
    /** an informal given name (Alex for Alexander) */
    NICKNAME,
    /** a double-barrelled family name recorded as one part or with a space */
    SURNAME_HYPHEN_VARIANT,
    /** the family name before a change of name */
    SURNAME_FORMER,
    /** date of birth with day and month swapped */
    DOB_DAY_MONTH_SWAP,
    /** an address the child has moved from */
    POSTCODE_STALE,
    /** a second row for the same child in the same source, under another id */
    DUPLICATE_ROW,
    /** the child does not live in the area on the reference date */
    OUT_OF_AREA,
    /** the person is outside the 0–25 age range on the reference date */
    OUT_OF_AGE_RANGE,
    /** a row with the wrong number of columns */
    MALFORMED_COLUMN_COUNT,
    /** a date that does not parse */
    MALFORMED_DATE,
    /** bytes that are not valid text in the file's encoding */
    MALFORMED_BYTES
}
