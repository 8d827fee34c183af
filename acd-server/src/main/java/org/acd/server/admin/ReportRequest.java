package org.acd.server.admin;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.acd.core.reporting.KpiThresholds;
import org.acd.core.reporting.ReportInterval;
import org.acd.core.reporting.ReportScope;
import org.acd.server.report.Grouping;
import org.acd.server.report.ReportFormat;
import org.acd.server.report.ReportKind;
import org.acd.server.report.ReportQuery;

/**
 * A checked request for one of the reports at {@code GET /api/reports/NAME}: which report, the
 * {@link ReportQuery} it runs, and the format it is answered in. Made on the admin event loop, so
 * that a bad parameter is refused before any journal is read. Immutable.
 *
 * @param name   the report's name in the path
 * @param query  what to compute
 * @param format table, csv or json
 */
record ReportRequest(String name, ReportQuery query, ReportFormat format) {

    static final String PATH = "/api/reports/";
    static final String IVR = "ivr";

    private static final List<String> CALL_PARAMETERS = List.of(ReportParameters.FROM, ReportParameters.TO,
            ReportParameters.INTERVAL, ReportParameters.BY, ReportParameters.QUEUE, ReportParameters.TIER,
            ReportParameters.SHORT_ABANDON, ReportParameters.SERVICE_LEVEL, ReportParameters.FORMAT);
    private static final List<String> AGENT_PARAMETERS = List.of(ReportParameters.FROM, ReportParameters.TO,
            ReportParameters.QUEUE, ReportParameters.FORMAT);
    private static final List<String> ABANDONED_PARAMETERS = List.of(ReportParameters.FROM, ReportParameters.TO,
            ReportParameters.QUEUE, ReportParameters.TIER, ReportParameters.SHORT_ABANDON, ReportParameters.FORMAT);
    private static final List<String> IVR_PARAMETERS = List.of(ReportParameters.FROM, ReportParameters.TO,
            ReportParameters.FORMAT);
    private static final Map<String, ReportKind> KINDS = Map.of("abandon", ReportKind.ABANDON,
            "service", ReportKind.SERVICE, "agents", ReportKind.AGENTS, "abandoned-calls", ReportKind.ABANDONED_CALLS,
            IVR, ReportKind.IVR);
    /** The report names in the order the API lists them. */
    static final List<String> NAMES = List.of("abandon", "service", "agents", "abandoned-calls", IVR);
    private static final List<Grouping> CALL_GROUPINGS = List.of(Grouping.QUEUE, Grouping.TIER, Grouping.INTERVAL);

    /**
     * Checks the request for the report {@code name}; {@code queues} and {@code tiers} are the
     * configured ids a {@code queue} or {@code tier} parameter must name.
     *
     * @throws ApiException 404 for an unknown report, 400 for a bad parameter
     */
    static ReportRequest parse(String name, Map<String, List<String>> parameters, List<String> queues,
                               List<String> tiers) {
        if (!NAMES.contains(name)) {
            throw new ApiException(HttpResponseStatus.NOT_FOUND, "no report '" + name + "'; the reports are "
                    + String.join(", ", NAMES));
        }
        String endpoint = "the " + name + " report";
        List<String> accepted = switch (name) {
            case "agents" -> AGENT_PARAMETERS;
            case "abandoned-calls" -> ABANDONED_PARAMETERS;
            case IVR -> IVR_PARAMETERS;
            default -> CALL_PARAMETERS;
        };
        ReportParameters read = new ReportParameters(endpoint, parameters, accepted);
        ReportFormat format = read.choice(ReportParameters.FORMAT, sheetFormats(), ReportFormat.JSON);
        ReportScope scope = scope(read, queues, tiers);
        ReportInterval interval = read.text(ReportParameters.INTERVAL).map(ReportRequest::interval)
                .orElse(ReportInterval.MINUTES_60);
        Grouping grouping = read.choice(ReportParameters.BY, CALL_GROUPINGS,
                read.text(ReportParameters.INTERVAL).isPresent() ? Grouping.INTERVAL : Grouping.QUEUE);
        KpiThresholds thresholds = new KpiThresholds(
                read.durationMs(ReportParameters.SHORT_ABANDON, KpiThresholds.DEFAULTS.shortAbandonMs()),
                read.durationMs(ReportParameters.SERVICE_LEVEL, KpiThresholds.DEFAULTS.serviceLevelMs()));
        return new ReportRequest(name, new ReportQuery(KINDS.get(name), grouping, thresholds, scope, interval),
                format);
    }

    private static ReportScope scope(ReportParameters read, List<String> queues, List<String> tiers) {
        long fromMs = read.timeMs(ReportParameters.FROM, Long.MIN_VALUE);
        long toMs = read.timeMs(ReportParameters.TO, Long.MAX_VALUE);
        ReportParameters.checkWindow(fromMs, toMs);
        return new ReportScope(fromMs, toMs, read.oneOf(ReportParameters.QUEUE, queues).orElse(null),
                read.oneOf(ReportParameters.TIER, tiers).orElse(null));
    }

    private static ReportInterval interval(String label) {
        try {
            return ReportInterval.ofLabel(label);
        } catch (IllegalArgumentException e) {
            throw ReportParameters.bad(ReportParameters.INTERVAL, label, "15m, 30m, 1h (or 60m) or day");
        }
    }

    private static List<ReportFormat> sheetFormats() {
        return Arrays.stream(ReportFormat.values()).filter(ReportFormat::isSheetFormat).toList();
    }
}
