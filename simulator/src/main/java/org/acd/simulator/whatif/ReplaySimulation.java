package org.acd.simulator.whatif;

import java.util.List;
import org.acd.core.api.AgentState;
import org.acd.core.api.NotReadyReasons;
import org.acd.core.api.Party;
import org.acd.core.api.QueueRequest;
import org.acd.core.api.RoutingOutcomes;
import org.acd.core.engine.RoutingEngine;
import org.acd.core.model.RoutingConfig;
import org.acd.core.view.AgentView;
import org.agrona.collections.Long2ObjectHashMap;

/**
 * Replays a journal's day on the real {@link RoutingEngine} in virtual time, with a routing
 * configuration and agents' presence of the caller's choosing: the same loop as
 * {@code VirtualSimulation} (whichever comes first, the next replay event or the engine's next
 * timer, timers first on a tie), fed by the journal's calls instead of random arrivals. Events are
 * scheduled in the same order as there (agents first, then each arrival schedules its patience, is
 * queued, and schedules the next arrival), so a journal of {@code acd simulate} replayed with its own
 * routing and agents gives back its own outcomes. A caller who asked for a callback asks again at
 * the same wait if still waiting, and is called back when an agent is free. It stops at the
 * journal's last outcome: what is still waiting or talking then was unfinished in the journal too.
 * Runs on the calling thread, once.
 */
final class ReplaySimulation {

    /** The outcomes journal holds no caller's number; the replay's engine needs one to call back. */
    private static final String CALLBACK_NUMBER = "replayed";

    private final ObservedDay day;
    private final List<PresenceChange> presence;
    private final RoutingEngine engine;
    private final ReplaySchedule schedule = new ReplaySchedule();
    private final Long2ObjectHashMap<ReplayCall> calls = new Long2ObjectHashMap<>();
    private final CallerDraws draws;
    private final ReplayTelephony telephony;
    private int nextArrival;

    ReplaySimulation(ObservedDay day, RoutingConfig routing, List<PresenceChange> presence, long seed,
                     RoutingOutcomes outcomes) {
        this.day = day;
        this.presence = presence;
        this.draws = new CallerDraws(day, seed);
        this.telephony = new ReplayTelephony(calls, schedule, draws);
        this.engine = new RoutingEngine(routing, telephony, outcomes);
    }

    void run() {
        presence.forEach(schedule::presence);
        scheduleNextArrival();
        while (true) {
            ReplayEvent next = schedule.peek();
            long timerDueMs = engine.nextTimerDueMs();
            long nextMs = Math.min(timerDueMs, next == null ? Long.MAX_VALUE : next.timeMs());
            if (nextMs == Long.MAX_VALUE || nextMs > day.endMs()) {
                break;
            }
            if (next == null || timerDueMs <= next.timeMs()) {
                schedule.advanceTo(timerDueMs);
                engine.timeAdvanced(timerDueMs);
            } else {
                schedule.poll();
                schedule.advanceTo(next.timeMs());
                handle(next);
            }
        }
    }

    private void handle(ReplayEvent event) {
        long nowMs = event.timeMs();
        ReplayCall call = event.call();
        switch (event.kind()) {
            case ARRIVAL -> arrive(call);
            case PATIENCE_ENDS -> {
                if (calls.get(call.observed.callId()) == call && call.state != ReplayCall.State.CONNECTED
                        && !call.callbackRequested) {
                    call.ringingOutAgent = null;
                    engine.callerHungUp(nowMs, call.observed.callId());
                    calls.remove(call.observed.callId());
                }
            }
            case AGENT_ANSWERS -> {
                if (call.state == ReplayCall.State.RINGING && call.token == event.offer()) {
                    engine.agentAnswered(nowMs, event.agentId(), call.observed.callId());
                }
            }
            case OFFER_FAILS -> {
                if (call.state == ReplayCall.State.RINGING && call.token == event.offer()) {
                    call.state = ReplayCall.State.WAITING;
                    engine.offerFailed(nowMs, event.agentId(), call.observed.callId());
                    telephony.readyAgain(event.agentId(), call.readyAgainAfterMs);
                }
            }
            case CALLBACK_REQUESTED -> {
                if (calls.get(call.observed.callId()) == call && call.state != ReplayCall.State.CONNECTED) {
                    call.callbackRequested = true;
                    engine.callbackRequested(nowMs, call.observed.callId(), CALLBACK_NUMBER);
                }
            }
            case CALLBACK_ANSWERED -> {
                // Not when the engine gave the attempt up first (its answer timeout) and placed no other yet.
                long rejectedBefore = engine.rejectedEvents();
                if (call.token == event.offer()) {
                    engine.callbackAnswered(nowMs, call.observed.callId());
                    if (engine.rejectedEvents() == rejectedBefore) {
                        telephony.callbackAnswered(call, event.agentId());
                    }
                }
            }
            case HANG_UP -> hangUp(call, nowMs);
            case PRESENCE -> change(event.change());
            case READY_AGAIN -> {
                if (notReadyByEngine(event.agentId())) {
                    engine.agentReady(nowMs, event.agentId());
                }
            }
        }
    }

    private void arrive(ReplayCall call) {
        ObservedCall observed = call.observed;
        calls.put(observed.callId(), call);
        long patienceMs = draws.patienceMs(observed);
        if (patienceMs != ObservedOffer.NEVER) {
            schedule.at(observed.enteredMs() + patienceMs, ReplayEvent.Kind.PATIENCE_ENDS, call, null, 0);
        }
        if (observed.callbackAfterMs() != ObservedCall.NO_CALLBACK) {
            schedule.at(observed.enteredMs() + observed.callbackAfterMs(), ReplayEvent.Kind.CALLBACK_REQUESTED, call,
                    null, 0);
        }
        engine.callQueued(observed.enteredMs(), observed.callId(), observed.queueId(), observed.tierId(), "", QueueRequest.NONE);
        scheduleNextArrival();
    }

    private void scheduleNextArrival() {
        if (nextArrival < day.calls().size()) {
            ObservedCall next = day.calls().get(nextArrival++);
            schedule.at(next.enteredMs(), ReplayEvent.Kind.ARRIVAL, new ReplayCall(next), null, 0);
        }
    }

    private void hangUp(ReplayCall call, long nowMs) {
        if (calls.remove(call.observed.callId()) == null) {
            return;
        }
        if (call.observed.endedBy() == Party.CALLER) {
            engine.callerHungUp(nowMs, call.observed.callId());
        } else {
            engine.agentHungUp(nowMs, call.observed.callId());
        }
    }

    private void change(PresenceChange change) {
        long nowMs = change.timeMs();
        switch (change.kind()) {
            case LOG_IN -> engine.agentLoggedIn(nowMs, change.agentId());
            case LOG_OUT -> engine.agentLoggedOut(nowMs, change.agentId());
            case NOT_READY -> engine.agentNotReady(nowMs, change.agentId(), change.reason());
            case READY -> engine.agentReady(nowMs, change.agentId());
        }
    }

    /** Whether the agent is still not ready because of a RONA or a failed offer (not on a break since). */
    private boolean notReadyByEngine(String agentId) {
        for (AgentView agent : engine.snapshot().agents()) {
            if (agent.id().equals(agentId)) {
                return agent.state() == AgentState.NOT_READY && (NotReadyReasons.RONA.equals(agent.reason())
                        || NotReadyReasons.OFFER_FAILED.equals(agent.reason()));
            }
        }
        return false;
    }
}
