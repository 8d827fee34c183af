package org.acd.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.lmax.disruptor.Sequence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.acd.core.api.AcdEvents;
import org.acd.core.api.CallbackFailure;
import org.acd.core.api.ExitAction;
import org.acd.core.api.ConfigReload;
import org.acd.core.api.QueueRequest;
import org.acd.core.journal.OutcomeRecorder;
import org.acd.core.runtime.EventSlot.Kind;
import org.acd.core.testing.RecordedOutcomes;
import org.acd.core.view.ConfigReloads;
import org.acd.core.view.EngineSnapshot;
import org.junit.jupiter.api.Test;

final class RoutingHandlerTest {

    private final List<String> applied = new ArrayList<>();
    private final PipelineCounters counters = new PipelineCounters();
    private final EngineSnapshot emptySnapshot = new EngineSnapshot(0, 0, 0, 0, List.of(), List.of(), List.of(),
            ConfigReloads.NONE);

    /** An engine that throws on one call's arrival, as an engine bug would. */
    private final AcdEvents engineWithABug = new AcdEvents() {
        @Override
        public void callQueued(long nowMs, long callId, String queueId, String tierId, String callerNumber,
                               QueueRequest request) {
            if (callId == 13) {
                throw new IllegalStateException("bug for call 13");
            }
            applied.add("callQueued " + callId);
        }

        @Override
        public void callbackRequested(long nowMs, long callId, String numberToCall) {
        }

        @Override
        public void callbackAnswered(long nowMs, long callId) {
        }

        @Override
        public void callbackFailed(long nowMs, long callId, CallbackFailure reason) {
        }

        @Override
        public void callMoved(long nowMs, long callId, String queueId) {
        }

        @Override
        public void callPriorityChanged(long nowMs, long callId, int priority) {
        }

        @Override
        public void callSentOut(long nowMs, long callId, ExitAction action, String target) {
        }

        @Override
        public void callerHungUp(long nowMs, long callId) {
        }

        @Override
        public void agentHungUp(long nowMs, long callId) {
        }

        @Override
        public void agentAnswered(long nowMs, String agentId, long callId) {
        }

        @Override
        public void offerFailed(long nowMs, String agentId, long callId) {
        }

        @Override
        public void agentLoggedIn(long nowMs, String agentId) {
            applied.add("agentLoggedIn " + agentId);
        }

        @Override
        public void agentLoggedOut(long nowMs, String agentId) {
        }

        @Override
        public void agentReady(long nowMs, String agentId) {
        }

        @Override
        public void agentNotReady(long nowMs, String agentId, String reason) {
        }

        @Override
        public void agentDeviceChanged(long nowMs, String agentId, boolean reachable) {
        }

        @Override
        public void configReloaded(long nowMs, ConfigReload reload) {
        }

        @Override
        public void timeAdvanced(long nowMs) {
        }
    };

    private final Sequence handedOver = new Sequence(-1);
    private final RoutingHandler handler = new RoutingHandler(engineWithABug, () -> emptySnapshot,
            new OutcomeRecorder(new RecordedOutcomes()), counters, new StageHandoff(new HandoffWaitStrategy()),
            Path.of("journal"));

    {
        handler.setSequenceCallback(handedOver);
    }

    @Test
    void shouldCountAndSkipAPoisonEventAndApplyTheNextOnes() {
        handler.onEvent(journaled(slot(Kind.CALL_QUEUED, 13, null)), 1, false);
        handler.onEvent(journaled(slot(Kind.CALL_QUEUED, 14, null)), 2, false);
        handler.onEvent(journaled(slot(Kind.AGENT_LOGGED_IN, 0, "a1")), 3, true);

        assertEquals(1, counters.poisonEvents());
        assertEquals(List.of("callQueued 14", "agentLoggedIn a1"), applied);
    }

    @Test
    void shouldHandTheBatchOverToTheStageBehindAtItsEndOnly() {
        handler.onEvent(journaled(slot(Kind.AGENT_LOGGED_IN, 0, "a1")), 1, false);
        assertEquals(-1, handedOver.get());

        handler.onEvent(journaled(slot(Kind.AGENT_READY, 0, "a1")), 2, true);
        assertEquals(2, handedOver.get());
    }

    @Test
    void shouldNotApplyAnEventTheJournalCouldNotTake() {
        handler.onEvent(slot(Kind.AGENT_LOGGED_IN, 0, "a1"), 1, true);

        assertEquals(List.of(), applied);
    }

    @Test
    void shouldAnswerASnapshotQueryInTurn() throws Exception {
        EventSlot query = slot(Kind.SNAPSHOT_QUERY, 0, null);
        CompletableFuture<EngineSnapshot> reply = new CompletableFuture<>();
        query.snapshotReply = reply;

        handler.onEvent(query, 1, true);

        assertEquals(emptySnapshot, reply.get());
        assertNull(query.snapshotReply, "the slot lets go of the reply");
    }

    private static EventSlot slot(Kind kind, long callId, String agentId) {
        EventSlot slot = new EventSlot();
        slot.set(kind, 1_000, callId, agentId, "support", "standard", "+1555", false);
        return slot;
    }

    private static EventSlot journaled(EventSlot slot) {
        slot.journalIndex = 42;
        return slot;
    }
}
