package org.acd.simulator.virtual;

import java.util.SplittableRandom;
import org.acd.core.api.AcdCommands;
import org.acd.core.api.ExitAction;
import org.acd.simulator.scenario.Distribution;
import org.agrona.collections.Long2ObjectHashMap;

/**
 * The telephony side of a simulation: carries out the engine's commands the way callers and agents'
 * phones would, by scheduling what they do next. A ringing phone is answered after the ring time
 * unless its agent lets it ring out; a connected call lasts a handle time, then the agent hangs up.
 * Called by the engine on the simulation thread, during the event the simulation is handling.
 */
final class SimulatedTelephony implements AcdCommands {

    private final Long2ObjectHashMap<SimulatedCall> calls;
    private final EventSchedule schedule;
    private final VirtualClock clock;
    private final Ledger ledger;
    private final WaitPredictions predictions;
    private final long ringTimeMs;
    private final double noAnswerProbability;
    private final Distribution handleTime;
    private final SplittableRandom noAnswerRandom;
    private final SplittableRandom handleRandom;

    SimulatedTelephony(Long2ObjectHashMap<SimulatedCall> calls, EventSchedule schedule, VirtualClock clock,
                       Ledger ledger, WaitPredictions predictions, long ringTimeMs, double noAnswerProbability,
                       Distribution handleTime,
                       SplittableRandom noAnswerRandom, SplittableRandom handleRandom) {
        this.calls = calls;
        this.schedule = schedule;
        this.clock = clock;
        this.ledger = ledger;
        this.predictions = predictions;
        this.ringTimeMs = ringTimeMs;
        this.noAnswerProbability = noAnswerProbability;
        this.handleTime = handleTime;
        this.noAnswerRandom = noAnswerRandom;
        this.handleRandom = handleRandom;
    }

    @Override
    public void offerCall(long callId, String agentId, String endpoint) {
        SimulatedCall call = calls.get(callId);
        call.state = SimulatedCall.State.RINGING;
        call.offer++;
        if (noAnswerProbability > 0 && noAnswerRandom.nextDouble() < noAnswerProbability) {
            call.ringingOutAgent = agentId;
            ledger.letRingOut(call);
        } else {
            schedule.at(clock.nowMs() + ringTimeMs, SimEvent.Kind.AGENT_ANSWERS, callId, agentId, call.offer);
        }
    }

    @Override
    public void cancelOffer(long callId, String agentId) {
        SimulatedCall call = calls.get(callId);
        if (call == null || call.state != SimulatedCall.State.RINGING) {
            return;
        }
        call.state = SimulatedCall.State.WAITING;
        call.offer++;
        if (agentId.equals(call.ringingOutAgent)) {
            call.ringingOutAgent = null;
            schedule.at(clock.nowMs(), SimEvent.Kind.READY_AGAIN, callId, agentId, 0);
        }
    }

    @Override
    public void connectCall(long callId, String agentId) {
        SimulatedCall call = calls.get(callId);
        call.state = SimulatedCall.State.CONNECTED;
        ledger.answered(call, clock.nowMs());
        predictions.answered(call, clock.nowMs());
        schedule.at(clock.nowMs() + handleTime.sampleMs(handleRandom), SimEvent.Kind.AGENT_HANGS_UP, callId, agentId,
                0);
    }

    /** Simulated callers never accept a callback (scenarios have no such behaviour yet), so none is placed. */
    @Override
    public void placeCallback(long callId, String agentId, String endpoint, String numberToCall) {
        throw new UnsupportedOperationException("call " + callId + ": simulated callers never ask for a callback");
    }

    /** Simulated callers do not react to announcements. */
    @Override
    public void announcePosition(long callId, int position, long estimatedWaitSeconds) {
    }

    /** Simulated callers decline every callback offer: they wait on (their patience still runs). */
    @Override
    public void offerCallback(long callId) {
    }

    @Override
    public void exitQueue(long callId, ExitAction action, String target) {
        SimulatedCall call = calls.remove(callId);
        if (call != null) {
            ledger.exited(call);
        }
    }
}
