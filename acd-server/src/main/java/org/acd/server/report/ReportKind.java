package org.acd.server.report;

import java.util.Set;

/**
 * Which report a {@link ReportQuery} makes: a sheet of call KPIs (every column, or those of the
 * abandon or service-level view), the agents' figures, the abandoned calls to call back, or the
 * IVR's containment and exits.
 */
public enum ReportKind {
    /** Every call KPI; with grouping by agent, the agents' figures ({@code acd report}'s default). */
    KPIS(null),
    /** Offered, abandoned, short abandons, abandon rate, time to abandon, longest wait, timeouts, overflows. */
    ABANDON(Set.of("offered", "abandoned", "short_abandoned", "abandon_rate", "avg_abandon_s", "longest_wait_s",
            "timed_out", "overflowed")),
    /** Offered, answered, the three service levels, ASA, longest wait. */
    SERVICE(Set.of("offered", "answered", "service_level", "service_level_2", "removed_within_sl", "asa_s",
            "longest_wait_s")),
    /** Per agent: answered, completed, AHT, ACW, occupancy, time per state, RONAs. */
    AGENTS(null),
    /** The abandoned calls, with caller number, for calling back. */
    ABANDONED_CALLS(null),
    /** Per IVR flow and for the whole IVR: entered, contained, containment, queued, abandoned, where callers left. */
    IVR(null);

    private final Set<String> callColumns;

    ReportKind(Set<String> callColumns) {
        this.callColumns = callColumns;
    }

    /** Whether a sheet of call KPIs of this kind shows the column named {@code column}. */
    boolean showsCallColumn(String column) {
        return callColumns == null || callColumns.contains(column);
    }
}
