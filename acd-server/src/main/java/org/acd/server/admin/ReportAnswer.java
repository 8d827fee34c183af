package org.acd.server.admin;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.acd.core.reporting.ReportScope;
import org.acd.server.report.ReportKind;
import org.acd.server.report.ReportQuery;
import org.acd.server.report.Sheet;
import org.acd.server.report.SheetRenderer;

/**
 * The JSON answer of a report: what was asked (times in ISO-8601 UTC, null for the journal's start
 * or end; null for filters not given), the columns with how to show them, and the rows keyed by
 * column name, as {@code acd report --format json} prints them. Immutable.
 */
record ReportAnswer(String report, String from, String to, String by, String interval, String queue, String tier,
                    Long shortAbandonMs, Long serviceLevelMs, List<Sheet.Column> columns,
                    List<Map<String, Object>> rows) {

    static ReportAnswer of(String name, ReportQuery query, Sheet sheet) {
        ReportScope scope = query.scope();
        boolean callKpis = query.kind() == ReportKind.ABANDON || query.kind() == ReportKind.SERVICE;
        return new ReportAnswer(name, time(scope.fromMs(), Long.MIN_VALUE), time(scope.untilMs(), Long.MAX_VALUE),
                callKpis ? ReportParameters.label(query.grouping()) : null,
                callKpis ? query.interval().label() : null, scope.queueId(), scope.tierId(),
                query.kind() == ReportKind.AGENTS || query.kind() == ReportKind.IVR ? null
                        : query.thresholds().shortAbandonMs(),
                callKpis ? query.thresholds().serviceLevelMs() : null, sheet.columns(), SheetRenderer.rows(sheet));
    }

    static String time(long ms, long unbounded) {
        return ms == unbounded ? null : Instant.ofEpochMilli(ms).toString();
    }
}
