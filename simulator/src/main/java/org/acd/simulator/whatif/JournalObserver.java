package org.acd.simulator.whatif;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acd.core.api.AgentState;
import org.acd.core.api.CallbackFailure;
import org.acd.core.api.CallState;
import org.acd.core.api.ExitAction;
import org.acd.core.api.ExitReason;
import org.acd.core.api.NotReadyReasons;
import org.acd.core.api.Party;
import org.acd.core.journal.JournaledOutcomes;
import org.agrona.collections.Long2ObjectHashMap;

/**
 * Reads an outcomes journal (by a Chronicle {@code methodReader}, as the reports do) into an
 * {@link ObservedDay}: the calls with their arrivals, waits, offers and talk times, and what the
 * agents did of their own accord, and when callers asked for callbacks and how those were
 * delivered. The outcomes alone suffice, so a journal written by {@code acd simulate --journal}
 * (which has no events) serves as well as a server's. One thread; {@link #day()} once, after the
 * last outcome.
 */
public final class JournalObserver implements JournaledOutcomes {

    private final Long2ObjectHashMap<ObservedCall> calls = new Long2ObjectHashMap<>();
    private final List<ObservedCall> arrivals = new ArrayList<>();
    private final List<PresenceChange> presence = new ArrayList<>();
    private final Map<String, AgentTrack> agents = new HashMap<>();
    /** The agent whose phone rings for a call, by call id. */
    private final Long2ObjectHashMap<AgentTrack> ringing = new Long2ObjectHashMap<>();
    private long firstMs = Long.MAX_VALUE;
    private long lastMs = Long.MIN_VALUE;

    /** What an agent is doing as the journal goes, and what of it is still open. */
    private static final class AgentTrack {
        AgentState state = AgentState.LOGGED_OUT;
        String reason = "";
        long sinceMs;
        long loggedInSinceMs;
        long loggedInMs;
        ObservedCall offeredCall;
        int offerIndex;
        long offeredMs;
        /** The offer whose RONA or failure made this agent not ready, until they are ready again. */
        ObservedCall notReadyAfterCall;
        int notReadyAfterOffer;
    }

    @Override
    public void causedBy(long eventIndex) {
        // which event caused the outcomes does not matter here
    }

    @Override
    public void callEnteredQueue(long nowMs, long callId, String queueId, String tierId, int position) {
        seen(nowMs);
        if (!calls.containsKey(callId)) {
            ObservedCall call = new ObservedCall(callId, nowMs, queueId, tierId);
            calls.put(callId, call);
            arrivals.add(call);
        }
    }

    @Override
    public void callOffered(long nowMs, long callId, String queueId, String agentId) {
        seen(nowMs);
        ObservedCall call = calls.get(callId);
        AgentTrack agent = agent(agentId);
        if (call == null) {
            return;
        }
        agent.offeredCall = call;
        agent.offerIndex = call.offers.size();
        agent.offeredMs = nowMs;
        call.offers.add(new ObservedOffer.Unresolved(0));
        ringing.put(callId, agent);
    }

    @Override
    public void callAnswered(long nowMs, long callId, String queueId, String agentId, long waitMs) {
        seen(nowMs);
        resolveCall(callId, new ObservedOffer.Answered(nowMs - agent(agentId).offeredMs));
        ObservedCall call = calls.get(callId);
        if (call != null) {
            call.ending = ObservedCall.Ending.ANSWERED;
            call.waitMs = waitMs;
            if (call.callbackAfterMs != ObservedCall.NO_CALLBACK) {
                call.callbackRingMs = nowMs - call.callbackAnsweredAtMs;
            }
        }
    }

    @Override
    public void callCompleted(long nowMs, long callId, String queueId, String agentId, long talkMs, Party endedBy) {
        seen(nowMs);
        ObservedCall call = calls.get(callId);
        if (call != null) {
            call.talkMs = talkMs;
            call.endedBy = endedBy;
        }
    }

    @Override
    public void callAbandoned(long nowMs, long callId, String queueId, long waitMs, int position,
                              boolean whileRinging) {
        seen(nowMs);
        end(nowMs, callId, ObservedCall.Ending.ABANDONED, waitMs);
    }

    @Override
    public void callExited(long nowMs, long callId, String queueId, long waitMs, CallState finalState,
                           ExitReason reason, ExitAction action, String target) {
        seen(nowMs);
        end(nowMs, callId, ObservedCall.Ending.EXITED, waitMs);
    }

    @Override
    public void callOverflowed(long nowMs, long callId, String fromQueueId, String toQueueId, ExitReason reason) {
        // the call keeps its entry time and its caller; the replay's engine moves it again
        seen(nowMs);
    }

    @Override
    public void ringNoAnswer(long nowMs, long callId, String queueId, String agentId, long ringMs) {
        seen(nowMs);
        AgentTrack agent = agent(agentId);
        ObservedCall call = agent.offeredCall;
        int index = agent.offerIndex;
        if (call != null && call.callId == callId) {
            resolveOffer(agent, new ObservedOffer.RangOut(ObservedOffer.NEVER));
            agent.notReadyAfterCall = call;
            agent.notReadyAfterOffer = index;
        }
    }

    @Override
    public void callbackRequested(long nowMs, long callId, String queueId, long waitMs, int position) {
        seen(nowMs);
        ObservedCall call = calls.get(callId);
        if (call != null) {
            call.callbackAfterMs = waitMs;
        }
    }

    @Override
    public void callbackAttempted(long nowMs, long callId, String queueId, String agentId, int attempt) {
        seen(nowMs);
        ObservedCall call = calls.get(callId);
        if (call != null) {
            call.callbackAttemptedAtMs = nowMs;
        }
    }

    @Override
    public void callbackAnswered(long nowMs, long callId, String queueId, String agentId, int attempt) {
        seen(nowMs);
        ObservedCall call = calls.get(callId);
        if (call != null) {
            call.callbackAnswerMs = nowMs - call.callbackAttemptedAtMs;
            call.callbackAnsweredAtMs = nowMs;
        }
    }

    @Override
    public void callbackAttemptFailed(long nowMs, long callId, String queueId, String agentId, int attempt,
                                      CallbackFailure reason, long retryAtMs) {
        // The replay delivers a callback at its first attempt: the failed attempts before it are not replayed.
        seen(nowMs);
    }

    @Override
    public void callbackFailed(long nowMs, long callId, String queueId, long waitMs, int attempts) {
        seen(nowMs);
        end(nowMs, callId, ObservedCall.Ending.EXITED, waitMs);
    }

    @Override
    public void agentStateChanged(long nowMs, String agentId, AgentState state, String reason) {
        seen(nowMs);
        AgentTrack agent = agent(agentId);
        AgentState previous = agent.state;
        if (previous == AgentState.RESERVED && agent.offeredCall != null && state != AgentState.ON_CALL) {
            withdrawn(agent, nowMs, state, reason);
        }
        if (previous == AgentState.LOGGED_OUT && state != AgentState.LOGGED_OUT) {
            presence.add(new PresenceChange(nowMs, agentId, PresenceChange.Kind.LOG_IN, ""));
            agent.loggedInSinceMs = nowMs;
        }
        // The engine holds a logout asked during a call, and a break asked during a call or its wrap-up,
        // until they end: the request came earlier than the change; replayed just before it.
        long heldMs = Math.max(agent.sinceMs, nowMs - 1);
        if (state == AgentState.LOGGED_OUT && previous != AgentState.LOGGED_OUT) {
            presence.add(new PresenceChange(previous == AgentState.ON_CALL ? heldMs : nowMs, agentId,
                    PresenceChange.Kind.LOG_OUT, ""));
            agent.loggedInMs += nowMs - agent.loggedInSinceMs;
            agent.notReadyAfterCall = null;
        } else if (state == AgentState.NOT_READY && !byEngine(reason)) {
            boolean held = previous == AgentState.ON_CALL || previous == AgentState.WRAP_UP;
            presence.add(new PresenceChange(held ? heldMs : nowMs, agentId, PresenceChange.Kind.NOT_READY, reason));
            agent.notReadyAfterCall = null;
        } else if (state == AgentState.READY && previous == AgentState.NOT_READY) {
            readyAgain(agent, agentId, nowMs);
        }
        agent.state = state;
        agent.reason = reason;
        agent.sinceMs = nowMs;
    }

    @Override
    public void eventRejected(long nowMs, String reason) {
        // a rejected event changed nothing
    }

    /** The day as read, with the calls and agents still open cut at the journal's last outcome. */
    public ObservedDay day() {
        long startMs = firstMs == Long.MAX_VALUE ? 0 : firstMs;
        long endMs = lastMs == Long.MIN_VALUE ? 0 : lastMs;
        for (ObservedCall call : arrivals) {
            if (call.ending == ObservedCall.Ending.UNFINISHED) {
                call.waitMs = endMs - call.enteredMs;
            }
        }
        for (AgentTrack agent : agents.values()) {
            if (agent.offeredCall != null) {
                resolveOffer(agent, new ObservedOffer.Unresolved(endMs - agent.offeredMs));
            }
        }
        Map<String, Long> loggedIn = new HashMap<>();
        agents.forEach((id, agent) -> loggedIn.put(id, agent.loggedInMs
                + (agent.state == AgentState.LOGGED_OUT ? 0 : endMs - agent.loggedInSinceMs)));
        return new ObservedDay(arrivals, presence, startMs, endMs, loggedIn);
    }

    /** The phone stopped ringing for another reason than an answer, a RONA or a failure. */
    private void withdrawn(AgentTrack agent, long nowMs, AgentState state, String reason) {
        if (state == AgentState.NOT_READY && NotReadyReasons.OFFER_FAILED.equals(reason)) {
            agent.notReadyAfterCall = agent.offeredCall;
            agent.notReadyAfterOffer = agent.offerIndex;
            resolveOffer(agent, new ObservedOffer.Failed(nowMs - agent.offeredMs, ObservedOffer.NEVER));
        } else {
            resolveOffer(agent, new ObservedOffer.Unresolved(nowMs - agent.offeredMs));
        }
    }

    /** Back from a break: a presence change; back from a RONA or failed offer: part of that offer. */
    private void readyAgain(AgentTrack agent, String agentId, long nowMs) {
        if (!byEngine(agent.reason)) {
            presence.add(new PresenceChange(nowMs, agentId, PresenceChange.Kind.READY, ""));
            return;
        }
        ObservedCall call = agent.notReadyAfterCall;
        if (call == null) {
            return;
        }
        long afterMs = nowMs - agent.sinceMs;
        ObservedOffer offer = call.offers.get(agent.notReadyAfterOffer);
        call.offers.set(agent.notReadyAfterOffer, offer instanceof ObservedOffer.Failed failed
                ? new ObservedOffer.Failed(failed.failedAfterMs(), afterMs) : new ObservedOffer.RangOut(afterMs));
        agent.notReadyAfterCall = null;
    }

    private static boolean byEngine(String reason) {
        return NotReadyReasons.RONA.equals(reason) || NotReadyReasons.OFFER_FAILED.equals(reason);
    }

    private void end(long nowMs, long callId, ObservedCall.Ending ending, long waitMs) {
        AgentTrack agent = ringing.get(callId);
        if (agent != null) {
            resolveOffer(agent, new ObservedOffer.Unresolved(nowMs - agent.offeredMs));
        }
        ObservedCall call = calls.get(callId);
        if (call != null) {
            call.ending = ending;
            call.waitMs = waitMs;
        }
    }

    /** Sets how the offer ringing for {@code callId} ended, if one was. */
    private void resolveCall(long callId, ObservedOffer how) {
        AgentTrack agent = ringing.get(callId);
        if (agent != null) {
            resolveOffer(agent, how);
        }
    }

    /** Sets how the offer ringing {@code agent}'s phone ended. */
    private void resolveOffer(AgentTrack agent, ObservedOffer how) {
        ObservedCall call = agent.offeredCall;
        call.offers.set(agent.offerIndex, how);
        agent.offeredCall = null;
        if (ringing.get(call.callId) == agent) {
            ringing.remove(call.callId);
        }
    }

    private AgentTrack agent(String agentId) {
        return agents.computeIfAbsent(agentId, id -> new AgentTrack());
    }

    private void seen(long nowMs) {
        firstMs = Math.min(firstMs, nowMs);
        lastMs = Math.max(lastMs, nowMs);
    }
}
