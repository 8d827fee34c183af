package org.acd.ivr;

import static org.acd.ivr.testing.FlowHarness.PLATINUM;
import static org.acd.ivr.testing.FlowHarness.flow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.acd.config.ivr.FlowNode;
import org.acd.config.ivr.SayFormat;
import org.acd.ivr.testing.FlowHarness;
import org.acd.ivr.testing.ScriptedChannel;
import org.junit.jupiter.api.Test;

final class CollectNodeTest {

    /** Order numbers of 6 to 10 digits, ended by #, said back when valid. */
    private static FlowHarness collect(int retries) {
        return flow("ask",
                "ask", new FlowNode.Collect("enter-order-number", "order_number", 6, 10, Optional.of("#"),
                        Optional.of("[0-9]+"), retries, "say", "fallback"),
                "say", new FlowNode.Say(SayFormat.DIGITS, "order_number", "bye"),
                "bye", new FlowNode.Hangup(Optional.empty()),
                "fallback", new FlowNode.Transfer("agent"));
    }

    @Test
    void shouldKeepDigitsEndedByTheTerminator() {
        FlowHarness harness = collect(2);
        ScriptedChannel channel = new ScriptedChannel().press("100234#");

        FlowExit exit = harness.run(PLATINUM, channel);

        assertEquals("bye", exit.nodeId());
        assertEquals(List.of("play:enter-order-number", "digits:100234", "hangup"), channel.heard());
        assertEquals(Collections.nCopies(6, 3_000L), channel.waitsMs(),
                "the first key cut the prompt short; every next key within the inter-digit timeout");
    }

    @Test
    void shouldStopReadingAtTheMaximumLength() {
        FlowHarness harness = collect(0);
        ScriptedChannel channel = new ScriptedChannel().press("12345678901");

        harness.run(PLATINUM, channel);

        assertEquals(List.of("play:enter-order-number", "digits:1234567890", "hangup"), channel.heard());
    }

    @Test
    void shouldEndTheEntryAtTheInterDigitTimeout() {
        FlowHarness harness = collect(0);
        ScriptedChannel channel = new ScriptedChannel().press("1002345").silence(1);

        harness.run(PLATINUM, channel);

        assertEquals(List.of("play:enter-order-number", "digits:1002345", "hangup"), channel.heard());
    }

    @Test
    void shouldWaitTheFirstDigitTimeoutAfterThePrompt() {
        FlowHarness harness = collect(0);
        ScriptedChannel channel = new ScriptedChannel().silence(1);

        FlowExit exit = harness.run(PLATINUM, channel);

        assertEquals(List.of(5_000L), channel.waitsMs());
        assertEquals("fallback", exit.nodeId());
        assertEquals(List.of("rejected ask NO_INPUT '' attempt 1"), harness.outcomes.starting("rejected"));
    }

    @Test
    void shouldAskAgainWhenTheEntryIsTooShort() {
        FlowHarness harness = collect(2);
        ScriptedChannel channel = new ScriptedChannel().press("123#").press("100234#");

        FlowExit exit = harness.run(PLATINUM, channel);

        assertEquals("bye", exit.nodeId());
        assertEquals(List.of("play:enter-order-number", "play:enter-order-number", "digits:100234", "hangup"),
                channel.heard());
        assertEquals(List.of("rejected ask INVALID '123#' attempt 1"), harness.outcomes.starting("rejected"));
    }

    @Test
    void shouldGoToTheFallbackWhenThePatternNeverMatches() {
        FlowHarness harness = collect(1);
        ScriptedChannel channel = new ScriptedChannel().press("1002*4#").press("*100234#");

        FlowExit exit = harness.run(PLATINUM, channel);

        assertEquals(new FlowExit(IvrExit.TRANSFERRED, FlowHarness.FLOW, "fallback"), exit);
        assertEquals(List.of("rejected ask INVALID '1002*4#' attempt 1", "rejected ask INVALID '*100234#' attempt 2"),
                harness.outcomes.starting("rejected"));
        assertEquals(List.of("transfer agent"), harness.handoff.others());
    }

    @Test
    void shouldTreatALoneTerminatorAsInvalidNotAsSilence() {
        FlowHarness harness = collect(0);
        ScriptedChannel channel = new ScriptedChannel().press("#");

        harness.run(PLATINUM, channel);

        assertEquals(List.of("rejected ask INVALID '#' attempt 1"), harness.outcomes.starting("rejected"));
    }

    @Test
    void shouldEndAtTheCollectWhenTheCallerHangsUpBetweenDigits() {
        FlowHarness harness = collect(2);
        ScriptedChannel channel = new ScriptedChannel().press("100");

        CompletionStage<FlowExit> running = harness.start(PLATINUM, channel);
        channel.hangUp();

        assertEquals(new FlowExit(IvrExit.CALLER_HUNG_UP, FlowHarness.FLOW, "ask"), FlowHarness.await(running));
        assertEquals(List.of("play:enter-order-number"), channel.heard());
    }
}
