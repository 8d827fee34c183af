package org.acd.telephony.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

final class ResyncTriggerTest {

    private final AtomicInteger resyncs = new AtomicInteger();
    private final ResyncTrigger trigger = new ResyncTrigger(resyncs::incrementAndGet);

    @Test
    void shouldWaitAfterTheLoginUntilAsteriskIsFullyBooted() {
        trigger.loggedIn();
        assertEquals(0, resyncs.get(), "Asterisk still loading its modules answers device states with nothing");

        trigger.booted();
        assertEquals(1, resyncs.get());
    }

    @Test
    void shouldResynchroniseWhenTheBootEventIsReadBeforeTheLoginCompletes() {
        trigger.booted();
        assertEquals(0, resyncs.get(), "no action can be sent before the login completes");

        trigger.loggedIn();
        assertEquals(1, resyncs.get());
    }

    @Test
    void shouldResynchroniseOncePerLogin() {
        trigger.loggedIn();
        trigger.booted();
        trigger.booted();

        trigger.disconnected();
        trigger.loggedIn();
        assertEquals(1, resyncs.get(), "the second login waits for its own FullyBooted");

        trigger.booted();
        assertEquals(2, resyncs.get());
    }

    @Test
    void shouldForgetABootSeenByAConnectionThatWasLost() {
        trigger.booted();
        trigger.disconnected();

        trigger.loggedIn();
        assertEquals(0, resyncs.get());
    }
}
