package org.acd.server.report;

import java.util.List;

/**
 * A report as rows of typed cells under named columns, the one shape the table, CSV and JSON
 * renderers print. Cells are {@link String}, {@link Long} or {@link Double}; a Double that is not
 * finite (a ratio of no calls) prints as "-" in the table, empty in CSV, null in JSON. Immutable.
 */
public record Sheet(List<Column> columns, List<List<Object>> rows) {

    public Sheet {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** A named column; {@code kind} says how the table shows its numbers. */
    public record Column(String name, Kind kind) {
    }

    /** How the readable table shows a cell; CSV and JSON print the raw value. */
    public enum Kind {
        TEXT,
        COUNT,
        /** A ratio, shown as a percentage. */
        RATIO,
        /** Seconds, shown with one decimal. */
        SECONDS
    }
}
