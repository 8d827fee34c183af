package org.acd.server.report;

/** What a KPI report breaks the KPIs down by: {@code acd report --by}, the admin API's {@code by}. */
public enum Grouping {
    QUEUE,
    TIER,
    AGENT,
    INTERVAL
}
