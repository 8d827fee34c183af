package org.acd.server.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.acd.core.api.AgentState;
import org.acd.core.reporting.KpiReport;
import org.acd.core.reporting.KpiThresholds;
import org.acd.core.view.AgentView;
import org.acd.core.view.ConfigReloads;
import org.acd.core.view.EngineSnapshot;
import org.acd.core.view.QueueView;
import org.acd.server.admin.WallboardView.Board;
import org.acd.server.admin.WallboardView.Level;
import org.acd.server.admin.WallboardView.Queue;
import org.junit.jupiter.api.Test;

final class WallboardViewTest {

    private static final long NOW = 1_000_000;
    private static final WallboardSettings SETTINGS = new WallboardSettings(KpiThresholds.DEFAULTS, ZoneOffset.UTC,
            30_000, 60_000, Map.of("vip", 0.95), 0.05, 0.10);

    private static Queue queue(int waiting, long longestWaitMs, int ready, KpiReport today, String id) {
        EngineSnapshot snapshot = new EngineSnapshot(NOW, 0, 0, 0,
                List.of(new QueueView(id, waiting, NOW - longestWaitMs, 3, ready, 0, 0, -1, -1)), List.of(), List.of(),
                ConfigReloads.NONE);
        return WallboardView.of(snapshot, Map.of(id, today), SETTINGS, Map.of()).queues().get(0);
    }

    /** Offered, answered, answered within the service level, abandoned (none short). */
    private static KpiReport today(long offered, long answered, long withinSl, long abandoned) {
        return new KpiReport(offered, answered, abandoned, 0, 0, 0, 0, withinSl, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void shouldColourTheLongestWaitAsAcdctlWatchDoes() {
        assertEquals(Level.OK, queue(1, 29_999, 1, KpiReport.EMPTY, "q").longestWaitLevel());
        assertEquals(Level.WARN, queue(1, 30_000, 1, KpiReport.EMPTY, "q").longestWaitLevel());
        assertEquals(Level.ALARM, queue(1, 60_000, 1, KpiReport.EMPTY, "q").longestWaitLevel());
        assertEquals(0, queue(0, 90_000, 1, KpiReport.EMPTY, "q").longestWaitMs(), "nobody waits");
    }

    @Test
    void shouldWarnWhenCallsWaitAndNoAgentIsReady() {
        assertEquals(Level.WARN, queue(2, 0, 0, KpiReport.EMPTY, "q").waitingLevel());
        assertEquals(Level.OK, queue(2, 0, 1, KpiReport.EMPTY, "q").waitingLevel());
        assertEquals(Level.OK, queue(0, 0, 0, KpiReport.EMPTY, "q").waitingLevel());
    }

    @Test
    void shouldColourTodaysServiceLevelAgainstTheQueuesTarget() {
        assertEquals(Level.OK, queue(0, 0, 1, today(10, 10, 8, 0), "q").serviceLevelLevel());
        assertEquals(Level.WARN, queue(0, 0, 1, today(10, 10, 7, 0), "q").serviceLevelLevel());
        assertEquals(Level.ALARM, queue(0, 0, 1, today(10, 10, 6, 0), "q").serviceLevelLevel());
        assertEquals(Level.WARN, queue(0, 0, 1, today(10, 10, 9, 0), "vip").serviceLevelLevel(), "its own 95 %");
        assertEquals(0.95, queue(0, 0, 1, today(10, 10, 9, 0), "vip").serviceLevelTarget());
    }

    @Test
    void shouldColourTodaysAbandonRate() {
        assertEquals(Level.OK, queue(0, 0, 1, today(100, 96, 96, 4), "q").abandonRateLevel());
        assertEquals(Level.WARN, queue(0, 0, 1, today(100, 95, 95, 5), "q").abandonRateLevel());
        assertEquals(Level.ALARM, queue(0, 0, 1, today(100, 90, 90, 10), "q").abandonRateLevel());
    }

    @Test
    void shouldSendNullRatiosAndNoColourBeforeTheFirstCallOfTheDay() {
        Queue queue = queue(0, 0, 1, KpiReport.EMPTY, "q");

        assertNull(queue.serviceLevelToday());
        assertNull(queue.abandonRateToday());
        assertEquals(Level.OK, queue.serviceLevelLevel());
        assertEquals(Level.OK, queue.abandonRateLevel());
    }

    @Test
    void shouldCountAgentsByStateAndNameThem() {
        EngineSnapshot snapshot = new EngineSnapshot(NOW, 0, 0, 0, List.of(), List.of(
                agent("alice", AgentState.READY, ""), agent("bob", AgentState.NOT_READY, "RONA"),
                agent("carol", AgentState.READY, "")), List.of(), ConfigReloads.NONE);

        Board board = WallboardView.of(snapshot, Map.of(), SETTINGS, Map.of("alice", "Alice A."));

        assertEquals(2, board.agentsByState().get(AgentState.READY));
        assertEquals(0, board.agentsByState().get(AgentState.ON_CALL));
        assertEquals("Alice A.", board.agents().get(0).name());
        assertEquals("bob", board.agents().get(1).name());
        assertEquals("RONA", board.agents().get(1).reason());
        assertNull(board.agents().get(0).reason());
        assertEquals(10_000, board.agents().get(0).inStateMs());
    }

    private static AgentView agent(String id, AgentState state, String reason) {
        return new AgentView(id, state, reason, NOW - 10_000, 0, true, true, 0, "", false, 0, 0, 0, 0);
    }
}
