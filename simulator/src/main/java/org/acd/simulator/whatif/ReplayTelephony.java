package org.acd.simulator.whatif;

import org.acd.core.api.AcdCommands;
import org.acd.core.api.ExitAction;
import org.agrona.collections.Long2ObjectHashMap;

/**
 * The telephony side of a replay: carries out the engine's commands as the journal's phones did.
 * The n-th offer of a call ends as the call's n-th offer ended in the journal (answered after the
 * same ring, let ring out, failed), or as {@link CallerDraws} draws it beyond those; a callback
 * placed is answered by the customer after the journal's delay, and the agent's phone then rings
 * as long as it did; a connected call lasts its talk time. Called by the engine on the replay thread.
 */
final class ReplayTelephony implements AcdCommands {

    private final Long2ObjectHashMap<ReplayCall> calls;
    private final ReplaySchedule schedule;
    private final CallerDraws draws;

    ReplayTelephony(Long2ObjectHashMap<ReplayCall> calls, ReplaySchedule schedule, CallerDraws draws) {
        this.calls = calls;
        this.schedule = schedule;
        this.draws = draws;
    }

    @Override
    public void offerCall(long callId, String agentId, String endpoint) {
        ReplayCall call = calls.get(callId);
        call.state = ReplayCall.State.RINGING;
        ObservedOffer offer = draws.offer(call.observed, call.offersMade);
        call.offersMade++;
        call.token++;
        long nowMs = schedule.nowMs();
        if (offer instanceof ObservedOffer.Answered answered) {
            schedule.at(nowMs + answered.ringMs(), ReplayEvent.Kind.AGENT_ANSWERS, call, agentId, call.token);
        } else if (offer instanceof ObservedOffer.Unresolved unresolved) {
            schedule.at(nowMs + draws.ringAfterMs(unresolved.ringSoFarMs()), ReplayEvent.Kind.AGENT_ANSWERS, call,
                    agentId, call.token);
        } else if (offer instanceof ObservedOffer.RangOut rangOut) {
            call.ringingOutAgent = agentId;
            call.readyAgainAfterMs = rangOut.readyAgainAfterMs();
        } else if (offer instanceof ObservedOffer.Failed failed) {
            call.readyAgainAfterMs = failed.readyAgainAfterMs();
            schedule.at(nowMs + failed.failedAfterMs(), ReplayEvent.Kind.OFFER_FAILS, call, agentId, call.token);
        }
    }

    @Override
    public void cancelOffer(long callId, String agentId) {
        ReplayCall call = calls.get(callId);
        if (call == null || call.state != ReplayCall.State.RINGING) {
            return;
        }
        call.state = ReplayCall.State.WAITING;
        call.token++;
        if (agentId.equals(call.ringingOutAgent)) {
            call.ringingOutAgent = null;
            readyAgain(agentId, call.readyAgainAfterMs);
        }
    }

    @Override
    public void connectCall(long callId, String agentId) {
        ReplayCall call = calls.get(callId);
        call.state = ReplayCall.State.CONNECTED;
        schedule.at(schedule.nowMs() + draws.talkMs(call.observed), ReplayEvent.Kind.HANG_UP, call, agentId, 0);
    }

    @Override
    public void exitQueue(long callId, ExitAction action, String target) {
        calls.remove(callId);
    }

    @Override
    public void placeCallback(long callId, String agentId, String endpoint, String numberToCall) {
        ReplayCall call = calls.get(callId);
        call.token++;
        schedule.at(schedule.nowMs() + call.observed.callbackAnswerMs(), ReplayEvent.Kind.CALLBACK_ANSWERED, call,
                agentId, call.token);
    }

    /** The customer answered the callback: the agent's phone rings as long as it did in the journal. */
    void callbackAnswered(ReplayCall call, String agentId) {
        call.state = ReplayCall.State.RINGING;
        call.token++;
        schedule.at(schedule.nowMs() + call.observed.callbackRingMs(), ReplayEvent.Kind.AGENT_ANSWERS, call, agentId,
                call.token);
    }

    @Override
    public void announcePosition(long callId, int position, long estimatedWaitSeconds) {
        // A replayed caller's patience is the journaled one: what they hear changes nothing.
    }

    @Override
    public void offerCallback(long callId) {
        // A replayed caller asks for a callback when the journal's did (CALLBACK_REQUESTED), offered one or not.
    }

    /** After a RONA or failure, the agent is ready again {@code afterMs} later, unless they never were. */
    void readyAgain(String agentId, long afterMs) {
        if (afterMs != ObservedOffer.NEVER) {
            schedule.at(schedule.nowMs() + afterMs, ReplayEvent.Kind.READY_AGAIN, null, agentId, 0);
        }
    }
}
