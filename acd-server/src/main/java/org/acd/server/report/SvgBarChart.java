package org.acd.server.report;

import java.util.List;
import java.util.Locale;

/**
 * A bar chart drawn as inline SVG on the server, so the report needs no script to show it: one slot
 * per category, in each slot one bar per series side by side, a value axis with grid lines, and
 * optionally a dashed marker line between two slots (the service-level threshold among wait
 * buckets). A value that is NaN (a ratio of no calls) draws no bar. Every bar has a {@code title}
 * that a browser shows on hover. Geometry, in SVG user units: the plot spans {@link #LEFT} to
 * {@code width - RIGHT} across and {@link #TOP} to {@code HEIGHT - BOTTOM} down; a slot is the plot's
 * width over the number of categories, but never narrower than {@link #MIN_SLOT} (the chart grows
 * wider instead, and the page scrolls it); the bars of a slot are centred in it, together
 * {@link #BARS_SHARE} of its width but each at most {@link #MAX_BAR}. Immutable; any thread.
 */
final class SvgBarChart {

    static final int HEIGHT = 260;
    static final int TOP = 14;
    static final int BOTTOM = 40;
    static final int LEFT = 52;
    static final int RIGHT = 12;
    static final int MIN_SLOT = 14;
    /** Share of a slot its bars take; the rest is the gap between slots. */
    static final double BARS_SHARE = 0.7;
    /** The widest a bar gets, however few the categories. */
    static final double MAX_BAR = 40;
    private static final int LABEL_CHAR_WIDTH = 7;

    /** One row of values, one per category, drawn in one colour. */
    record Series(String name, String color, List<Double> values) {
        Series {
            values = List.copyOf(values);
        }
    }

    /** A dashed vertical line after slot {@code afterSlot}, labelled. */
    record Marker(int afterSlot, String label) {
    }

    private final String title;
    private final List<String> categories;
    private final List<Series> series;
    private final ChartScale scale;
    private final int plotWidth;
    private final Marker marker;

    /**
     * @param title what the chart shows, for screen readers
     * @param plotWidth the plot's width when every slot fits in it
     * @param marker a marker line, or null for none
     */
    SvgBarChart(String title, List<String> categories, List<Series> series, ChartScale scale, int plotWidth,
                Marker marker) {
        for (Series one : series) {
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + one.name() + " has " + one.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
        this.title = title;
        this.categories = List.copyOf(categories);
        this.series = List.copyOf(series);
        this.scale = scale;
        this.plotWidth = plotWidth;
        this.marker = marker;
    }

    List<Series> series() {
        return series;
    }

    double slotWidth() {
        return Math.max(MIN_SLOT, (double) plotWidth / Math.max(1, categories.size()));
    }

    int width() {
        return LEFT + (int) Math.ceil(slotWidth() * categories.size()) + RIGHT;
    }

    static int plotHeight() {
        return HEIGHT - TOP - BOTTOM;
    }

    String svg() {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"%d\" "
                + "height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">%n", width(), HEIGHT, width(),
                HEIGHT, HtmlText.escape(title)));
        grid(svg);
        bars(svg);
        labels(svg);
        if (marker != null) {
            markerLine(svg);
        }
        return svg.append("</svg>\n").toString();
    }

    private void grid(StringBuilder svg) {
        int right = width() - RIGHT;
        for (int tick = 0; tick <= ChartScale.TICKS; tick++) {
            double value = scale.step() * tick;
            double y = y(value);
            svg.append(String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%d\" y1=\"%s\" x2=\"%d\" y2=\"%s\"/>"
                    + "<text class=\"tick\" x=\"%d\" y=\"%s\" text-anchor=\"end\">%s</text>%n",
                    tick == 0 ? "axis" : "grid", LEFT, number(y), right, number(y), LEFT - 6, number(y + 4),
                    HtmlText.escape(scale.label(value))));
        }
    }

    private void bars(StringBuilder svg) {
        double slot = slotWidth();
        double barWidth = Math.min(MAX_BAR, slot * BARS_SHARE / series.size());
        for (int i = 0; i < categories.size(); i++) {
            double left = LEFT + slot * i + (slot - barWidth * series.size()) / 2;
            for (int s = 0; s < series.size(); s++) {
                Series one = series.get(s);
                double value = one.values().get(i);
                if (Double.isNaN(value)) {
                    continue;
                }
                double clamped = Math.min(Math.max(value, 0), scale.max());
                double top = y(clamped);
                svg.append(String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" "
                        + "fill=\"%s\"><title>%s: %s %s</title></rect>%n", number(left + barWidth * s), number(top),
                        number(barWidth), number(y(0) - top), HtmlText.escape(one.color()),
                        HtmlText.escape(categories.get(i)), HtmlText.escape(one.name()),
                        HtmlText.escape(scale.label(value))));
            }
        }
    }

    private void labels(StringBuilder svg) {
        double slot = slotWidth();
        int longest = categories.stream().mapToInt(String::length).max().orElse(0);
        int every = (int) Math.max(1, Math.ceil((longest + 1) * LABEL_CHAR_WIDTH / slot));
        for (int i = 0; i < categories.size(); i += every) {
            svg.append(String.format(Locale.ROOT, "<text class=\"category\" x=\"%s\" y=\"%d\" "
                    + "text-anchor=\"middle\">%s</text>%n", number(LEFT + slot * (i + 0.5)), HEIGHT - BOTTOM + 16,
                    HtmlText.escape(categories.get(i))));
        }
    }

    private void markerLine(StringBuilder svg) {
        double x = LEFT + slotWidth() * (marker.afterSlot() + 1);
        svg.append(String.format(Locale.ROOT, "<line class=\"marker\" x1=\"%s\" y1=\"%d\" x2=\"%s\" y2=\"%s\"/>"
                + "<text class=\"marker-label\" x=\"%s\" y=\"%d\">%s</text>%n", number(x), TOP, number(x),
                number(y(0)), number(x + 4), TOP + 10, HtmlText.escape(marker.label())));
    }

    /** The y coordinate of {@code value} on the value axis. */
    private double y(double value) {
        return TOP + plotHeight() * (1 - value / scale.max());
    }

    /** A coordinate with at most two decimals, without trailing zeros. */
    private static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }
}
