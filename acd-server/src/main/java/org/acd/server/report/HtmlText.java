package org.acd.server.report;

/**
 * Escapes text for HTML and SVG, in element content and in quoted attribute values alike: every
 * string from a journal (caller numbers, queue, tier and agent ids) passes through here before it is
 * written into the report, so none can open a tag, an attribute or an entity. Stateless.
 */
final class HtmlText {

    private HtmlText() {
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
