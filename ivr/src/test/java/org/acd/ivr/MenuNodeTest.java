package org.acd.ivr;

import static org.acd.ivr.testing.FlowHarness.PLATINUM;
import static org.acd.ivr.testing.FlowHarness.flow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.acd.config.ivr.FlowNode;
import org.acd.ivr.testing.FlowHarness;
import org.acd.ivr.testing.ScriptedChannel;
import org.junit.jupiter.api.Test;

final class MenuNodeTest {

    private static FlowHarness menu() {
        return flow("menu",
                "menu", new FlowNode.Menu("main-menu", Map.of("1", "orders", "2", "returns"), 4_000, 2, "fallback"),
                "orders", new FlowNode.Transfer("orders"),
                "returns", new FlowNode.Transfer("returns"),
                "fallback", new FlowNode.Hangup(Optional.of("sorry")));
    }

    @Test
    void shouldFollowAKeyPressedDuringThePrompt() {
        FlowHarness harness = menu();
        ScriptedChannel channel = new ScriptedChannel().press("2");

        FlowExit exit = harness.run(PLATINUM, channel);

        assertEquals(new FlowExit(IvrExit.TRANSFERRED, FlowHarness.FLOW, "returns"), exit);
        assertEquals(List.of("play:main-menu"), channel.heard());
        assertEquals(List.of(), channel.waitsMs(), "a key during the prompt needs no wait");
        assertEquals(List.of("transfer returns"), harness.handoff.others());
    }

    @Test
    void shouldWaitTheMenuTimeoutForAKeyAfterThePrompt() {
        FlowHarness harness = menu();
        ScriptedChannel channel = new ScriptedChannel();

        CompletionStage<FlowExit> running = harness.start(PLATINUM, channel);
        assertTrue(channel.isParked(), "the menu waits for a key after its prompt");
        channel.press("1");

        assertEquals("orders", FlowHarness.await(running).nodeId());
        assertEquals(List.of(4_000L), channel.waitsMs());
    }

    @Test
    void shouldReplayTheMenuAfterAnInvalidKeyAndReportIt() {
        FlowHarness harness = menu();
        ScriptedChannel channel = new ScriptedChannel().press("9").silence(1).press("1");

        FlowExit exit = harness.run(PLATINUM, channel);

        assertEquals("orders", exit.nodeId());
        assertEquals(List.of("play:main-menu", "play:main-menu", "play:main-menu"), channel.heard());
        assertEquals(List.of("rejected menu INVALID '9' attempt 1", "rejected menu NO_INPUT '' attempt 2"),
                harness.outcomes.starting("rejected"));
    }

    @Test
    void shouldGoToTheFallbackAfterTheLastRetry() {
        FlowHarness harness = menu();
        ScriptedChannel channel = new ScriptedChannel().silence(1).press("7").silence(1);

        FlowExit exit = harness.run(PLATINUM, channel);

        assertEquals(new FlowExit(IvrExit.FLOW_HUNG_UP, FlowHarness.FLOW, "fallback"), exit);
        assertEquals(List.of("play:main-menu", "play:main-menu", "play:main-menu", "play:sorry", "hangup"),
                channel.heard(), "the first try and 2 retries, then the fallback");
        assertEquals(3, harness.outcomes.starting("rejected").size());
        assertEquals(List.of("test/menu", "test/fallback"), harness.outcomes.path());
    }

    @Test
    void shouldEndAtTheMenuWhenTheCallerHangsUpWhileItWaits() {
        FlowHarness harness = menu();
        ScriptedChannel channel = new ScriptedChannel();

        CompletionStage<FlowExit> running = harness.start(PLATINUM, channel);
        channel.hangUp();

        assertEquals(new FlowExit(IvrExit.CALLER_HUNG_UP, FlowHarness.FLOW, "menu"), FlowHarness.await(running));
        assertEquals(List.of(), harness.handoff.others());
    }
}
