package org.jigsaw.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void markupAndQuotesAreEscapedForContentAndAttributes() {
        assertThat(Html.esc("<script>alert('x')</script> & \"y\"")).isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;");
        assertThat(Html.esc(null)).isEmpty();
    }

    @Test
    void plainTextComesBackAsItIsAndEverythingElseAsTheLibraryEscapesIt() {
        String plain = "Children with an EHC plan (n=1,204) 12.5%";
        assertThat(Html.esc(plain)).isSameAs(plain);
        for (String s : new String[] {"Zoë O'Brien", "Ó Súilleabháin", "a – b", "x\u00a0y", "tab\there", "~`|{}"}) {
            assertThat(Html.esc(s)).as(s).isEqualTo(StringEscapeUtils.escapeHtml4(s).replace("'", "&#39;"));
        }
    }
}
