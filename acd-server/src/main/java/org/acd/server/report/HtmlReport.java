package org.acd.server.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.acd.core.reporting.AbandonedCall;
import org.acd.core.reporting.KpiReport;
import org.acd.core.reporting.KpiSummary;
import org.acd.core.reporting.KpiThresholds;
import org.acd.core.reporting.ReportInterval;
import org.acd.core.reporting.WaitHistogram;

/**
 * {@code acd report --format html}: the whole report as one self-contained page, to mail or archive.
 * The style sheet is inlined and the charts are SVG drawn here, so the page loads nothing and needs
 * no script: headline figures, the summary of all calls with the definitions, abandon rate and
 * service level per interval, the wait-time distribution, the tables per queue, tier, interval and
 * agent, and the abandoned calls to call back. Every string from the journal is escaped. Immutable;
 * {@link #render()} on any thread.
 *
 * @param source what the report was computed from (the journal directory), shown in the heading
 * @param generatedAt when the report was made
 * @param abandoned the abandoned calls with their caller numbers
 */
record HtmlReport(String source, Instant generatedAt, KpiThresholds thresholds, ReportInterval interval,
                  KpiSummary summary, WaitHistogram waits, List<AbandonedCall> abandoned) {

    private static final String STYLE_SHEET = "report.css";

    String render() {
        KpiReport all = summary.overall();
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>ACD report: ").append(HtmlText.escape(source)).append("</title>\n<style>\n")
                .append(styleSheet()).append("</style>\n</head>\n<body>\n");
        heading(html);
        tiles(html, all);
        html.append("<section id=\"summary\">\n<h2>All calls</h2>\n").append(summaryTable(all)).append("</section>\n");
        intervalCharts(html);
        SvgBarChart waitChart = ReportCharts.waits(waits, thresholds.serviceLevelMs());
        html.append("<section id=\"waits\">\n<h2>Wait-time distribution</h2>\n").append(legend(waitChart));
        figure(html, "chart-waits", waitChart, all.answered() + all.abandoned() == 0,
                "Waits from queue entry to answer (ring time included) and to hang-up (short abandons included).");
        html.append("</section>\n");
        tableSection(html, "queues", "Per queue", KpiSheets.calls(summary, Grouping.QUEUE, ReportKind.KPIS),
                "By the queue each call entered first.");
        tableSection(html, "tiers", "Per tier", KpiSheets.calls(summary, Grouping.TIER, ReportKind.KPIS), "By customer tier.");
        tableSection(html, "intervals", "Per interval", KpiSheets.calls(summary, Grouping.INTERVAL, ReportKind.KPIS),
                "By the " + interval.label() + " interval of queue entry, UTC.");
        tableSection(html, "agents", "Per agent", KpiSheets.agents(summary),
                "AHT = (talk + wrap-up) / completed calls; occupancy = on call / (on call + ready idle).");
        tableSection(html, "abandoned", "Abandoned calls", KpiSheets.abandoned(abandoned),
                "Callers who hung up before an agent answered, in the order they hung up: to call back.");
        return html.append("</body>\n</html>\n").toString();
    }

    private void heading(StringBuilder html) {
        html.append("<header>\n<h1>ACD report</h1>\n<p class=\"meta\">Journal <b>").append(HtmlText.escape(source))
                .append("</b>").append(period()).append(" · made ")
                .append(HtmlText.escape(generatedAt.truncatedTo(ChronoUnit.SECONDS).toString()))
                .append("</p>\n<p class=\"meta\">Short abandon under ")
                .append(ReportCharts.duration(thresholds.shortAbandonMs())).append(" · service level within ")
                .append(ReportCharts.duration(thresholds.serviceLevelMs())).append(" · intervals of ")
                .append(HtmlText.escape(interval.label())).append(", UTC</p>\n</header>\n");
    }

    /** The span of queue entries, from the first interval's start to the last one's end. */
    private String period() {
        Map<Long, KpiReport> intervals = summary.byInterval();
        if (intervals.isEmpty()) {
            return " · no calls";
        }
        long first = intervals.keySet().iterator().next();
        long last = intervals.keySet().stream().reduce((a, b) -> b).orElseThrow() + interval.lengthMs();
        return " · calls entered " + Instant.ofEpochMilli(first) + " to " + Instant.ofEpochMilli(last);
    }

    private static void tiles(StringBuilder html, KpiReport all) {
        html.append("<section id=\"headline\" class=\"tiles\">\n");
        tile(html, "Offered", String.valueOf(all.offered()));
        tile(html, "Answered", String.valueOf(all.answered()));
        tile(html, "Abandoned", String.valueOf(all.abandoned()));
        tile(html, "Abandon rate", percent(all.abandonRate()));
        tile(html, "Service level", percent(all.serviceLevel()));
        tile(html, "ASA", seconds(all.asaSeconds()));
        html.append("</section>\n");
    }

    private static void tile(StringBuilder html, String label, String value) {
        html.append("<div class=\"tile\"><div class=\"value\">").append(HtmlText.escape(value))
                .append("</div><div class=\"label\">").append(HtmlText.escape(label)).append("</div></div>\n");
    }

    private String summaryTable(KpiReport all) {
        String sl = ReportCharts.duration(thresholds.serviceLevelMs());
        String[][] rows = {
            {"Offered", String.valueOf(all.offered()), "calls that entered a queue (a call moved between queues once)"},
            {"Answered", String.valueOf(all.answered()), "calls an agent answered"},
            {"Abandoned", String.valueOf(all.abandoned()), "callers who hung up before an agent answered"},
            {"Short abandons", String.valueOf(all.shortAbandoned()),
                "abandoned within " + ReportCharts.duration(thresholds.shortAbandonMs()) + "; out of every ratio"},
            {"Abandon rate", percent(all.abandonRate()), "abandoned, not short / (offered − short abandons)"},
            {"Service level", percent(all.serviceLevel()), "answered within " + sl + " / answered"},
            {"Service level 2", percent(all.serviceLevel2()),
                "(answered + abandoned within " + sl + ") / (answered + abandoned)"},
            {"Removed within SL", percent(all.removedWithinServiceLevel()),
                "left the queue within " + sl + ", however / offered"},
            {"ASA", seconds(all.asaSeconds()), "mean wait of answered calls, ring time included"},
            {"Average time to abandon", seconds(all.averageTimeToAbandonSeconds()), "mean wait of abandoned calls"},
            {"Longest wait", seconds(all.longestWaitMs() / 1000.0), "of a call that left the queue"},
            {"Timed out", String.valueOf(all.timedOut()), "left by the queue's max wait"},
            {"Overflowed", String.valueOf(all.overflowed()), "left without an agent otherwise (full, no agents)"},
            {"Unfinished", String.valueOf(all.unfinished()), "still waiting or ringing when the journal ends"},
        };
        StringBuilder table = new StringBuilder("<table class=\"summary\">\n<tbody>\n");
        for (String[] row : rows) {
            table.append("<tr><th scope=\"row\">").append(HtmlText.escape(row[0])).append("</th><td class=\"num\">")
                    .append(HtmlText.escape(row[1])).append("</td><td class=\"definition\">")
                    .append(HtmlText.escape(row[2])).append("</td></tr>\n");
        }
        return table.append("</tbody>\n</table>\n").toString();
    }

    private void intervalCharts(StringBuilder html) {
        Map<Long, KpiReport> intervals = summary.byInterval();
        html.append("<section id=\"per-interval\">\n<h2>Per interval</h2>\n<div class=\"pair\">\n<div>\n<h3>")
                .append("Abandon rate</h3>\n");
        figure(html, "chart-abandon-rate", ReportCharts.abandonRate(intervals, interval), intervals.isEmpty(),
                "Abandoned, not short / (offered − short abandons), per " + interval.label() + " of queue entry.");
        html.append("</div>\n<div>\n<h3>Service level</h3>\n");
        figure(html, "chart-service-level", ReportCharts.serviceLevel(intervals, interval), intervals.isEmpty(),
                "Answered within " + ReportCharts.duration(thresholds.serviceLevelMs()) + " / answered, per "
                        + interval.label() + " of queue entry.");
        html.append("</div>\n</div>\n</section>\n");
    }

    private static void figure(StringBuilder html, String id, SvgBarChart chart, boolean empty, String caption) {
        html.append("<figure id=\"").append(id).append("\">\n<div class=\"scroll\">\n")
                .append(empty ? "<p class=\"empty\">no calls</p>\n" : chart.svg())
                .append("</div>\n<figcaption>").append(HtmlText.escape(caption)).append("</figcaption>\n</figure>\n");
    }

    private static String legend(SvgBarChart chart) {
        StringBuilder legend = new StringBuilder("<p class=\"legend\">");
        for (SvgBarChart.Series series : chart.series()) {
            legend.append("<span><i style=\"background:").append(HtmlText.escape(series.color())).append("\"></i>")
                    .append(HtmlText.escape(series.name())).append("</span>");
        }
        return legend.append("</p>\n").toString();
    }

    private static void tableSection(StringBuilder html, String id, String title, Sheet sheet, String note) {
        html.append("<section id=\"").append(id).append("\">\n<h2>").append(HtmlText.escape(title))
                .append("</h2>\n<p class=\"note\">").append(HtmlText.escape(note))
                .append("</p>\n<div class=\"scroll\">\n")
                .append(HtmlTables.table(sheet, title)).append("</div>\n</section>\n");
    }

    private static String percent(double ratio) {
        return Double.isFinite(ratio) ? String.format(Locale.ROOT, "%.1f%%", ratio * 100) : "-";
    }

    private static String seconds(double seconds) {
        return Double.isFinite(seconds) ? String.format(Locale.ROOT, "%.1f s", seconds) : "-";
    }

    private static String styleSheet() {
        try (InputStream in = HtmlReport.class.getResourceAsStream(STYLE_SHEET)) {
            if (in == null) {
                throw new IllegalStateException("the report's style sheet " + STYLE_SHEET + " is missing from the "
                        + "class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report's style sheet", e);
        }
    }
}
