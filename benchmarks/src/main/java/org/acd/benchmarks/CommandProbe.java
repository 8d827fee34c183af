package org.acd.benchmarks;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.HdrHistogram.Histogram;
import org.acd.core.api.AcdCommands;
import org.acd.core.api.ExitAction;

/**
 * The command executor of the pipeline harnesses. It ties each command back to the event that caused
 * it and, for a timed event, records the time from the event's intended send time to now.
 * <pre>
 *   publisher thread                               engine thread
 *   expectArrival(call, sentNanos) ---+            offerCall(call, agent) ---> latency histogram
 *   publish callQueued(call) ---------+-- ring --> (through the engine)        + offered agent of the call
 *   awaitOfferedAgent(call) <-------------------------------------------------+
 * </pre>
 * Commands are matched by call for live calls ({@code offerCall} for the arrival, {@code connectCall}
 * or {@code cancelOffer} for the answer or the abandon) and by agent for backlog agents
 * ({@code offerCall} for {@code agentReady}, {@code cancelOffer} for {@code agentNotReady}).
 *
 * <p>The {@code expect*} methods and {@link #awaitOfferedAgent} are for the publisher thread; the
 * stamps they write are seen by the engine thread because the ring's publish orders them. The
 * {@link AcdCommands} methods run on the engine thread. Read {@link #latencyNanos} and the counts
 * only after the pipeline has applied every event (a snapshot reply orders them).
 */
final class CommandProbe implements AcdCommands {

    /** A send time for events that are not timed (warm-up and throughput runs). */
    static final long UNTIMED = Long.MIN_VALUE;
    /** Live calls in flight map onto this many slots; far more than the harnesses keep in flight. */
    static final int CALL_SLOTS = 1 << 16;

    private static final int NO_AGENT = -1;
    private static final long MAX_LATENCY_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final long OFFER_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final long[] arrivalSentNanos = new long[CALL_SLOTS];
    private final long[] responseSentNanos = new long[CALL_SLOTS];
    private final long[] readySentNanos = new long[ScaleFixture.AGENTS];
    private final long[] notReadySentNanos = new long[ScaleFixture.AGENTS];
    private final AtomicIntegerArray offeredAgent = new AtomicIntegerArray(CALL_SLOTS);
    private final Histogram latencyNanos = new Histogram(MAX_LATENCY_NANOS, 3);
    private long timedCommands;
    private long unexpectedCommands;
    private volatile long engineThreadId = -1;

    CommandProbe() {
        Arrays.fill(arrivalSentNanos, UNTIMED);
        Arrays.fill(responseSentNanos, UNTIMED);
        Arrays.fill(readySentNanos, UNTIMED);
        Arrays.fill(notReadySentNanos, UNTIMED);
    }

    // ---- publisher thread

    /** The live call is about to be published; its offer will be timed from {@code sentNanos}. */
    void expectArrival(long callId, long sentNanos) {
        int slot = slot(callId);
        offeredAgent.setRelease(slot, NO_AGENT);
        arrivalSentNanos[slot] = sentNanos;
    }

    /** An answer or an abandon of the live call is about to be published. */
    void expectResponse(long callId, long sentNanos) {
        responseSentNanos[slot(callId)] = sentNanos;
    }

    void expectReady(int agentIndex, long sentNanos) {
        readySentNanos[agentIndex] = sentNanos;
    }

    void expectNotReady(int agentIndex, long sentNanos) {
        notReadySentNanos[agentIndex] = sentNanos;
    }

    /**
     * The agent whose phone rings for the live call, waiting for the engine to offer it if it has
     * not yet: the simulated agent can only answer a phone that rang.
     */
    int awaitOfferedAgent(long callId) {
        int slot = slot(callId);
        int agent = offeredAgent.getAcquire(slot);
        if (agent != NO_AGENT) {
            return agent;
        }
        long deadlineNanos = System.nanoTime() + OFFER_TIMEOUT_NANOS;
        while ((agent = offeredAgent.getAcquire(slot)) == NO_AGENT) {
            if (System.nanoTime() > deadlineNanos) {
                throw new IllegalStateException("live call " + callId + " was not offered within 10 s: no ready"
                        + " agent in its queue, or the pipeline stopped");
            }
            Thread.yield();
        }
        return agent;
    }

    // ---- engine thread

    @Override
    public void offerCall(long callId, String agentId, String endpoint) {
        if (engineThreadId < 0) {
            engineThreadId = Thread.currentThread().getId();
        }
        int agent = ScaleFixture.agentIndex(agentId);
        if (isLive(callId)) {
            int slot = slot(callId);
            record(arrivalSentNanos[slot]);
            offeredAgent.setRelease(slot, agent);
        } else {
            record(readySentNanos[agent]);
        }
    }

    @Override
    public void cancelOffer(long callId, String agentId) {
        if (isLive(callId)) {
            record(responseSentNanos[slot(callId)]);
        } else {
            record(notReadySentNanos[ScaleFixture.agentIndex(agentId)]);
        }
    }

    @Override
    public void connectCall(long callId, String agentId) {
        record(responseSentNanos[slot(callId)]);
    }

    @Override
    public void exitQueue(long callId, ExitAction action, String target) {
        unexpectedCommands++;
    }

    @Override
    public void placeCallback(long callId, String agentId, String endpoint, String numberToCall) {
        unexpectedCommands++;
    }

    // ---- after the run

    /** The thread that called this executor first, the engine thread; -1 before the first offer. */
    long engineThreadId() {
        return engineThreadId;
    }

    Histogram latencyNanos() {
        return latencyNanos;
    }

    long timedCommands() {
        return timedCommands;
    }

    long unexpectedCommands() {
        return unexpectedCommands;
    }

    private void record(long sentNanos) {
        if (sentNanos == UNTIMED) {
            return;
        }
        latencyNanos.recordValue(Math.min(System.nanoTime() - sentNanos, MAX_LATENCY_NANOS));
        timedCommands++;
    }

    private static boolean isLive(long callId) {
        return callId >= ScaleFixture.FIRST_LIVE_CALL_ID;
    }

    private static int slot(long callId) {
        return (int) (callId & (CALL_SLOTS - 1));
    }
}
