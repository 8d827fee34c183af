package org.acd.ivr;

import static org.acd.ivr.testing.FlowHarness.PLATINUM;
import static org.acd.ivr.testing.FlowHarness.flow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.acd.config.ivr.FlowNode;
import org.acd.ivr.testing.FlowHarness;
import org.acd.ivr.testing.ScriptedChannel;
import org.junit.jupiter.api.Test;

final class CallbackNodeTest {

    private static final String DIGITS_OF_PLATINUM = "4930555010";

    private static FlowHarness callback(boolean confirmNumber) {
        return flow("callback",
                "callback", new FlowNode.Callback("callback-confirm-number", confirmNumber, "thanks"),
                "thanks", new FlowNode.Hangup(Optional.of("callback-thanks")));
    }

    private static List<String> callbackNumbers(FlowHarness harness) {
        return harness.handoff.callbacks().stream().map(CallbackRequest::callbackNumber).toList();
    }

    @Test
    void shouldReadTheNumberBackAndTakeTheCallbackWhenTheCallerConfirms() {
        FlowHarness harness = callback(true);
        ScriptedChannel channel = new ScriptedChannel();

        CompletionStage<FlowExit> running = harness.start(PLATINUM, channel);
        channel.press("1");
        FlowExit exit = FlowHarness.await(running);

        assertEquals(List.of("play:callback-confirm-number", "digits:" + DIGITS_OF_PLATINUM, "play:callback-thanks",
                "hangup"), channel.heard());
        assertEquals(List.of(PLATINUM), callbackNumbers(harness));
        assertEquals(new FlowExit(IvrExit.CALLBACK, FlowHarness.FLOW, "thanks"), exit);
        CallbackRequest request = harness.handoff.callbacks().get(0);
        assertEquals(PLATINUM, request.callerNumber());
        assertEquals("standard", request.tierId());
    }

    @Test
    void shouldTakeTheCallerIdWhenTheCallerKeysNothing() {
        FlowHarness harness = callback(true);

        harness.run(PLATINUM, new ScriptedChannel().silence(1));

        assertEquals(List.of(PLATINUM), callbackNumbers(harness));
    }

    @Test
    void shouldTakeAnotherNumberTheCallerKeys() {
        FlowHarness harness = callback(true);

        harness.run(PLATINUM, new ScriptedChannel().press("030123456#"));

        assertEquals(List.of("030123456"), callbackNumbers(harness));
    }

    @Test
    void shouldAskAgainAfterAnUnusableEntryThenTakeTheCallerId() {
        FlowHarness harness = callback(true);
        ScriptedChannel channel = new ScriptedChannel().press("2#").press("0*#");

        harness.run(PLATINUM, channel);

        assertEquals(List.of(PLATINUM), callbackNumbers(harness));
        assertEquals(List.of("rejected callback INVALID '2#' attempt 1", "rejected callback INVALID '0*#' attempt 2"),
                harness.outcomes.starting("rejected"));
    }

    @Test
    void shouldTakeTheCallerIdWithoutAskingWhenNoConfirmationIsConfigured() {
        FlowHarness harness = callback(false);
        ScriptedChannel channel = new ScriptedChannel();

        harness.run(PLATINUM, channel);

        assertEquals(List.of("play:callback-confirm-number", "play:callback-thanks", "hangup"), channel.heard());
        assertEquals(List.of(PLATINUM), callbackNumbers(harness));
    }

    @Test
    void shouldAskAWithheldCallerForTheirNumber() {
        FlowHarness harness = callback(true);
        ScriptedChannel channel = new ScriptedChannel().press("1#").press("030123456#");

        harness.run("", channel);

        assertEquals(List.of("030123456"), callbackNumbers(harness), "a lone 1 is no number");
        assertEquals(List.of("play:callback-confirm-number", "play:callback-confirm-number", "play:callback-thanks",
                "hangup"), channel.heard());
    }

    @Test
    void shouldFailWhenAWithheldCallerKeysNoNumber() {
        FlowHarness harness = callback(true);

        FlowExit exit = harness.run("", new ScriptedChannel().silence(3));

        assertEquals(new FlowExit(IvrExit.FAILED, FlowHarness.FLOW, "callback"), exit);
        assertEquals(List.of(), harness.handoff.callbacks());
        assertEquals(List.of("failed test/callback: no callback number: the caller ID is withheld and none was keyed"),
                harness.handoff.others());
    }

    @Test
    void shouldKeepTheCallbackWhenTheCallerHangsUpDuringTheThanks() {
        FlowHarness harness = callback(true);

        FlowExit exit = harness.run(PLATINUM, new ScriptedChannel().press("1").hangUp());

        assertEquals(new FlowExit(IvrExit.CALLBACK, FlowHarness.FLOW, "thanks"), exit);
        assertEquals(List.of(PLATINUM), callbackNumbers(harness));
    }

    @Test
    void shouldTakeNoCallbackWhenTheCallerHangsUpWhileConfirming() {
        FlowHarness harness = callback(true);
        ScriptedChannel channel = new ScriptedChannel();

        CompletionStage<FlowExit> running = harness.start(PLATINUM, channel);
        channel.hangUp();

        assertEquals(new FlowExit(IvrExit.CALLER_HUNG_UP, FlowHarness.FLOW, "callback"), FlowHarness.await(running));
        assertEquals(List.of(), harness.handoff.callbacks());
    }
}
