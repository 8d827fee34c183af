package org.acd.server.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.acd.core.reporting.IvrFlowFigures;
import org.acd.core.reporting.IvrReport;
import org.acd.server.report.Sheet.Column;
import org.acd.server.report.Sheet.Kind;

/**
 * Lays an {@link IvrReport} out as a {@link Sheet}: one row per flow, then the row "all" of every
 * call that entered the IVR; {@code other_exits} and {@code left_at} list {@code name:count}, most
 * first. Stateless.
 */
final class IvrSheet {

    private static final List<Column> COLUMNS = List.of(
            new Column("flow", Kind.TEXT),
            new Column("entered", Kind.COUNT),
            new Column("contained", Kind.COUNT),
            new Column("containment", Kind.RATIO),
            new Column("queued", Kind.COUNT),
            new Column("abandoned_in_ivr", Kind.COUNT),
            new Column("other_exits", Kind.TEXT),
            new Column("left_at", Kind.TEXT));

    private IvrSheet() {
    }

    static Sheet of(IvrReport report) {
        List<List<Object>> rows = new ArrayList<>();
        report.flows().forEach(flow -> rows.add(row(flow)));
        rows.add(row(report.total()));
        return new Sheet(COLUMNS, rows);
    }

    private static List<Object> row(IvrFlowFigures flow) {
        return List.of(flow.flowId(), flow.entered(), flow.contained(), flow.containment(), flow.queued(),
                flow.abandoned(), counts(flow.otherExits()), counts(flow.leftAt()));
    }

    private static String counts(Map<String, Long> counts) {
        return counts.entrySet().stream().map(entry -> entry.getKey() + ":" + entry.getValue())
                .collect(Collectors.joining(" "));
    }
}
