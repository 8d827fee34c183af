package org.acd.ivr;

import static org.acd.ivr.testing.FlowHarness.PLATINUM;
import static org.acd.ivr.testing.FlowHarness.flow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acd.config.ivr.FlowNode;
import org.acd.config.ivr.SayFormat;
import org.acd.ivr.testing.FlowHarness;
import org.acd.ivr.testing.ScriptedChannel;
import org.junit.jupiter.api.Test;

final class PlayAndSayNodeTest {

    private static final FlowNode.Hangup BYE = new FlowNode.Hangup(Optional.empty());

    @Test
    void shouldPlayPromptsInOrderThenGoToNext() {
        FlowHarness harness = flow("hello", "hello", new FlowNode.Play(List.of("welcome", "privacy"), "bye"), "bye", BYE);
        ScriptedChannel channel = new ScriptedChannel();

        FlowExit exit = harness.run(PLATINUM, channel);

        assertEquals(List.of("play:welcome", "play:privacy", "hangup"), channel.heard());
        assertEquals(new FlowExit(IvrExit.FLOW_HUNG_UP, FlowHarness.FLOW, "bye"), exit);
        assertEquals(List.of("test/hello", "test/bye"), harness.outcomes.path());
    }

    @Test
    void shouldSubstituteVariablesInPrompts() {
        FlowHarness harness = flow("set",
                "set", new FlowNode.SetValues(Map.of("status", "shipped"), Map.of(), 0, "say"),
                "say", new FlowNode.Play(List.of("order-status-${status}", "tier-${tier}"), "bye"),
                "bye", BYE);
        ScriptedChannel channel = new ScriptedChannel();

        harness.run(PLATINUM, channel);

        assertEquals(List.of("play:order-status-shipped", "play:tier-standard", "hangup"), channel.heard());
    }

    @Test
    void shouldSkipAndReportAPromptWhoseVariableIsMissing() {
        FlowHarness harness = flow("say",
                "say", new FlowNode.Play(List.of("order-status-${order.status}", "anything-else"), "bye"), "bye", BYE);
        ScriptedChannel channel = new ScriptedChannel();

        FlowExit exit = harness.run(PLATINUM, channel);

        assertEquals(List.of("play:anything-else", "hangup"), channel.heard());
        assertEquals(List.of("problem say: prompt 'order-status-${order.status}' skipped: no value for order.status"),
                harness.outcomes.starting("problem"));
        assertEquals(IvrExit.FLOW_HUNG_UP, exit.exit());
    }

    @Test
    void shouldSkipAndReportAPromptTheChannelCannotPlay() {
        FlowHarness harness = flow("hello", "hello", new FlowNode.Play(List.of("lost", "welcome"), "bye"), "bye", BYE);
        ScriptedChannel channel = new ScriptedChannel("lost");

        harness.run(PLATINUM, channel);

        assertEquals(List.of("play:lost", "play:welcome", "hangup"), channel.heard());
        assertEquals(List.of("problem hello: cannot play prompt 'lost'"), harness.outcomes.starting("problem"));
    }

    @Test
    void shouldNotLetKeysInterruptAPlayNode() {
        FlowHarness harness = flow("hello", "hello", new FlowNode.Play(List.of("welcome", "privacy"), "bye"), "bye", BYE);
        ScriptedChannel channel = new ScriptedChannel().press("1");

        harness.run(PLATINUM, channel);

        assertEquals(List.of("play:welcome", "play:privacy", "hangup"), channel.heard());
    }

    @Test
    void shouldSayDigitsNumberAndDate() {
        FlowHarness harness = flow("set",
                "set", new FlowNode.SetValues(Map.of("order", "100234", "count", "42", "day", "2026-12-24"), Map.of(), 0,
                        "digits"),
                "digits", new FlowNode.Say(SayFormat.DIGITS, "order", "number"),
                "number", new FlowNode.Say(SayFormat.NUMBER, "count", "date"),
                "date", new FlowNode.Say(SayFormat.DATE, "day", "bye"),
                "bye", BYE);
        ScriptedChannel channel = new ScriptedChannel();

        harness.run(PLATINUM, channel);

        assertEquals(List.of("digits:100234", "number:42", "date:2026-12-24", "hangup"), channel.heard());
    }

    @Test
    void shouldSkipAndReportAValueThatCannotBeSaid() {
        FlowHarness harness = flow("set",
                "set", new FlowNode.SetValues(Map.of("count", "many"), Map.of(), 0, "number"),
                "number", new FlowNode.Say(SayFormat.NUMBER, "count", "missing"),
                "missing", new FlowNode.Say(SayFormat.DIGITS, "nothing", "bye"),
                "bye", BYE);
        ScriptedChannel channel = new ScriptedChannel();

        FlowExit exit = harness.run(PLATINUM, channel);

        assertEquals(List.of("hangup"), channel.heard());
        assertEquals(List.of("problem number: cannot say 'many' (variable 'count') as number",
                "problem missing: nothing to say: variable 'nothing' has no value"), harness.outcomes.starting("problem"));
        assertEquals(IvrExit.FLOW_HUNG_UP, exit.exit());
    }

    @Test
    void shouldEndAtThePlayingNodeWhenTheCallerHangsUp() {
        FlowHarness harness = flow("hello", "hello", new FlowNode.Play(List.of("welcome"), "bye"), "bye", BYE);
        ScriptedChannel channel = new ScriptedChannel().hangUp();

        FlowExit exit = harness.run(PLATINUM, channel);

        assertEquals(new FlowExit(IvrExit.CALLER_HUNG_UP, FlowHarness.FLOW, "hello"), exit);
        assertEquals(List.of("left test/hello CALLER_HUNG_UP"), harness.outcomes.starting("left"));
        assertEquals(List.of(), harness.handoff.queued());
    }
}
