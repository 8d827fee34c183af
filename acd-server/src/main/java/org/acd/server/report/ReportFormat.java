package org.acd.server.report;

/** What {@code acd report --format} and the admin API's {@code format} print, with its media type. */
public enum ReportFormat {
    TABLE("text/plain; charset=utf-8"),
    CSV("text/csv; charset=utf-8"),
    JSON("application/json"),
    /** The whole report (every breakdown, charts, the abandoned calls) as one self-contained HTML page. */
    HTML("text/html; charset=utf-8"),
    /** Asterisk's queue_log lines of every outcome, for queue_log reporting tools. */
    QUEUE_LOG("text/plain; charset=utf-8");

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The HTTP Content-Type of a report in this format. */
    public String mediaType() {
        return mediaType;
    }

    /** Whether {@link SheetRenderer} prints a {@link Sheet} in this format. */
    public boolean isSheetFormat() {
        return this != QUEUE_LOG && this != HTML;
    }
}
