package org.acd.benchmarks.dispatch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.acd.simulator.sipp.SippCall;

/**
 * The traffic both systems get: {@code callers} callers, {@code perSecond} a second, faster than
 * {@code agents} agents can take them; each agent's phone rings {@code ringMs}, then the agent talks
 * {@code talkMs} and hangs up. Callers wait as long as it takes.
 */
record DispatchScenario(int callers, double perSecond, int agents, long ringMs, long talkMs) {

    private static final long CALLER_PATIENCE_MS = 600_000;
    private static final long DIGIT_AFTER_ANSWER_MS = 100;

    DispatchScenario {
        if (agents < 1 || agents > 8) {
            throw new IllegalArgumentException("--agents " + agents + ": the lab has phones for agents 1 to 8");
        }
        if (callers < 1 || perSecond <= 0) {
            throw new IllegalArgumentException("--callers and --per-second must be positive");
        }
    }

    /** Distinct caller numbers, so an agent's INVITE names the caller it rings for. */
    List<SippCall> calls(String did) {
        List<SippCall> calls = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            calls.add(new SippCall(Integer.toString(5_552_000 + i), did, "1", DIGIT_AFTER_ANSWER_MS, CALLER_PATIENCE_MS));
        }
        return calls;
    }

    long intervalMs() {
        return Math.round(1000 / perSecond);
    }

    /** Long enough for every call to arrive and be served one after another by the agents, plus a minute. */
    Duration timeout() {
        long arrivalsMs = callers * intervalMs();
        long serviceMs = (callers * (ringMs + talkMs + 1_000)) / agents;
        return Duration.ofMillis(Math.max(arrivalsMs, serviceMs) + 60_000);
    }
}
