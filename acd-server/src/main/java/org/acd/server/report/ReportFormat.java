package org.acd.server.report;

/** What {@code acd report --format} prints. */
enum ReportFormat {
    TABLE,
    CSV,
    JSON,
    /** The whole report (every breakdown, charts, the abandoned calls) as one self-contained HTML page. */
    HTML,
    /** Asterisk's queue_log lines of every outcome, for queue_log reporting tools. */
    QUEUE_LOG
}
