package org.acd.server.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class ChartScaleTest {

    @Test
    void shouldRoundTheStepUpToOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(10, ChartScale.holding(37, false).step());
        assertEquals(20, ChartScale.holding(41, false).step());
        assertEquals(50, ChartScale.holding(160, false).step());
        assertEquals(0.01, ChartScale.holding(0.034, true).step(), 1e-12);
        assertEquals(0.05, ChartScale.holding(0.13, true).step(), 1e-12);
    }

    @Test
    void shouldStepCountsByWholeCallsAndRatiosByAPercentAtLeast() {
        assertEquals(1, ChartScale.holding(0, false).step());
        assertEquals(1, ChartScale.holding(2, false).step());
        assertEquals(0.01, ChartScale.holding(0, true).step(), 1e-12);
        assertEquals(0.01, ChartScale.holding(Double.NaN, true).step(), 1e-12);
    }

    @Test
    void shouldNeverGoPastAHundredPercent() {
        assertEquals(1.0, ChartScale.holding(0.9, true).max(), 1e-12);
        assertEquals(1.0, ChartScale.holding(1.0, true).max(), 1e-12);
    }

    @Test
    void shouldLabelRatiosAsPercentagesAndCountsAsWholeNumbers() {
        assertEquals("25%", ChartScale.holding(1, true).label(0.25));
        assertEquals("2.5%", ChartScale.holding(1, true).label(0.025));
        assertEquals("40", ChartScale.holding(37, false).label(40));
    }
}
