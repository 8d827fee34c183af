package org.acd.supervisor;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain text table: a header row and rows of cells, columns as wide as their widest cell, numbers
 * (digits, colons, a decimal point, a percent sign) right-aligned. Cells may carry ANSI colour
 * codes, which take no width. One thread.
 */
final class TextTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(String... header) {
        this.header = List.of(header);
    }

    TextTable row(String... cells) {
        rows.add(List.of(cells));
        return this;
    }

    List<String> lines() {
        int[] widths = new int[header.size()];
        for (List<String> row : allRows()) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], visibleLength(row.get(i)));
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : allRows()) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                String padding = " ".repeat(widths[i] - visibleLength(cell));
                line.append(i == 0 ? "" : "  ").append(isNumber(cell) ? padding + cell : cell + padding);
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    private List<List<String>> allRows() {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return all;
    }

    private static boolean isNumber(String cell) {
        String plain = Ansi.strip(cell);
        return plain.chars().anyMatch(Character::isDigit)
                && plain.chars().allMatch(c -> Character.isDigit(c) || c == ':' || c == '-' || c == '.' || c == '%');
    }

    private static int visibleLength(String cell) {
        return Ansi.strip(cell).length();
    }
}
