package org.acd.server.report;

import java.util.List;
import org.acd.server.report.Sheet.Column;
import org.acd.server.report.Sheet.Kind;

/**
 * Writes a {@link Sheet} as an HTML table: the column names as headers (underscores as spaces),
 * cells formatted as the text table formats them, numbers right-aligned, every cell escaped. A row
 * whose first cell is "all" (the total under a breakdown) is marked so the style sheet sets it
 * apart. Stateless.
 */
final class HtmlTables {

    private HtmlTables() {
    }

    static String table(Sheet sheet, String caption) {
        StringBuilder html = new StringBuilder("<table>\n<caption>").append(HtmlText.escape(caption))
                .append("</caption>\n<thead><tr>");
        for (Column column : sheet.columns()) {
            html.append("<th").append(alignment(column)).append(" scope=\"col\">")
                    .append(HtmlText.escape(column.name().replace('_', ' '))).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (List<Object> row : sheet.rows()) {
            html.append("all".equals(row.get(0)) ? "<tr class=\"total\">" : "<tr>");
            for (int i = 0; i < row.size(); i++) {
                Column column = sheet.columns().get(i);
                html.append("<td").append(alignment(column)).append('>')
                        .append(HtmlText.escape(SheetRenderer.readable(row.get(i), column))).append("</td>");
            }
            html.append("</tr>\n");
        }
        if (sheet.rows().isEmpty()) {
            html.append("<tr><td class=\"empty\" colspan=\"").append(sheet.columns().size())
                    .append("\">none</td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n").toString();
    }

    private static String alignment(Column column) {
        return column.kind() == Kind.TEXT ? "" : " class=\"num\"";
    }
}
