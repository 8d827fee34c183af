package org.acd.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.acd.core.api.AgentState;
import org.acd.core.api.ConfigReload;
import org.acd.core.api.QueueRequest;
import org.acd.core.model.RoutingConfig;
import org.acd.core.testing.Configs;
import org.acd.core.testing.RecordedCommands;
import org.acd.core.view.AgentView;
import org.acd.core.view.EngineSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reloads and restarts: replay starts from the configuration the journal began with, replays the
 * journaled reloads, and then the configuration the runtime starts with is reloaded on top.
 */
final class ConfigReloadReplayTest {

    private static final RoutingConfig FIRST = Configs.supportQueue("a1", "a2");
    private static final RoutingConfig RELOADED = Configs.supportQueue("a1", "a2", "a3");
    private static final long T0 = 1_760_000_000_000L;

    @TempDir
    Path journal;

    private AcdRuntime start(RoutingConfig config) {
        return AcdRuntime.start(config, RuntimeOptions.defaults(journal), new RecordedCommands());
    }

    private static List<String> agentIds(EngineSnapshot snapshot) {
        return snapshot.agents().stream().map(AgentView::id).toList();
    }

    @Test
    void shouldRebuildTheReloadedStateFromTheJournalWhateverConfigurationTheRestartGets() throws Exception {
        EngineSnapshot beforeRestart;
        try (AcdRuntime runtime = start(FIRST)) {
            runtime.events().agentLoggedIn(T0, "a2");
            runtime.events().configReloaded(T0 + 1_000, ConfigReload.of(RELOADED));
            runtime.events().agentLoggedIn(T0 + 2_000, "a3");
            runtime.events().callQueued(T0 + 3_000, 1, "support", "standard", "+1555", QueueRequest.NONE);
            beforeRestart = runtime.snapshot().get();
        }
        assertEquals(List.of("a1", "a2", "a3"), agentIds(beforeRestart));

        try (AcdRuntime runtime = start(FIRST)) {
            EngineSnapshot rebuilt = runtime.snapshot().get();
            assertEquals(beforeRestart.calls(), rebuilt.calls(), "a3's call replayed as it was routed");
            assertEquals(List.of("a1", "a2", "a3"), agentIds(rebuilt),
                    "FIRST would drop a3, who is logged in: the journal's configuration stays");
            assertEquals(1, rebuilt.reloads().rejected());
            assertTrue(rebuilt.reloads().lastRejection().contains("agent 'a3' is removed but is logged in"));
        }
    }

    @Test
    void shouldReloadTheConfigurationGivenAtRestartOnTopOfTheJournal() throws Exception {
        try (AcdRuntime runtime = start(FIRST)) {
            runtime.events().agentLoggedIn(T0, "a1");
            runtime.snapshot().get();
        }

        try (AcdRuntime runtime = start(RELOADED)) {
            EngineSnapshot rebuilt = runtime.snapshot().get();
            assertEquals(List.of("a1", "a2", "a3"), agentIds(rebuilt));
            assertEquals(AgentState.READY, rebuilt.agents().get(0).state(), "a1's login replayed under FIRST");
            assertEquals(1, rebuilt.reloads().applied());
            assertEquals(T0, rebuilt.atMs(), "the reload is stamped with the journal's time");
        }
        try (AcdRuntime runtime = start(RELOADED)) {
            assertEquals(List.of("a1", "a2", "a3"), agentIds(runtime.snapshot().get()));
            assertEquals(1, runtime.snapshot().get().reloads().applied(), "the journaled reload, replayed once");
        }
    }
}
