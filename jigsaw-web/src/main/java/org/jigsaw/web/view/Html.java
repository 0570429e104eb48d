package org.jigsaw.web.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.commons.text.StringEscapeUtils;

/** Escaping for the few places text enters markup: element content, attributes and URLs. */
public final class Html {
    private Html() {
    }

    public static String esc(String s) {
        return s == null ? "" : StringEscapeUtils.escapeHtml4(s).replace("'", "&#39;");
    }

    public static String url(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
