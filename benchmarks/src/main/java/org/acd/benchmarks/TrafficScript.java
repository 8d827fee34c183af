package org.acd.benchmarks;

import org.acd.core.api.AcdEvents;
import org.acd.core.api.QueueRequest;

/**
 * The steady traffic both pipeline harnesses offer to the {@link ScaleFixture}, one event per call
 * to {@link #publishNext}, in rounds of five events:
 * <pre>
 *   0  callQueued(call r) in a live queue              -> offerCall     (timed)
 *   1  call r-200: agentAnswered, or 1 in 10 callerHungUp while ringing
 *                                                       -> connectCall or cancelOffer (timed)
 *   2  call r-400: agentHungUp (wrap-up 20 ms, then READY from a timer); a tick when there is none
 *   3  agentReady(backlog agent b): b takes the best of the waiting calls of all its queues
 *                                                       -> offerCall     (timed)
 *   4  agentNotReady(b): the offer is withdrawn, the call goes back to its place
 *                                                       -> cancelOffer   (timed)
 * </pre>
 * So the 50,000 backlog calls stay waiting, about 600 live agents are ringing, talking or in
 * wrap-up at any time, and four events in five cause exactly one command. Event time is synthetic
 * and compressed: {@value #EVENTS_PER_MS} events per millisecond, the offered rate of the latency
 * harness, whatever the real rate.
 *
 * <p>The simulated agent answers only a phone that rang: step 1 waits, through the
 * {@link CommandProbe}, for the engine to have offered the call, which keeps the publisher at most
 * about {@value #ANSWER_AFTER_ROUNDS} rounds ahead of the engine. Publisher thread only.
 */
final class TrafficScript {

    static final int EVENTS_PER_ROUND = 5;
    static final int EVENTS_PER_MS = 50;
    static final int ANSWER_AFTER_ROUNDS = 200;
    static final int HANG_UP_AFTER_ROUNDS = 200;
    private static final int ABANDON_ONE_IN = 10;

    private final ScaleFixture fixture;
    private final CommandProbe probe;
    private final AcdEvents events;
    private final long startMs;
    private long published;

    TrafficScript(ScaleFixture fixture, CommandProbe probe, AcdEvents events, long startMs) {
        this.fixture = fixture;
        this.probe = probe;
        this.events = events;
        this.startMs = startMs;
    }

    /**
     * Publishes the next event of the script.
     *
     * @param sentNanos the intended send time to time its command from, or {@link CommandProbe#UNTIMED}
     * @return whether the event is one that causes exactly one command (timed unless {@code UNTIMED})
     */
    boolean publishNext(long sentNanos) {
        long round = published / EVENTS_PER_ROUND;
        int step = (int) (published % EVENTS_PER_ROUND);
        long nowMs = startMs + published / EVENTS_PER_MS;
        published++;
        return switch (step) {
            case 0 -> arrive(nowMs, round, sentNanos);
            case 1 -> respond(nowMs, round - ANSWER_AFTER_ROUNDS, sentNanos);
            case 2 -> hangUp(nowMs, round - ANSWER_AFTER_ROUNDS - HANG_UP_AFTER_ROUNDS);
            case 3 -> toggleReady(nowMs, round, sentNanos);
            default -> toggleNotReady(nowMs, round, sentNanos);
        };
    }

    long published() {
        return published;
    }

    private boolean arrive(long nowMs, long round, long sentNanos) {
        long callId = ScaleFixture.FIRST_LIVE_CALL_ID + round;
        probe.expectArrival(callId, sentNanos);
        events.callQueued(nowMs, callId, fixture.arrivalQueueId(round), fixture.tierId(round),
                fixture.callerNumber(round), QueueRequest.NONE);
        return true;
    }

    private boolean respond(long nowMs, long callRound, long sentNanos) {
        if (callRound < 0) {
            events.timeAdvanced(nowMs);
            return false;
        }
        long callId = ScaleFixture.FIRST_LIVE_CALL_ID + callRound;
        int agent = probe.awaitOfferedAgent(callId);
        probe.expectResponse(callId, sentNanos);
        if (abandons(callRound)) {
            events.callerHungUp(nowMs, callId);
        } else {
            events.agentAnswered(nowMs, fixture.agentId(agent), callId);
        }
        return true;
    }

    private boolean hangUp(long nowMs, long callRound) {
        if (callRound < 0 || abandons(callRound)) {
            events.timeAdvanced(nowMs);
        } else {
            events.agentHungUp(nowMs, ScaleFixture.FIRST_LIVE_CALL_ID + callRound);
        }
        return false;
    }

    private boolean toggleReady(long nowMs, long round, long sentNanos) {
        String agentId = fixture.toggleAgentId(round);
        probe.expectReady(ScaleFixture.agentIndex(agentId), sentNanos);
        events.agentReady(nowMs, agentId);
        return true;
    }

    private boolean toggleNotReady(long nowMs, long round, long sentNanos) {
        String agentId = fixture.toggleAgentId(round);
        probe.expectNotReady(ScaleFixture.agentIndex(agentId), sentNanos);
        events.agentNotReady(nowMs, agentId, ScaleFixture.NOT_READY_REASON);
        return true;
    }

    private static boolean abandons(long callRound) {
        return callRound % ABANDON_ONE_IN == ABANDON_ONE_IN - 1;
    }
}
