package org.acd.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.acd.core.api.AgentState;
import org.acd.core.api.CallState;
import org.acd.core.api.CallbackFailure;
import org.acd.core.model.CallbackPolicy;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.QueueExit;
import org.acd.core.model.RoutingConfig;
import org.acd.core.testing.Configs;
import org.acd.core.testing.EngineScenario;
import org.junit.jupiter.api.Test;

/**
 * Callbacks that keep the caller's place: the call waits without a caller, the customer is called
 * back when it reaches an agent, failed attempts retry, and none of it is an abandon.
 */
final class CallbackTest {

    /** Two attempts 60 s apart, 20 s for the customer to answer; 10 s ring for agents; max wait 5 min. */
    private static final RoutingConfig CONFIG = Configs.config(
            List.of(QueueConfig.builder("support").skill("support", 1).ringTimeoutMs(10_000).agingPointsPerSecond(0)
                    .maxWaitMs(300_000).onMaxWait(QueueExit.voicemail("vm"))
                    .callback(new CallbackPolicy(60_000, 2, 20_000)).build()),
            List.of(Configs.agent("a1", Map.of("support", 5)), Configs.agent("a2", Map.of("support", 5))));

    private static EngineScenario twoCallsOneCallback() {
        EngineScenario scenario = new EngineScenario(CONFIG);
        scenario.at(1_000).call(1, "support", "standard").at(2_000).call(2, "support", "standard");
        scenario.at(3_000).callbackRequested(1).callerHangsUp(1);
        return scenario;
    }

    @Test
    void shouldKeepTheCallbackItsPlaceAndNotCountTheLeftLegAsAnAbandon() {
        EngineScenario scenario = twoCallsOneCallback();

        assertEquals(CallState.CALLBACK_PENDING, scenario.callView(1).state());
        assertEquals(1_000, scenario.callView(1).entryMs());
        assertEquals(List.of("callback requested 1 support wait=2000 pos=1"),
                scenario.outcomes().matching("callback"));
        assertEquals(List.of(), scenario.outcomes().matching("abandoned"));
        assertEquals(List.of(), scenario.outcomes().matching("rejected"));
    }

    @Test
    void shouldCallTheCustomerBackWhenTheCallReachesAFreeAgent() {
        EngineScenario scenario = twoCallsOneCallback();

        scenario.at(4_000).login("a1");

        assertEquals(List.of("placeCallback 1 -> a1 to +15551"), scenario.newCommands());
        assertEquals(CallState.CALLING_BACK, scenario.callView(1).state());
        assertEquals(AgentState.RESERVED, scenario.agent("a1").state());
    }

    @Test
    void shouldConnectTheAgentOnceTheCustomerAndThenTheAgentAnswer() {
        EngineScenario scenario = twoCallsOneCallback().at(4_000).login("a1");
        scenario.newCommands();

        scenario.at(9_000).callbackAnswered(1).at(11_000).answer("a1", 1);

        assertEquals(List.of("connectCall 1 -> a1"), scenario.newCommands());
        assertEquals(List.of("callback requested 1 support wait=2000 pos=1", "callback attempt 1 #1 -> a1",
                "callback answered 1 #1 -> a1"), scenario.outcomes().matching("callback"));
        assertEquals(List.of("answered 1 by a1 wait=10000"), scenario.outcomes().matching("answered"));
    }

    @Test
    void shouldRetryAFailedAttemptAfterTheIntervalKeepingTheOriginalEntryTime() {
        EngineScenario scenario = twoCallsOneCallback().at(4_000).login("a1");
        scenario.newCommands();

        scenario.at(5_000).callbackFailed(1, CallbackFailure.BUSY);
        assertEquals(List.of("offerCall 2 -> a1"), scenario.newCommands());
        assertEquals(AgentState.RESERVED, scenario.agent("a1").state());
        scenario.at(6_000).serve("a1", 2);
        scenario.at(64_999).tick();
        assertEquals(List.of("connectCall 2 -> a1"), scenario.newCommands());

        scenario.at(65_000).tick();

        assertEquals(List.of("placeCallback 1 -> a1 to +15551"), scenario.newCommands());
        assertEquals(List.of("callback attempt 1 #1 -> a1", "callback attempt failed 1 #1 -> a1 BUSY retry at 65000",
                "callback attempt 1 #2 -> a1"), scenario.outcomes().matching("callback attempt"));
        assertEquals(1_000, scenario.callView(1).entryMs());
    }

    @Test
    void shouldFailTheCallbackAfterTheLastAttemptWithoutAnAbandon() {
        EngineScenario scenario = twoCallsOneCallback().at(4_000).login("a1");
        scenario.at(5_000).callbackFailed(1, CallbackFailure.NO_ANSWER);
        scenario.at(6_000).serve("a1", 2);
        scenario.at(65_000).tick();
        scenario.newCommands();

        scenario.at(85_000).tick();

        assertEquals(List.of("cancelOffer 1 -> a1"), scenario.newCommands());
        assertEquals(List.of("callback attempt failed 1 #2 -> a1 NO_ANSWER no retry",
                "callback failed 1 support wait=84000 attempts=2"), scenario.outcomes().matching("callback").subList(4, 6));
        assertFalse(scenario.isLive(1));
        assertEquals(AgentState.READY, scenario.agent("a1").state());
        assertEquals(List.of(), scenario.outcomes().matching("abandoned"));
    }

    @Test
    void shouldNeverTimeOutACallbackAtTheQueuesMaxWait() {
        EngineScenario scenario = twoCallsOneCallback();

        scenario.at(400_000).tick();

        assertEquals(List.of("exitQueue 2 VOICEMAIL vm"), scenario.newCommands());
        assertEquals(CallState.CALLBACK_PENDING, scenario.callView(1).state());
    }

    @Test
    void shouldStopTheRingingAndFreeTheAgentWhenARingingCallerAcceptsACallback() {
        EngineScenario scenario = new EngineScenario(CONFIG).at(0).login("a1");
        scenario.at(1_000).call(1, "support", "standard");
        scenario.newCommands();

        scenario.at(2_000).callbackRequested(1);

        assertEquals(List.of("cancelOffer 1 -> a1", "placeCallback 1 -> a1 to +15551"), scenario.newCommands());
        assertEquals(List.of("callback requested 1 support wait=1000 pos=1", "callback attempt 1 #1 -> a1"),
                scenario.outcomes().matching("callback"));
    }

    @Test
    void shouldFailTheCallbackWhenTheCustomerHangsUpBeforeTheAgentAnswers() {
        EngineScenario scenario = twoCallsOneCallback().at(4_000).login("a1");
        scenario.at(5_000).callbackAnswered(1);
        scenario.newCommands();

        scenario.at(6_000).callerHangsUp(1);

        assertEquals(List.of("cancelOffer 1 -> a1", "offerCall 2 -> a1"), scenario.newCommands());
        assertEquals(List.of("callback attempt failed 1 #1 -> a1 HUNG_UP no retry",
                "callback failed 1 support wait=5000 attempts=1"), scenario.outcomes().matching("callback").subList(3, 5));
        assertEquals(List.of(), scenario.outcomes().matching("abandoned"));
    }

    @Test
    void shouldNotCountAnAttemptTheAgentWithdrewFromBeforeTheCustomerAnswered() {
        EngineScenario scenario = twoCallsOneCallback().at(4_000).login("a1");
        scenario.newCommands();

        scenario.at(5_000).notReady("a1", "break").login("a2");

        assertEquals(List.of("cancelOffer 1 -> a1", "placeCallback 1 -> a2 to +15551"), scenario.newCommands());
        assertEquals(List.of("callback attempt 1 #1 -> a1", "callback attempt 1 #1 -> a2"),
                scenario.outcomes().matching("callback attempt"));
    }

    @Test
    void shouldRejectACallbackForACallNotWaiting() {
        EngineScenario scenario = new EngineScenario(CONFIG).at(0).login("a1");
        scenario.at(1_000).call(1, "support", "standard").answer("a1", 1);

        scenario.at(2_000).callbackRequested(1).callbackAnswered(7).callbackFailed(1, CallbackFailure.BUSY);

        assertEquals(List.of("rejected callbackRequested: call 1 is CONNECTED, not waiting",
                        "rejected callbackAnswered: no callback is being placed for call 7",
                        "rejected callbackFailed: no callback is being placed for call 1"),
                scenario.outcomes().matching("rejected"));
    }
}
