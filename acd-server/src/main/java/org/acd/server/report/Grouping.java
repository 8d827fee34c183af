package org.acd.server.report;

/** What {@code acd report --by} breaks the KPIs down by. */
enum Grouping {
    QUEUE,
    TIER,
    AGENT,
    INTERVAL
}
