package org.acd.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.acd.core.api.AcdCommands;
import org.acd.core.api.AgentState;
import org.acd.core.api.CallState;
import org.acd.core.api.ExitAction;
import org.acd.core.api.QueueRequest;
import org.acd.core.journal.JournalDurability;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.RoutingConfig;
import org.acd.core.testing.Configs;
import org.acd.core.view.EngineSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class AcdRuntimeTest {

    private static final RoutingConfig CONFIG = Configs.supportQueue("a1", "a2");
    private static final long FAILING_CALL = 13;

    @TempDir
    Path journalDir;

    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final AcdCommands executor = new AcdCommands() {
        @Override
        public void offerCall(long callId, String agentId, String endpoint) {
            if (callId == FAILING_CALL) {
                throw new IllegalStateException("executor failed for call " + callId);
            }
            commands.add("offer " + callId + " " + agentId + " " + endpoint);
        }

        @Override
        public void cancelOffer(long callId, String agentId) {
            commands.add("cancel " + callId + " " + agentId);
        }

        @Override
        public void connectCall(long callId, String agentId) {
            commands.add("connect " + callId + " " + agentId);
        }

        @Override
        public void exitQueue(long callId, ExitAction action, String target) {
            commands.add("exit " + callId + " " + action);
        }

        @Override
        public void placeCallback(long callId, String agentId, String endpoint, String numberToCall) {
            commands.add("callback " + callId + " " + agentId + " " + numberToCall);
        }
    };

    @Test
    void shouldRouteEventsPublishedIntoTheRingAndIssueCommands() throws Exception {
        try (AcdRuntime runtime = AcdRuntime.start(CONFIG, RuntimeOptions.defaults(journalDir), executor)) {
            runtime.events().agentLoggedIn(1_000, "a1");
            runtime.events().callQueued(2_000, 7, "support", "standard", "+15550100", QueueRequest.NONE);
            runtime.events().agentAnswered(3_000, "a1", 7);
            EngineSnapshot snapshot = runtime.snapshot().get(5, TimeUnit.SECONDS);

            assertEquals(List.of("offer 7 a1 PJSIP/a1", "connect 7 a1"), commands);
            assertEquals(CallState.CONNECTED, snapshot.calls().get(0).state());
            assertEquals(AgentState.ON_CALL, snapshot.agents().get(0).state());
        }
    }

    @Test
    void shouldRebuildTheSameStateFromTheJournalWithoutReissuingCommands() throws Exception {
        EngineSnapshot before;
        try (AcdRuntime runtime = AcdRuntime.start(CONFIG, RuntimeOptions.defaults(journalDir), executor)) {
            runtime.events().agentLoggedIn(1_000, "a1");
            runtime.events().agentLoggedIn(1_000, "a2");
            runtime.events().callQueued(2_000, 7, "support", "gold", "+15550100", QueueRequest.NONE);
            runtime.events().callQueued(2_100, 8, "support", "standard", "+15550101", QueueRequest.NONE);
            runtime.events().callQueued(2_200, 9, "support", "standard", "+15550102", QueueRequest.NONE);
            runtime.events().agentAnswered(3_000, "a1", 7);
            runtime.events().agentNotReady(3_500, "a2", "lunch");
            runtime.events().timeAdvanced(20_000);
            before = runtime.snapshot().get(5, TimeUnit.SECONDS);
        }
        int commandsBeforeRestart = commands.size();

        try (AcdRuntime restarted = AcdRuntime.start(CONFIG, RuntimeOptions.defaults(journalDir), executor)) {
            EngineSnapshot after = restarted.snapshot().get(5, TimeUnit.SECONDS);

            assertEquals(before, after);
            assertEquals(commandsBeforeRestart, commands.size());
            assertEquals(8, restarted.counters().eventsReplayed());
            assertTrue(after.calls().stream().anyMatch(call -> call.id() == 9 && call.state() == CallState.QUEUED));
        }
    }

    @Test
    void shouldCountACommandTheExecutorFailedAndKeepTheEnginesDecision() throws Exception {
        try (AcdRuntime runtime = AcdRuntime.start(CONFIG, RuntimeOptions.defaults(journalDir), executor)) {
            runtime.events().agentLoggedIn(1_000, "a1");
            runtime.events().agentLoggedIn(1_000, "a2");
            runtime.events().callQueued(2_000, FAILING_CALL, "support", "standard", "+15550113", QueueRequest.NONE);
            runtime.events().callQueued(2_100, 14, "support", "standard", "+15550114", QueueRequest.NONE);
            EngineSnapshot snapshot = runtime.snapshot().get(5, TimeUnit.SECONDS);

            assertEquals(1, runtime.counters().commandFailures());
            assertEquals(0, runtime.counters().poisonEvents());
            assertEquals(List.of("offer 14 a2 PJSIP/a2"), commands);
            assertEquals(AgentState.RESERVED, snapshot.agents().get(0).state());
            assertEquals(CallState.OFFERED, snapshot.calls().get(0).state());
        }
    }

    @Test
    void shouldRouteAndReplayWithTheJournalSyncedEachBatch() throws Exception {
        RuntimeOptions synced = RuntimeOptions.defaults(journalDir).withDurability(JournalDurability.SYNC_EACH_BATCH);
        EngineSnapshot before;
        try (AcdRuntime runtime = AcdRuntime.start(CONFIG, synced, executor)) {
            runtime.events().agentLoggedIn(1_000, "a1");
            runtime.events().callQueued(2_000, 7, "support", "standard", "+15550100", QueueRequest.NONE);
            before = runtime.snapshot().get(5, TimeUnit.SECONDS);
        }

        try (AcdRuntime restarted = AcdRuntime.start(CONFIG, synced, executor)) {
            assertEquals(before, restarted.snapshot().get(5, TimeUnit.SECONDS));
            assertEquals(List.of("offer 7 a1 PJSIP/a1"), commands);
        }
    }

    @Test
    void shouldFireTimersFromWallClockTicksWhenNoOtherEventArrives() throws Exception {
        RoutingConfig shortRing = Configs.config(List.of(QueueConfig.builder("support").skill("support", 1)
                .ringTimeoutMs(50).build()), List.of(Configs.agent("a1", Map.of("support", 5))));
        RuntimeOptions ticking = RuntimeOptions.defaults(journalDir).withWallClockTicks(10);
        try (AcdRuntime runtime = AcdRuntime.start(shortRing, ticking, executor)) {
            long now = System.currentTimeMillis();
            runtime.events().agentLoggedIn(now, "a1");
            runtime.events().callQueued(now, 7, "support", "standard", "+15550100", QueueRequest.NONE);

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!commands.contains("cancel 7 a1") && System.nanoTime() < deadline) {
                runtime.snapshot().get(5, TimeUnit.SECONDS);
            }

            assertEquals(List.of("offer 7 a1 PJSIP/a1", "cancel 7 a1"), commands);
        }
    }
}
