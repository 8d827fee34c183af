package org.acd.server.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acd.server.report.SvgBarChart.Marker;
import org.acd.server.report.SvgBarChart.Series;
import org.junit.jupiter.api.Test;

final class SvgBarChartTest {

    private static final Pattern RECT = Pattern.compile(
            "<rect x=\"([-0-9.]+)\" y=\"([-0-9.]+)\" width=\"([-0-9.]+)\" height=\"([-0-9.]+)\" fill=\"([^\"]+)\">");

    /** The plot is 206 units high (260 - 14 - 40), starting 14 down: a value v of max 1 is 206 v high. */
    @Test
    void shouldDrawEachValueAsABarOfProportionalHeightCentredInItsSlot() {
        SvgBarChart chart = new SvgBarChart("SL", List.of("09:00", "10:00"),
                List.of(new Series("service level", "#1f8a4c", List.of(0.5, 0.25))), ChartScale.holding(1.0, true),
                400, null);

        assertEquals(List.of(new Bar(132, 117, 40, 103, "#1f8a4c"), new Bar(332, 168.5, 40, 51.5, "#1f8a4c")),
                bars(chart.svg()));
        assertEquals(52 + 400 + 12, chart.width());
    }

    @Test
    void shouldPutTheSeriesOfASlotSideBySide() {
        SvgBarChart chart = new SvgBarChart("waits", List.of("≤5s"),
                List.of(new Series("answered", "#2f6fd0", List.of(20.0)), new Series("abandoned", "#e08a1e",
                        List.of(10.0))), ChartScale.holding(20, false), 200, null);

        List<Bar> bars = bars(chart.svg());
        assertEquals(new Bar(112, 14, 40, 206, "#2f6fd0"), bars.get(0));
        assertEquals(new Bar(152, 117, 40, 103, "#e08a1e"), bars.get(1));
    }

    @Test
    void shouldDrawNoBarForARatioOfNoCalls() {
        SvgBarChart chart = new SvgBarChart("SL", List.of("09:00", "10:00", "11:00"),
                List.of(new Series("service level", "#1f8a4c", List.of(1.0, Double.NaN, 0.0))),
                ChartScale.holding(1.0, true), 300, null);

        List<Bar> bars = bars(chart.svg());
        assertEquals(2, bars.size());
        assertEquals(0, bars.get(1).height());
    }

    @Test
    void shouldGrowWiderThanThePlotRatherThanSqueezeBarsBelowTheMinimumSlot() {
        List<String> hours = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            hours.add(String.valueOf(i));
            values.add(0.5);
        }
        SvgBarChart chart = new SvgBarChart("many", hours, List.of(new Series("x", "#000000", values)),
                ChartScale.holding(1.0, true), 400, null);

        assertEquals(SvgBarChart.MIN_SLOT, chart.slotWidth());
        assertEquals(52 + 100 * SvgBarChart.MIN_SLOT + 12, chart.width());
        assertTrue(chart.svg().contains("width=\"" + chart.width() + "\""));
    }

    @Test
    void shouldLabelTheGridWithTheScale() {
        String svg = new SvgBarChart("abandon", List.of("a"), List.of(new Series("rate", "#d64545", List.of(0.034))),
                ChartScale.holding(0.034, true), 100, null).svg();

        for (String tick : List.of(">0%<", ">1%<", ">2%<", ">3%<", ">4%<")) {
            assertTrue(svg.contains(tick), tick + " in " + svg);
        }
    }

    @Test
    void shouldDrawTheMarkerAfterItsSlot() {
        String svg = new SvgBarChart("waits", List.of("≤10s", "≤20s", "≤30s"),
                List.of(new Series("answered", "#2f6fd0", List.of(1.0, 2.0, 3.0))), ChartScale.holding(3, false),
                300, new Marker(1, "SL 20s")).svg();

        assertTrue(svg.contains("<line class=\"marker\" x1=\"252\" y1=\"14\" x2=\"252\" y2=\"220\"/>"), svg);
        assertTrue(svg.contains(">SL 20s</text>"), svg);
    }

    @Test
    void shouldEscapeCategoryAndSeriesNames() {
        String svg = new SvgBarChart("<b>", List.of("<script>x</script>"),
                List.of(new Series("a&b", "#000000", List.of(1.0))), ChartScale.holding(1, false), 100, null).svg();

        assertFalse(svg.contains("<script>"), svg);
        assertFalse(svg.contains("<b>"), svg);
        assertTrue(svg.contains("&lt;script&gt;x&lt;/script&gt;: a&amp;b 1"), svg);
    }

    @Test
    void shouldRefuseASeriesWithTheWrongNumberOfValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SvgBarChart("x",
                List.of("a", "b"), List.of(new Series("s", "#000000", List.of(1.0))), ChartScale.holding(1, false),
                100, null));
        assertTrue(e.getMessage().contains("series s has 1 values for 2 categories"), e.getMessage());
    }

    private record Bar(double x, double y, double width, double height, String fill) {
    }

    private static List<Bar> bars(String svg) {
        List<Bar> bars = new ArrayList<>();
        Matcher rect = RECT.matcher(svg);
        while (rect.find()) {
            bars.add(new Bar(Double.parseDouble(rect.group(1)), Double.parseDouble(rect.group(2)),
                    Double.parseDouble(rect.group(3)), Double.parseDouble(rect.group(4)), rect.group(5)));
        }
        return bars;
    }
}
