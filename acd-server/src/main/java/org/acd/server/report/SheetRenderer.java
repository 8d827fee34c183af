package org.acd.server.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.acd.server.report.Sheet.Column;

/**
 * Prints a {@link Sheet} as a readable table (columns aligned, ratios as percentages), as CSV
 * (RFC 4180, raw values, a header line) or as JSON (an array of objects keyed by column name).
 * Stateless; any thread.
 */
public final class SheetRenderer {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SheetRenderer() {
    }

    /** Prints the sheet in a {@linkplain ReportFormat#isSheetFormat() sheet format}. */
    public static void print(PrintWriter out, Sheet sheet, ReportFormat format) {
        switch (format) {
            case TABLE -> table(out, sheet);
            case CSV -> csv(out, sheet);
            case JSON -> out.println(json(sheet));
            default -> throw new IllegalArgumentException(format + " is not a sheet format");
        }
    }

    private static void table(PrintWriter out, Sheet sheet) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(sheet.columns().stream().map(Column::name).toList());
        for (List<Object> row : sheet.rows()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                cells.add(readable(row.get(i), sheet.columns().get(i)));
            }
            lines.add(cells);
        }
        int[] widths = new int[sheet.columns().size()];
        lines.forEach(cells -> {
            for (int i = 0; i < cells.size(); i++) {
                widths[i] = Math.max(widths[i], cells.get(i).length());
            }
        });
        for (List<String> cells : lines) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                boolean text = sheet.columns().get(i).kind() == Sheet.Kind.TEXT;
                String format = (i == 0 ? "" : "  ") + "%" + (text ? "-" : "") + widths[i] + "s";
                line.append(String.format(Locale.ROOT, format, cells.get(i)));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /** A cell as the table shows it: ratios as percentages, seconds with one decimal, "-" for no value. */
    static String readable(Object value, Column column) {
        if (value instanceof Double number) {
            if (!Double.isFinite(number)) {
                return "-";
            }
            return column.kind() == Sheet.Kind.RATIO ? String.format(Locale.ROOT, "%.1f%%", number * 100)
                    : String.format(Locale.ROOT, "%.1f", number);
        }
        return String.valueOf(value);
    }

    private static void csv(PrintWriter out, Sheet sheet) {
        out.println(String.join(",", sheet.columns().stream().map(Column::name).map(SheetRenderer::quoted).toList()));
        for (List<Object> row : sheet.rows()) {
            out.println(String.join(",", row.stream().map(SheetRenderer::raw).map(SheetRenderer::quoted).toList()));
        }
    }

    private static String raw(Object value) {
        if (value instanceof Double number) {
            return Double.isFinite(number) ? String.valueOf(number) : "";
        }
        return String.valueOf(value);
    }

    private static String quoted(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    /** The rows as JSON objects keyed by column name; a ratio of no calls is null. */
    public static List<Map<String, Object>> rows(Sheet sheet) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<Object> row : sheet.rows()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) {
                Object value = row.get(i);
                object.put(sheet.columns().get(i).name(),
                        value instanceof Double number && !Double.isFinite(number) ? null : value);
            }
            rows.add(object);
        }
        return rows;
    }

    private static String json(Sheet sheet) {
        try {
            return JSON.writeValueAsString(rows(sheet));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of numbers and strings could not be written as JSON", e);
        }
    }
}
