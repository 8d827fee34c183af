package org.acd.server.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ScheduledFuture;
import java.util.function.LongSupplier;
import org.acd.core.api.AcdEvents;
import org.acd.core.api.QueueRequest;

/**
 * The demo's callers. Each arrives in a queue with a tier and a patience of its own (exponential);
 * if no agent has answered when it runs out, the caller hangs up. Once connected, the call lasts a
 * few seconds and then the caller or the agent hangs up. Driver thread only.
 */
final class CallerBehaviour {

    private final DemoThread thread;
    private final LongSupplier clock;
    private final AcdEvents events;
    private final Random random;
    private final DemoTraffic traffic;
    private final CallMix mix;
    /** Callers not connected to an agent yet, with the hang-up their patience will bring. */
    private final Map<Long, ScheduledFuture<?>> waiting = new HashMap<>();
    private long lastCallId;

    CallerBehaviour(DemoThread thread, LongSupplier clock, AcdEvents events, Random random, DemoTraffic traffic,
                    CallMix mix) {
        this.thread = thread;
        this.clock = clock;
        this.events = events;
        this.random = random;
        this.traffic = traffic;
        this.mix = mix;
    }

    /** A new caller is put in a queue. */
    void arrive() {
        long callId = ++lastCallId;
        events.callQueued(clock.getAsLong(), callId, mix.pickQueue(random), mix.pickTier(random),
                String.format("+1555%07d", callId), QueueRequest.NONE);
        long patienceMs = Randomness.exponentialMs(random, traffic.meanPatienceMs());
        waiting.put(callId, thread.after(patienceMs, () -> runOutOfPatience(callId)));
    }

    /** The engine bridged the caller with an agent. */
    void connected(long callId) {
        ScheduledFuture<?> patience = waiting.remove(callId);
        if (patience == null) {
            // The caller hung up just as the agent answered; the engine ends the call on that hang-up.
            return;
        }
        patience.cancel(false);
        boolean callerEnds = random.nextBoolean();
        thread.after(Randomness.uniformMs(random, traffic.talkMinMs(), traffic.talkMaxMs()), () -> {
            if (callerEnds) {
                events.callerHungUp(clock.getAsLong(), callId);
            } else {
                events.agentHungUp(clock.getAsLong(), callId);
            }
        });
    }

    /** The engine took the call out of queueing (voicemail, transfer): the caller no longer waits here. */
    void leftQueue(long callId) {
        ScheduledFuture<?> patience = waiting.remove(callId);
        if (patience != null) {
            patience.cancel(false);
        }
    }

    /** True while the caller waits for an agent: not connected, not hung up, not sent elsewhere. */
    boolean isWaiting(long callId) {
        return waiting.containsKey(callId);
    }

    /** How many callers arrived so far. */
    long arrivals() {
        return lastCallId;
    }

    private void runOutOfPatience(long callId) {
        if (waiting.remove(callId) != null) {
            events.callerHungUp(clock.getAsLong(), callId);
        }
    }
}
