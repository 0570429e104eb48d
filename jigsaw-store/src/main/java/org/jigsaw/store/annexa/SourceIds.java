package org.jigsaw.store.annexa;

import java.time.LocalDate;

/** The education identifiers one linked source record holds, with where it came from (for {@link SourceTrust}). */
record SourceIds(String source, String agency, LocalDate extractDate, String upn, String uln, String localId) implements SourceTrust.Sourced {
}
