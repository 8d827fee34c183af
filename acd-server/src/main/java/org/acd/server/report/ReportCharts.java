package org.acd.server.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.acd.core.reporting.KpiReport;
import org.acd.core.reporting.ReportInterval;
import org.acd.core.reporting.WaitHistogram;
import org.acd.core.reporting.WaitHistogram.Bucket;
import org.acd.server.report.SvgBarChart.Marker;
import org.acd.server.report.SvgBarChart.Series;

/**
 * The HTML report's charts, from the KPIs: abandon rate and service level per interval of queue
 * entry (one bar per interval that had calls, labelled in UTC), and the wait-time distribution
 * (answered and abandoned calls side by side per wait bucket, a marker at the service-level
 * threshold). The colours are fixed, and the screenshot test looks for them. Stateless.
 */
final class ReportCharts {

    static final String ABANDON_COLOR = "#d64545";
    static final String SERVICE_LEVEL_COLOR = "#1f8a4c";
    static final String ANSWERED_COLOR = "#2f6fd0";
    static final String ABANDONED_COLOR = "#e08a1e";
    static final int INTERVAL_PLOT_WIDTH = 460;
    static final int WAITS_PLOT_WIDTH = 1000;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_TIME =
            DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private ReportCharts() {
    }

    static SvgBarChart abandonRate(Map<Long, KpiReport> byInterval, ReportInterval interval) {
        List<Double> rates = values(byInterval, KpiReport::abandonRate);
        double largest = rates.stream().filter(Double::isFinite).mapToDouble(Double::doubleValue).max().orElse(0);
        return new SvgBarChart("Abandon rate per interval", intervalLabels(byInterval, interval),
                List.of(new Series("abandon rate", ABANDON_COLOR, rates)), ChartScale.holding(largest, true),
                INTERVAL_PLOT_WIDTH, null);
    }

    static SvgBarChart serviceLevel(Map<Long, KpiReport> byInterval, ReportInterval interval) {
        return new SvgBarChart("Service level per interval", intervalLabels(byInterval, interval),
                List.of(new Series("service level", SERVICE_LEVEL_COLOR, values(byInterval, KpiReport::serviceLevel))),
                ChartScale.holding(1.0, true), INTERVAL_PLOT_WIDTH, null);
    }

    /** Answered and abandoned calls per wait bucket; the marker follows the bucket ending at {@code serviceLevelMs}. */
    static SvgBarChart waits(WaitHistogram histogram, long serviceLevelMs) {
        List<String> labels = new ArrayList<>();
        List<Double> answered = new ArrayList<>();
        List<Double> abandoned = new ArrayList<>();
        Marker marker = null;
        long largest = 0;
        for (Bucket bucket : histogram.buckets()) {
            labels.add(bucket.open() ? ">" + duration(bucket.overMs()) : "≤" + duration(bucket.upToMs()));
            answered.add((double) bucket.answered());
            abandoned.add((double) bucket.abandoned());
            largest = Math.max(largest, Math.max(bucket.answered(), bucket.abandoned()));
            if (bucket.upToMs() == serviceLevelMs) {
                marker = new Marker(labels.size() - 1, "SL " + duration(serviceLevelMs));
            }
        }
        return new SvgBarChart("Waits of answered and abandoned calls", labels,
                List.of(new Series("answered", ANSWERED_COLOR, answered),
                        new Series("abandoned", ABANDONED_COLOR, abandoned)),
                ChartScale.holding(largest, false), WAITS_PLOT_WIDTH, marker);
    }

    private static List<Double> values(Map<Long, KpiReport> byInterval, ToDoubleFunction<KpiReport> kpi) {
        return byInterval.values().stream().map(report -> kpi.applyAsDouble(report)).toList();
    }

    /** Interval starts in UTC: the date for days, the time when every interval is on one day, else both. */
    static List<String> intervalLabels(Map<Long, KpiReport> byInterval, ReportInterval interval) {
        if (interval == ReportInterval.DAY) {
            return byInterval.keySet().stream().map(start -> DAY.format(Instant.ofEpochMilli(start))).toList();
        }
        long days = byInterval.keySet().stream().map(start -> ReportInterval.DAY.startOf(start)).distinct().count();
        DateTimeFormatter format = days <= 1 ? TIME : DAY_TIME;
        return byInterval.keySet().stream().map(start -> format.format(Instant.ofEpochMilli(start))).toList();
    }

    /** A wait bound as a contact center says it: 20s, 90s, 2m, 5m. */
    static String duration(long ms) {
        long seconds = ms / 1000;
        if (ms % 1000 != 0) {
            return ms + "ms";
        }
        return seconds >= 120 && seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }
}
