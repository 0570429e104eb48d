package org.jigsaw.web.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.commons.text.StringEscapeUtils;

/** Escaping for the few places text enters markup: element content, attributes and URLs. */
public final class Html {
    private Html() {
    }

    public static String esc(String s) {
        if (s == null) return "";
        // Most text (labels, numbers, codes) has nothing to escape, and the library's translator is
        // the dashboard's hottest code when it scans every cell of every page.
        if (!needsEscaping(s)) return s;
        return StringEscapeUtils.escapeHtml4(s).replace("'", "&#39;");
    }

    /** Whether {@code s} has markup characters, or anything beyond ASCII that escapeHtml4 would name. */
    private static boolean needsEscaping(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '<' || c == '>' || c == '&' || c == '"' || c == '\'' || c > 0x7e) return true;
        }
        return false;
    }

    public static String url(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
