package org.acd.simulator.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.acd.core.api.AcdCommands;
import org.acd.core.api.ExitAction;
import org.acd.core.api.QueueRequest;
import org.acd.core.engine.RoutingEngine;
import org.acd.core.journal.Journal;
import org.acd.core.journal.JournalDurability;
import org.acd.core.journal.OutcomeRecorder;
import org.acd.core.model.RoutingConfig;
import org.acd.core.reporting.KpiReport;
import org.acd.core.reporting.KpiThresholds;
import org.acd.simulator.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What-if replays of a journaled day with a callback: one agent talks to call 1 while call 2 waits
 * and, 15 s after entering, asks to be called back; when the agent is free the engine calls the
 * customer back, who answers 4 s later, and the agent's phone is answered 2 s after that.
 */
final class CallbackReplayTest {

    private static final RoutingConfig ROUTING = ScenarioLoader.parse("""
            duration: 1h
            arrivals: [{from: 0h, to: 1h, per_hour: 1}]
            call_types: [{name: standard, share: 1, queue: support, tier: standard}]
            handle_time: {dist: fixed, value: 60s}
            agents: [{count: 1, skills: {support: 5}, from: 0h}]
            routing:
              queues: [{name: support, skills: {support: 1}, strategy: longest_idle, ring_timeout: 15s}]
              tiers: [{name: standard, priority: 0}]
            """, "one agent").routing();

    @TempDir
    static Path journal;

    /** The engine's commands are the phones' business; the journal is all this fixture keeps. */
    private static final AcdCommands NO_PHONES = new AcdCommands() {
        @Override
        public void offerCall(long callId, String agentId, String endpoint) {
        }

        @Override
        public void cancelOffer(long callId, String agentId) {
        }

        @Override
        public void connectCall(long callId, String agentId) {
        }

        @Override
        public void exitQueue(long callId, ExitAction action, String target) {
        }

        @Override
        public void placeCallback(long callId, String agentId, String endpoint, String numberToCall) {
        }

        @Override
        public void announcePosition(long callId, int position, long estimatedWaitSeconds) {
        }

        @Override
        public void offerCallback(long callId) {
        }
    };

    @BeforeAll
    static void journalTheDay() {
        try (Journal days = new Journal(journal, JournalDurability.PAGE_CACHE)) {
            OutcomeRecorder recorder = new OutcomeRecorder(days.outcomeAppender());
            RoutingEngine engine = new RoutingEngine(ROUTING, NO_PHONES, recorder);
            List<Runnable> events = List.of(
                    () -> engine.agentLoggedIn(0, "agent1"),
                    () -> engine.callQueued(1_000, 1, "support", "standard", "", QueueRequest.NONE),
                    () -> engine.agentAnswered(3_000, "agent1", 1),
                    () -> engine.callQueued(5_000, 2, "support", "standard", "", QueueRequest.NONE),
                    () -> engine.callbackRequested(20_000, 2, "5550100"),
                    () -> engine.agentHungUp(100_000, 1),
                    () -> engine.callbackAnswered(104_000, 2),
                    () -> engine.agentAnswered(106_000, "agent1", 2),
                    () -> engine.agentHungUp(200_000, 2));
            for (int i = 0; i < events.size(); i++) {
                recorder.beginEvent(i, 0);
                events.get(i).run();
                recorder.endEvent();
            }
        }
    }

    private static WhatIfResult whatIf(AgentChange... changes) {
        return WhatIf.run(journal, ROUTING, List.of(changes), KpiThresholds.DEFAULTS, 1);
    }

    @Test
    void shouldReadWhenTheCallerAskedForTheCallbackAndHowItWasDelivered() {
        ObservedCall called = WhatIf.observe(journal).calls().get(1);

        assertEquals(15_000, called.callbackAfterMs());
        assertEquals(4_000, called.callbackAnswerMs());
        assertEquals(2_000, called.callbackRingMs());
    }

    @Test
    void shouldReplayTheCallbackAsJournaledWhenNothingChanges() {
        WhatIfResult result = whatIf();

        KpiReport observed = result.observed().overall();
        assertEquals(1, observed.callbacksRequested());
        assertEquals(1, observed.callbacksDelivered());
        assertEquals(result.observed(), result.predicted());
    }

    @Test
    void shouldAnswerTheCallerWhoAskedForACallbackWhenAnotherAgentIsFree() {
        KpiReport whatIf = whatIf(new AgentChange(Optional.empty(), 1)).predicted().overall();

        assertEquals(0, whatIf.callbacksRequested());
        assertEquals(2, whatIf.answered());
    }
}
