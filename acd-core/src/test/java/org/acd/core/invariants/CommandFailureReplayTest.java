package org.acd.core.invariants;

import static org.acd.core.testing.SnapshotAssertions.assertSameState;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.acd.core.api.AcdCommands;
import org.acd.core.api.ExitAction;
import org.acd.core.api.QueueRequest;
import org.acd.core.model.RoutingConfig;
import org.acd.core.runtime.AcdRuntime;
import org.acd.core.runtime.RuntimeOptions;
import org.acd.core.testing.Configs;
import org.acd.core.testing.RecordedCommands;
import org.acd.core.view.EngineSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands go to the executor on the engine thread, in the middle of the engine's decisions, and
 * replay holds them back. So an executor that throws must not cut a decision short: the live
 * engine would keep a half-made decision that no replay rebuilds. Here the executor fails the
 * cancel of a ring-no-answer, which once left the call OFFERED and the agent RESERVED with no ring
 * timer left (a ring that never ends) while the restarted engine had the call QUEUED and the agent
 * NOT_READY(RONA).
 */
final class CommandFailureReplayTest {

    private static final RoutingConfig CONFIG = Configs.supportQueue("a1");

    @TempDir
    Path journalDir;

    @Test
    void shouldRebuildTheStateTheLiveEngineReachedWhenTheExecutorFailedACommand() throws Exception {
        EngineSnapshot live;
        try (AcdRuntime runtime = AcdRuntime.start(CONFIG, RuntimeOptions.defaults(journalDir), failingCancels())) {
            runtime.events().agentLoggedIn(1_000, "a1");
            runtime.events().callQueued(2_000, 7, "support", "standard", "+15550100", QueueRequest.NONE);
            runtime.events().timeAdvanced(30_000);
            live = runtime.snapshot().get(30, TimeUnit.SECONDS);
        }

        try (AcdRuntime restarted = AcdRuntime.start(CONFIG, RuntimeOptions.defaults(journalDir),
                new RecordedCommands())) {
            assertSameState(live, restarted.snapshot().get(30, TimeUnit.SECONDS));
        }
    }

    /** An executor whose hand-off fails for cancels, as a full or closed hand-off queue would. */
    private static AcdCommands failingCancels() {
        return new AcdCommands() {
            @Override
            public void offerCall(long callId, String agentId, String endpoint) {
            }

            @Override
            public void cancelOffer(long callId, String agentId) {
                throw new IllegalStateException("hand-off queue full: cancelOffer " + callId);
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
        };
    }
}
