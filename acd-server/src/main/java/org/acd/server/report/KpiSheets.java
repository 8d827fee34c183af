package org.acd.server.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.acd.core.reporting.AbandonedCall;
import org.acd.core.reporting.AgentReport;
import org.acd.core.reporting.KpiReport;
import org.acd.core.reporting.KpiSummary;
import org.acd.server.report.Sheet.Column;
import org.acd.server.report.Sheet.Kind;

/** Lays a {@link KpiSummary} or a list of abandoned calls out as a {@link Sheet}. Stateless. */
final class KpiSheets {

    private record Cell<T>(Column column, Function<T, Object> value) {
    }

    private static final List<Cell<KpiReport>> CALL_CELLS = List.of(
            cell("offered", Kind.COUNT, KpiReport::offered),
            cell("answered", Kind.COUNT, KpiReport::answered),
            cell("abandoned", Kind.COUNT, KpiReport::abandoned),
            cell("short_abandoned", Kind.COUNT, KpiReport::shortAbandoned),
            cell("abandon_rate", Kind.RATIO, KpiReport::abandonRate),
            cell("service_level", Kind.RATIO, KpiReport::serviceLevel),
            cell("service_level_2", Kind.RATIO, KpiReport::serviceLevel2),
            cell("removed_within_sl", Kind.RATIO, KpiReport::removedWithinServiceLevel),
            cell("asa_s", Kind.SECONDS, KpiReport::asaSeconds),
            cell("avg_abandon_s", Kind.SECONDS, KpiReport::averageTimeToAbandonSeconds),
            cell("longest_wait_s", Kind.SECONDS, report -> report.longestWaitMs() / 1000.0),
            cell("timed_out", Kind.COUNT, KpiReport::timedOut),
            cell("overflowed", Kind.COUNT, KpiReport::overflowed),
            cell("unfinished", Kind.COUNT, KpiReport::unfinished));

    private static final List<Cell<AgentReport>> AGENT_CELLS = List.of(
            cell("answered", Kind.COUNT, AgentReport::answered),
            cell("completed", Kind.COUNT, AgentReport::completed),
            cell("aht_s", Kind.SECONDS, AgentReport::ahtSeconds),
            cell("acw_s", Kind.SECONDS, AgentReport::acwSeconds),
            cell("occupancy", Kind.RATIO, AgentReport::occupancy),
            cell("on_call_s", Kind.SECONDS, report -> report.onCallMs() / 1000.0),
            cell("ready_idle_s", Kind.SECONDS, report -> report.readyIdleMs() / 1000.0),
            cell("wrap_up_s", Kind.SECONDS, report -> report.wrapUpMs() / 1000.0),
            cell("rona", Kind.COUNT, AgentReport::ringNoAnswers));

    private KpiSheets() {
    }

    private static <T> Cell<T> cell(String name, Kind kind, Function<T, Object> value) {
        return new Cell<>(new Column(name, kind), value);
    }

    /**
     * The call KPIs the report {@code kind} shows, one row per group, then a row "all" of every call.
     * Grouping by agent is not a call grouping: use {@link #agents}.
     */
    static Sheet calls(KpiSummary summary, Grouping grouping, ReportKind kind) {
        List<Cell<KpiReport>> cells = CALL_CELLS.stream().filter(cell -> kind.showsCallColumn(cell.column().name()))
                .toList();
        return switch (grouping) {
            case QUEUE -> sheet("queue", cells, summary.byQueue(), summary.overall());
            case TIER -> sheet("tier", cells, summary.byTier(), summary.overall());
            case INTERVAL -> {
                Map<String, KpiReport> byStart = new LinkedHashMap<>();
                summary.byInterval().forEach((startMs, report) -> byStart.put(Instant.ofEpochMilli(startMs).toString(),
                        report));
                yield sheet("interval_start_utc", cells, byStart, summary.overall());
            }
            case AGENT -> throw new IllegalArgumentException("agents are not a grouping of calls");
        };
    }

    /** One row per agent, no row of all agents: their calls overlap. */
    static Sheet agents(KpiSummary summary) {
        return sheet("agent", AGENT_CELLS, summary.byAgent(), null);
    }

    private static <T> Sheet sheet(String groupName, List<Cell<T>> cells, Map<String, T> groups, T overall) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(groupName, Kind.TEXT));
        cells.forEach(cell -> columns.add(cell.column()));
        List<List<Object>> rows = new ArrayList<>();
        groups.forEach((group, report) -> rows.add(row(group, cells, report)));
        if (overall != null) {
            rows.add(row("all", cells, overall));
        }
        return new Sheet(columns, rows);
    }

    private static <T> List<Object> row(String group, List<Cell<T>> cells, T report) {
        List<Object> row = new ArrayList<>();
        row.add(group);
        cells.forEach(cell -> row.add(cell.value().apply(report)));
        return row;
    }

    /** The abandoned calls, for calling back, in the order they were abandoned. */
    static Sheet abandoned(List<AbandonedCall> calls) {
        List<Column> columns = List.of(new Column("call_id", Kind.COUNT), new Column("caller", Kind.TEXT),
                new Column("queue", Kind.TEXT), new Column("tier", Kind.TEXT), new Column("entered_utc", Kind.TEXT),
                new Column("wait_s", Kind.SECONDS), new Column("position", Kind.COUNT),
                new Column("short", Kind.TEXT));
        List<List<Object>> rows = new ArrayList<>();
        calls.forEach(call -> rows.add(List.of(call.callId(), call.callerNumber(), call.queueId(), call.tierId(),
                Instant.ofEpochMilli(call.enteredMs()).toString(), call.waitMs() / 1000.0, (long) call.position(),
                call.shortAbandon() ? "yes" : "no")));
        return new Sheet(columns, rows);
    }
}
