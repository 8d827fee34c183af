package org.acd.server.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import org.acd.core.reporting.KpiThresholds;
import org.junit.jupiter.api.Test;

final class TodayKpisTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** 23:00 in Paris (UTC+1 in winter). */
    private static final long LATE = Instant.parse("2026-01-14T22:00:00Z").toEpochMilli();
    private static final long AFTER_MIDNIGHT = LATE + 2 * 3_600_000;

    private final TodayKpis today = new TodayKpis(KpiThresholds.DEFAULTS, PARIS);

    @Test
    void shouldCountTheCallsOfTheDayPerQueue() {
        today.callEnteredQueue(LATE, 1, "orders", "standard", 1);
        today.callAnswered(LATE + 10_000, 1, "orders", "a1", 10_000);
        today.callEnteredQueue(LATE, 2, "orders", "standard", 2);
        today.callAbandoned(LATE + 30_000, 2, "orders", 30_000, 1, false);

        assertEquals(2, today.byQueue(LATE + 60_000).get("orders").offered());
        assertEquals(0.5, today.byQueue(LATE + 60_000).get("orders").abandonRate());
    }

    @Test
    void shouldStartAfreshAtMidnightInTheZone() {
        today.callEnteredQueue(LATE, 1, "orders", "standard", 1);
        today.callEnteredQueue(LATE + 3_599_000, 2, "orders", "standard", 1);
        today.callAnswered(AFTER_MIDNIGHT, 2, "orders", "a1", 3_601_000);
        today.callEnteredQueue(AFTER_MIDNIGHT, 3, "orders", "standard", 1);

        assertEquals(1, today.byQueue(AFTER_MIDNIGHT).get("orders").offered(), "only the call of the new day");
        assertEquals(0, today.byQueue(AFTER_MIDNIGHT).get("orders").answered(), "yesterday's call is not today's");
    }

    @Test
    void shouldShowNothingOnADayWithoutOutcomesYet() {
        today.callEnteredQueue(LATE, 1, "orders", "standard", 1);

        assertTrue(today.byQueue(AFTER_MIDNIGHT).isEmpty());
    }
}
