package org.acd.ivr;

import static org.acd.ivr.testing.FlowHarness.PLATINUM;
import static org.acd.ivr.testing.FlowHarness.SHIPPED_ORDER;
import static org.acd.ivr.testing.FlowHarness.flow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.acd.config.ivr.FlowNode;
import org.acd.config.ivr.LookupSource;
import org.acd.ivr.directory.Order;
import org.acd.ivr.testing.FlowHarness;
import org.acd.ivr.testing.ScriptedChannel;
import org.acd.ivr.testing.StubDirectory;
import org.junit.jupiter.api.Test;

final class LookupNodeTest {

    private static final FlowNode.Queue QUEUE = new FlowNode.Queue("orders", 0, Optional.empty());

    /** Identifies the caller by caller ID, then queues them: found, not found and error each to its own queue. */
    private static FlowHarness identify() {
        return flow("identify",
                "identify", new FlowNode.Lookup(LookupSource.CALLER_ID, Optional.empty(), "found", "unknown", "error"),
                "found", QUEUE,
                "unknown", new FlowNode.Queue("returns", 0, Optional.empty()),
                "error", new FlowNode.Queue("billing", 0, Optional.empty()));
    }

    /** Looks up the order in variable order_number and says its status. */
    private static FlowHarness orderStatus() {
        return flow("set",
                "set", new FlowNode.SetValues(Map.of("order_number", SHIPPED_ORDER), Map.of(), 0, "find"),
                "find", new FlowNode.Lookup(LookupSource.ORDER, Optional.of("order_number"), "status", "unknown", "error"),
                "status", new FlowNode.Play(List.of("order-status-${order.status}"), "bye"),
                "bye", new FlowNode.Hangup(Optional.of("goodbye")),
                "unknown", new FlowNode.Play(List.of("order-not-found"), "agent"),
                "error", new FlowNode.Play(List.of("try-later"), "agent"),
                "agent", QUEUE);
    }

    @Test
    void shouldGiveAKnownCallerTheirTierAndDirectoryData() {
        FlowHarness harness = identify();

        FlowExit exit = harness.run(PLATINUM, new ScriptedChannel());

        assertEquals("found", exit.nodeId());
        QueueRequest request = harness.handoff.queued().get(0);
        assertEquals("platinum", request.tierId());
        assertEquals("de", request.attributes().get("language"));
        assertEquals("seller", request.attributes().get("segment"));
        assertEquals("C-1001", request.attributes().get("account"));
        assertEquals(List.of("lookup identify CALLER_ID FOUND"), harness.outcomes.starting("lookup"));
    }

    @Test
    void shouldKeepAnUnknownCallerOnTheDefaultTier() {
        FlowHarness harness = identify();

        FlowExit exit = harness.run("+15550000", new ScriptedChannel());

        assertEquals("unknown", exit.nodeId());
        assertEquals("standard", harness.handoff.queued().get(0).tierId());
        assertEquals(List.of("lookup identify CALLER_ID NOT_FOUND"), harness.outcomes.starting("lookup"));
    }

    @Test
    void shouldTreatAWithheldNumberAsNotFound() {
        FlowHarness harness = identify();

        FlowExit exit = harness.run("", new ScriptedChannel());

        assertEquals("unknown", exit.nodeId());
        assertEquals(List.of("problem identify: nothing to look up: the caller's number is withheld"),
                harness.outcomes.starting("problem"));
    }

    @Test
    void shouldFindACallerByAKeyedAccount() {
        FlowHarness harness = flow("set",
                "set", new FlowNode.SetValues(Map.of("keyed_account", "C-1001"), Map.of(), 0, "find"),
                "find", new FlowNode.Lookup(LookupSource.ACCOUNT, Optional.of("keyed_account"), "found", "found", "found"),
                "found", QUEUE);

        harness.run("", new ScriptedChannel());

        assertEquals("platinum", harness.handoff.queued().get(0).tierId());
        assertEquals(List.of("lookup find ACCOUNT FOUND"), harness.outcomes.starting("lookup"));
    }

    @Test
    void shouldSpeakAFoundOrdersStatusAndCountTheCallAsContained() {
        FlowHarness harness = orderStatus();
        ScriptedChannel channel = new ScriptedChannel();

        FlowExit exit = harness.run(PLATINUM, channel);

        assertEquals(List.of("play:order-status-shipped", "play:goodbye", "hangup"), channel.heard());
        assertEquals(new FlowExit(IvrExit.CONTAINED, FlowHarness.FLOW, "bye"), exit);
        assertEquals(List.of("lookup find ORDER FOUND"), harness.outcomes.starting("lookup"));
    }

    @Test
    void shouldCountACallerHangingUpAfterSelfServiceAsContained() {
        FlowHarness harness = orderStatus();

        FlowExit exit = harness.run(PLATINUM, new ScriptedChannel().hangUp());

        assertEquals(new FlowExit(IvrExit.CONTAINED, FlowHarness.FLOW, "status"), exit);
    }

    @Test
    void shouldGoToNotFoundForAnUnknownOrder() {
        FlowHarness harness = orderStatus().directory(StubDirectory.ordersAnswering(CompletableFuture.completedFuture(Optional.empty())));
        ScriptedChannel channel = new ScriptedChannel();

        FlowExit exit = harness.run(PLATINUM, channel);

        assertEquals(List.of("play:order-not-found"), channel.heard());
        assertEquals(new FlowExit(IvrExit.QUEUED, FlowHarness.FLOW, "agent"), exit);
        assertEquals(List.of("lookup find ORDER NOT_FOUND"), harness.outcomes.starting("lookup"));
    }

    @Test
    void shouldGoToOnErrorWhenTheDirectoryFails() {
        FlowHarness harness = orderStatus().directory(StubDirectory.ordersAnswering(CompletableFuture.failedFuture(new SQLException("down"))));
        ScriptedChannel channel = new ScriptedChannel();

        FlowExit exit = harness.run(PLATINUM, channel);

        assertEquals(List.of("play:try-later"), channel.heard());
        assertEquals(IvrExit.QUEUED, exit.exit());
        assertEquals(List.of("lookup find ORDER FAILED"), harness.outcomes.starting("lookup"));
        assertEquals(List.of("problem find: order lookup failed: java.sql.SQLException: down"),
                harness.outcomes.starting("problem"));
    }

    @Test
    void shouldGoToOnErrorWhenTheDirectoryDoesNotAnswerInTime() {
        FlowHarness harness = orderStatus().lookupTimeoutMs(50).directory(StubDirectory.ordersAnswering(new CompletableFuture<>()));
        ScriptedChannel channel = new ScriptedChannel();

        FlowExit exit = harness.run(PLATINUM, channel);

        assertEquals(List.of("play:try-later"), channel.heard());
        assertEquals(new FlowExit(IvrExit.QUEUED, FlowHarness.FLOW, "agent"), exit);
        assertEquals(List.of("lookup find ORDER TIMED_OUT"), harness.outcomes.starting("lookup"));
    }

    @Test
    void shouldEndAtTheLookupWhenTheCallerHangsUpWhileItRuns() {
        CompletableFuture<Optional<Order>> pending = new CompletableFuture<>();
        FlowHarness harness = orderStatus().directory(StubDirectory.ordersAnswering(pending));
        ScriptedChannel channel = new ScriptedChannel();

        CompletionStage<FlowExit> running = harness.start(PLATINUM, channel);
        channel.hangUpNow();
        pending.complete(Optional.of(new Order(SHIPPED_ORDER, "shipped")));

        assertEquals(new FlowExit(IvrExit.CALLER_HUNG_UP, FlowHarness.FLOW, "find"), FlowHarness.await(running));
        assertEquals(List.of(), channel.heard(), "nothing is played once the caller is gone");
    }

    @Test
    void shouldKeepTheDefaultTierWhenTheDirectorysTierIsNotConfigured() {
        FlowHarness harness = identify().directory(StubDirectory.everyCallerOfTier("diamond"));

        harness.run(PLATINUM, new ScriptedChannel());

        assertEquals("standard", harness.handoff.queued().get(0).tierId());
        assertEquals(List.of("problem identify: the directory's tier 'diamond' is not configured; the caller keeps tier "
                + "'standard'"), harness.outcomes.starting("problem"));
    }
}
