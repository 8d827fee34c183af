package org.acd.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acd.config.model.DirectoryEntry;
import org.acd.config.yaml.Problems;

/**
 * Reads the caller directory's CSV: a header naming at least {@code phone} and {@code tier}, then one
 * caller a line; optional columns {@code account}, {@code name}, {@code language}, {@code segment}
 * and {@code orders} ({@code number:status} pairs separated by {@code ;}). Fields hold no commas.
 * Problems name the CSV's line and are reported at the configuration's {@code path}. Stateless.
 */
final class CallerDirectoryCsv {

    private static final List<String> REQUIRED = List.of("phone", "tier");

    private CallerDirectoryCsv() {
    }

    static List<DirectoryEntry> read(Path file, String path, int line, KnownNames tiers, Problems problems) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            problems.add(path, "'" + file.getFileName() + "' not found (a relative path starts at the configuration file's directory)", line);
            return List.of();
        } catch (IOException e) {
            problems.add(path, "cannot read '" + file.getFileName() + "' (" + e.getClass().getSimpleName() + ")", line);
            return List.of();
        }
        if (lines.isEmpty()) {
            problems.add(path, file.getFileName() + " is empty; it needs a header with phone and tier", line);
            return List.of();
        }
        List<String> header = Arrays.stream(lines.get(0).split(",", -1)).map(String::trim).toList();
        List<String> missing = REQUIRED.stream().filter(column -> !header.contains(column)).toList();
        if (!missing.isEmpty()) {
            problems.add(path, file.getFileName() + " line 1: the header lacks " + String.join(", ", missing), line);
            return List.of();
        }
        List<DirectoryEntry> entries = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) {
                continue;
            }
            String where = file.getFileName() + " line " + (n + 1) + ": ";
            String[] cells = lines.get(n).split(",", -1);
            if (cells.length != header.size()) {
                problems.add(path, where + cells.length + " columns, the header has " + header.size(), line);
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < cells.length; c++) {
                row.put(header.get(c), cells[c].trim());
            }
            if (!tiers.contains(row.get("tier"))) {
                problems.add(path, where + "unknown tier '" + row.get("tier") + "'", line);
                continue;
            }
            entries.add(new DirectoryEntry(row.get("phone"), row.getOrDefault("account", ""),
                    row.getOrDefault("name", ""), row.get("tier"), row.getOrDefault("language", ""),
                    row.getOrDefault("segment", ""), orders(row.getOrDefault("orders", ""))));
        }
        return entries;
    }

    private static Map<String, String> orders(String cell) {
        Map<String, String> orders = new LinkedHashMap<>();
        for (String order : cell.split(";")) {
            int colon = order.indexOf(':');
            if (colon > 0) {
                orders.put(order.substring(0, colon).trim(), order.substring(colon + 1).trim());
            }
        }
        return orders;
    }
}
