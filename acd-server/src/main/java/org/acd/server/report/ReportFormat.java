package org.acd.server.report;

/** What {@code acd report --format} prints. */
enum ReportFormat {
    TABLE,
    CSV,
    JSON,
    /** Asterisk's queue_log lines of every outcome, for queue_log reporting tools. */
    QUEUE_LOG
}
