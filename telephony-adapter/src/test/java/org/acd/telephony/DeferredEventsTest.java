package org.acd.telephony;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.acd.core.api.QueueRequest;
import org.acd.telephony.testing.RecordingAcdEvents;
import org.junit.jupiter.api.Test;

final class DeferredEventsTest {

    private final DeferredEvents deferred = new DeferredEvents();

    @Test
    void shouldFailLoudlyWhenPublishedToBeforeTheCoreIsWired() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> deferred.callerHungUp(1_000, 42));

        assertEquals("telephony adapter not started: the core's events are not wired yet", failure.getMessage());
    }

    @Test
    void shouldForwardEveryEventToTheCoreOnceWired() {
        RecordingAcdEvents core = new RecordingAcdEvents();
        deferred.deliverTo(core);

        deferred.callQueued(1, 42, "sales", "gold", "5551234", QueueRequest.NONE);
        deferred.callerHungUp(2, 42);
        deferred.agentHungUp(3, 42);
        deferred.agentAnswered(4, "agent1", 42);
        deferred.offerFailed(5, "agent1", 42);
        deferred.agentLoggedIn(6, "agent1");
        deferred.agentLoggedOut(7, "agent1");
        deferred.agentReady(8, "agent1");
        deferred.agentNotReady(9, "agent1", "lunch");
        deferred.agentDeviceChanged(10, "agent1", true);
        deferred.timeAdvanced(11);

        assertEquals(List.of("callQueued 1 42 sales gold 5551234", "callerHungUp 2 42", "agentHungUp 3 42",
                "agentAnswered 4 agent1 42", "offerFailed 5 agent1 42", "agentLoggedIn 6 agent1",
                "agentLoggedOut 7 agent1", "agentReady 8 agent1", "agentNotReady 9 agent1 lunch",
                "agentDeviceChanged 10 agent1 reachable", "timeAdvanced 11"), core.events());
    }
}
