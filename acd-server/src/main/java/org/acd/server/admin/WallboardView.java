package org.acd.server.admin;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acd.core.api.AgentState;
import org.acd.core.reporting.KpiReport;
import org.acd.core.view.AgentView;
import org.acd.core.view.EngineSnapshot;
import org.acd.core.view.QueueView;

/**
 * What the web wallboard's stream sends once a second, and {@code GET /api/wallboard} once: each
 * queue with its calls waiting, longest wait and today's figures, the agents counted by state and
 * listed, the colour of every figure that has one and the thresholds behind the colours, decided
 * here so that the page and {@code acdctl watch} only paint. No caller numbers and no call list:
 * the wallboard's cookie opens only this. A ratio of no calls is null. Pure functions; any thread.
 */
final class WallboardView {

    /** How a figure stands against its threshold; the page paints each its colour. */
    enum Level {
        OK,
        WARN,
        ALARM
    }

    /**
     * @param waitingLevel {@code WARN} when calls wait and no agent is ready, as {@code acdctl watch} shows it
     * @param serviceLevelTarget the queue's goal, a fraction
     */
    record Queue(String id, int waiting, Level waitingLevel, long longestWaitMs, Level longestWaitLevel,
                 int agentsReady, int agentsLoggedIn, long offeredToday, long answeredToday, long abandonedToday,
                 Double serviceLevelToday, Level serviceLevelLevel, double serviceLevelTarget,
                 Double abandonRateToday, Level abandonRateLevel) {
    }

    record Agent(String id, String name, AgentState state, String reason, long inStateMs) {
    }

    /**
     * What the levels were decided against, from the server's configuration, so that a client can
     * name them in a legend: longest waits warn and alarm from their times, a service level warns up
     * to {@code serviceLevelWarnBand} under its queue's target, abandon rates warn and alarm from theirs.
     */
    record Thresholds(long longestWaitWarnMs, long longestWaitAlarmMs, double serviceLevelWarnBand,
                      double abandonRateWarn, double abandonRateAlarm) {
    }

    record Board(long atMs, long serviceLevelThresholdMs, Thresholds thresholds, List<Queue> queues,
                 Map<AgentState, Integer> agentsByState, List<Agent> agents) {
    }

    /** Ratios a hair under a bound by floating-point rounding (7/10 against 0.8 - 0.1) count as on it. */
    private static final double ROUNDING = 1e-9;

    private WallboardView() {
    }

    static Board of(EngineSnapshot snapshot, Map<String, KpiReport> today, WallboardSettings settings,
                    Map<String, String> agentNames) {
        long atMs = snapshot.atMs();
        List<Queue> queues = snapshot.queues().stream()
                .map(queue -> queue(queue, today.getOrDefault(queue.id(), KpiReport.EMPTY), settings, atMs)).toList();
        Map<AgentState, Integer> byState = new EnumMap<>(AgentState.class);
        for (AgentState state : AgentState.values()) {
            byState.put(state, 0);
        }
        snapshot.agents().forEach(agent -> byState.merge(agent.state(), 1, Integer::sum));
        List<Agent> agents = snapshot.agents().stream().map(agent -> agent(agent, agentNames, atMs)).toList();
        Thresholds thresholds = new Thresholds(settings.yellowAfterMs(), settings.redAfterMs(),
                WallboardSettings.SERVICE_LEVEL_YELLOW_BAND, settings.abandonYellow(), settings.abandonRed());
        return new Board(atMs, settings.kpi().serviceLevelMs(), thresholds, queues, new LinkedHashMap<>(byState),
                agents);
    }

    private static Queue queue(QueueView view, KpiReport today, WallboardSettings settings, long atMs) {
        long longestWaitMs = view.waitingCalls() == 0 ? 0 : Math.max(0, atMs - view.oldestEntryMs());
        Level waitLevel = longestWaitMs >= settings.redAfterMs() ? Level.ALARM
                : longestWaitMs >= settings.yellowAfterMs() ? Level.WARN : Level.OK;
        Level waitingLevel = view.waitingCalls() > 0 && view.agentsReady() == 0 ? Level.WARN : Level.OK;
        double target = settings.serviceLevelTarget(view.id());
        Double serviceLevel = finite(today.serviceLevel());
        Level serviceLevelLevel = serviceLevel == null || serviceLevel >= target - ROUNDING ? Level.OK
                : serviceLevel >= target - WallboardSettings.SERVICE_LEVEL_YELLOW_BAND - ROUNDING ? Level.WARN
                : Level.ALARM;
        Double abandonRate = finite(today.abandonRate());
        Level abandonLevel = abandonRate == null || abandonRate < settings.abandonYellow() ? Level.OK
                : abandonRate < settings.abandonRed() ? Level.WARN : Level.ALARM;
        return new Queue(view.id(), view.waitingCalls(), waitingLevel, longestWaitMs, waitLevel, view.agentsReady(),
                view.agentsLoggedIn(), today.offered(), today.answered(), today.abandoned(), serviceLevel,
                serviceLevelLevel, target, abandonRate, abandonLevel);
    }

    private static Agent agent(AgentView view, Map<String, String> names, long atMs) {
        String reason = view.reason() == null || view.reason().isEmpty() ? null : view.reason();
        return new Agent(view.id(), names.getOrDefault(view.id(), view.id()), view.state(), reason,
                Math.max(0, atMs - view.stateSinceMs()));
    }

    private static Double finite(double ratio) {
        return Double.isFinite(ratio) ? ratio : null;
    }
}
