package org.acd.server.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import org.acd.core.api.AgentState;
import org.acd.core.api.CallState;
import org.acd.core.api.CallbackFailure;
import org.acd.core.api.ExitAction;
import org.acd.core.api.ExitReason;
import org.acd.core.api.Party;
import org.acd.core.api.QueueRequest;
import org.acd.core.journal.JournaledOutcomes;
import org.acd.core.runtime.AcdRuntime;
import org.acd.core.runtime.RuntimeOptions;
import org.acd.core.testing.RecordedCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class OutcomeFollowerTest {

    @TempDir
    Path journal;

    @Test
    void shouldHandOnOutcomesJournaledBeforeAndAfterItStarted() throws Exception {
        CompletableFuture<String> firstQueued = new CompletableFuture<>();
        CompletableFuture<String> secondQueued = new CompletableFuture<>();
        try (AcdRuntime runtime = AcdRuntime.start(RunningAdmin.CONFIG, RuntimeOptions.defaults(journal),
                new RecordedCommands());
             OutcomeFollower follower = new OutcomeFollower()) {
            runtime.events().callQueued(1_000, 1, "support", "gold", "5550001", QueueRequest.NONE);
            runtime.snapshot().get(10, TimeUnit.SECONDS);

            follower.start(journal, entries(call -> (call == 1 ? firstQueued : secondQueued)));
            runtime.events().callQueued(2_000, 2, "support", "standard", "5550002", QueueRequest.NONE);

            assertEquals("support/gold", firstQueued.get(10, TimeUnit.SECONDS));
            assertEquals("support/standard", secondQueued.get(10, TimeUnit.SECONDS));
        }
    }

    /** Completes each call's future with queue/tier when it enters a queue; ignores the rest. */
    private static JournaledOutcomes entries(LongFunction<CompletableFuture<String>> futureOf) {
        return new JournaledOutcomes() {
            @Override
            public void callEnteredQueue(long nowMs, long callId, String queueId, String tierId, int position) {
                futureOf.apply(callId).complete(queueId + "/" + tierId);
            }

            @Override
            public void causedBy(long eventIndex) {
            }

            @Override
            public void callOffered(long nowMs, long callId, String queueId, String agentId) {
            }

            @Override
            public void callAnswered(long nowMs, long callId, String queueId, String agentId, long waitMs) {
            }

            @Override
            public void callCompleted(long nowMs, long callId, String queueId, String agentId, long talkMs,
                                      Party endedBy) {
            }

            @Override
            public void callAbandoned(long nowMs, long callId, String queueId, long waitMs, int position,
                                      boolean whileRinging) {
            }

            @Override
            public void callExited(long nowMs, long callId, String queueId, long waitMs, CallState finalState,
                                   ExitReason reason, ExitAction action, String target) {
            }

            @Override
            public void callOverflowed(long nowMs, long callId, String fromQueueId, String toQueueId,
                                       ExitReason reason) {
            }

            @Override
            public void ringNoAnswer(long nowMs, long callId, String queueId, String agentId, long ringMs) {
            }

            @Override
            public void agentStateChanged(long nowMs, String agentId, AgentState state, String reason) {
            }

            @Override
            public void eventRejected(long nowMs, String reason) {
            }

            @Override
            public void callbackRequested(long nowMs, long callId, String queueId, long waitMs, int position) {
            }

            @Override
            public void callbackAttempted(long nowMs, long callId, String queueId, String agentId, int attempt) {
            }

            @Override
            public void callbackAnswered(long nowMs, long callId, String queueId, String agentId, int attempt) {
            }

            @Override
            public void callbackAttemptFailed(long nowMs, long callId, String queueId, String agentId, int attempt,
                                              CallbackFailure reason, long retryAtMs) {
            }

            @Override
            public void callbackFailed(long nowMs, long callId, String queueId, long waitMs, int attempts) {
            }
        };
    }
}
