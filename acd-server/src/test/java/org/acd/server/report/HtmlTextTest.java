package org.acd.server.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class HtmlTextTest {

    @Test
    void shouldEscapeEveryCharacterThatCouldOpenMarkupOrEndAnAttribute() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;",
                HtmlText.escape("<a href=\"x\" title='y'>&amp;</a>"));
    }

    @Test
    void shouldLeaveOtherTextAsItIs() {
        assertEquals("+1 555 0100 · Zoë ≤20s", HtmlText.escape("+1 555 0100 · Zoë ≤20s"));
    }
}
