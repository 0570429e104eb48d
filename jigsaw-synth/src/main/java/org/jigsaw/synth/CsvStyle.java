package org.jigsaw.synth;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How one agency's CSV looks on disk.
 *
 * @param delimiter field separator
 * @param charset   UTF-8 or windows-1252
 * @param bom       starts with a UTF-8 byte-order mark (Excel's "CSV UTF-8")
 * @param crlf      Windows line endings
 */
public record CsvStyle(char delimiter, Charset charset, boolean bom, boolean crlf) {
    public static CsvStyle plain() {
        return new CsvStyle(',', StandardCharsets.UTF_8, false, false);
    }

    public String encodingName() {
        return charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name().toLowerCase(java.util.Locale.ROOT);
    }
}
