package org.jigsaw.ingest.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens a text extract: skips a byte-order mark, picks the charset (declared, or UTF-8 when the
 * start of the file is valid UTF-8 and Windows-1252 otherwise) and decodes damaged bytes to
 * U+FFFD so the row holding them can be quarantined instead of failing the file.
 */
final class TextFile {
    static final int SNIFF_BYTES = 64 * 1024;

    final Charset charset;
    final boolean bom;
    final byte[] head;

    private TextFile(Charset charset, boolean bom, byte[] head) {
        this.charset = charset;
        this.bom = bom;
        this.head = head;
    }

    static TextFile inspect(Path file, String declaredEncoding) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        boolean utf8Bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        boolean utf16le = head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE;
        boolean utf16be = head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF;
        Charset cs;
        if (utf16le) {
            cs = StandardCharsets.UTF_16LE;
        } else if (utf16be) {
            cs = StandardCharsets.UTF_16BE;
        } else if (declaredEncoding != null && !declaredEncoding.isBlank()) {
            cs = charset(declaredEncoding);
        } else {
            cs = utf8Bom || validUtf8(head) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        }
        return new TextFile(cs, utf8Bom || utf16le || utf16be, head);
    }

    static Charset charset(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        switch (n) {
            case "utf8": case "utf-8": case "utf-8-bom": case "utf8-bom":
                return StandardCharsets.UTF_8;
            case "cp1252": case "windows1252": case "windows-1252": case "ansi":
                return Charset.forName("windows-1252");
            case "latin1": case "latin-1": case "iso-8859-1":
                return StandardCharsets.ISO_8859_1;
            default:
                return Charset.forName(name.strip());
        }
    }

    /** True when {@code head} decodes as UTF-8 (a multi-byte sequence cut by the sniff limit is allowed). */
    static boolean validUtf8(byte[] head) {
        int n = head.length;
        // do not judge a sequence cut off at the end of the sample
        int end = n;
        for (int k = 1; k <= 3 && n - k >= 0; k++) {
            int b = head[n - k] & 0xFF;
            if (b >= 0xC0) {
                end = n - k;
                break;
            }
            if (b < 0x80) break;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A reader positioned after any BOM, replacing undecodable bytes with U+FFFD. */
    Reader open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        if (bom) {
            long skip = charset.equals(StandardCharsets.UTF_8) ? 3 : 2;
            in.skipNBytes(skip);
        }
        return new InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    /** The decoded start of the file, for delimiter detection. */
    String headText() {
        int from = bom ? (charset.equals(StandardCharsets.UTF_8) ? 3 : 2) : 0;
        return new String(head, from, head.length - from, charset);
    }
}
