package org.acd.simulator.virtual;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.acd.core.api.QueueRequest;
import org.acd.core.api.RoutingOutcomes;
import org.acd.core.engine.RoutingEngine;
import org.acd.simulator.scenario.AgentShift;
import org.acd.simulator.scenario.ArrivalPeriod;
import org.acd.simulator.scenario.CallType;
import org.acd.simulator.scenario.Scenario;
import org.agrona.collections.Long2ObjectHashMap;

/**
 * A discrete-event simulation of a scenario on the real {@link RoutingEngine}, in virtual time: the
 * loop takes whichever comes first, the simulator's next event (an arrival, a caller's patience
 * running out, an agent answering or hanging up, a shift starting or ending) or the engine's next
 * timer (ring timeout, wrap-up end, overflow step), and hands it to the engine stamped with its
 * virtual time. Nothing sleeps; a seed gives the same run every time. It ends when nothing is left
 * to happen. The engine's outcomes go to the given {@link RoutingOutcomes}; the simulator's own
 * account goes to a {@link GroundTruth}.
 *
 * <p>Random draws come from separate streams per purpose (arrivals, call types, patience, handle
 * times, ring-outs), so changing the staffing leaves the callers' draws as they were. Runs on the
 * calling thread, once.
 */
public final class VirtualSimulation {

    private final Scenario scenario;
    private final EventFraming framing;
    private final RoutingEngine engine;
    private final EventSchedule schedule = new EventSchedule();
    private final VirtualClock clock = new VirtualClock();
    private final Ledger ledger = new Ledger();
    private final WaitPredictions predictions = new WaitPredictions();
    private final Long2ObjectHashMap<SimulatedCall> calls = new Long2ObjectHashMap<>();
    private final Set<String> loggedIn = new HashSet<>();
    private final ArrivalProcess arrivals;
    private final CallTypePicker callTypes;
    private final SplittableRandom patienceRandom;
    private long callsPlaced;
    private long countedCallsPlaced;
    private long eventsHandled;

    public VirtualSimulation(Scenario scenario, RoutingOutcomes outcomes) {
        this(scenario, outcomes, EventFraming.NONE);
    }

    /** Tells {@code framing} where each engine event begins and ends, so a journal can frame its outcomes. */
    public VirtualSimulation(Scenario scenario, RoutingOutcomes outcomes, EventFraming framing) {
        this.scenario = scenario;
        this.framing = framing;
        SplittableRandom root = new SplittableRandom(scenario.seed());
        this.arrivals = new ArrivalProcess(scenario.arrivals(), root.split());
        this.callTypes = new CallTypePicker(scenario.callTypes(), root.split());
        this.patienceRandom = root.split();
        SplittableRandom handleRandom = root.split();
        SplittableRandom noAnswerRandom = root.split();
        SimulatedTelephony telephony = new SimulatedTelephony(calls, schedule, clock, ledger, predictions,
                scenario.ringTimeMs(),
                scenario.noAnswerProbability(), scenario.handleTime(), noAnswerRandom, handleRandom);
        this.engine = new RoutingEngine(scenario.routing(), telephony, outcomes);
    }

    /** Runs the scenario to its end and returns the simulator's own account of the calls. */
    public GroundTruth run() {
        for (AgentShift shift : scenario.agents()) {
            schedule.at(shift.fromMs(), SimEvent.Kind.LOG_IN, 0, shift.agentId(), 0);
            if (shift.toMs() != ArrivalPeriod.OPEN_ENDED) {
                schedule.at(shift.toMs(), SimEvent.Kind.LOG_OUT, 0, shift.agentId(), 0);
            }
        }
        scheduleNextArrival();
        while (true) {
            SimEvent next = schedule.peek();
            long timerDueMs = engine.nextTimerDueMs();
            if (next == null && timerDueMs == Long.MAX_VALUE) {
                break;
            }
            framing.beginEvent(eventsHandled);
            if (next == null || timerDueMs <= next.timeMs) {
                clock.advanceTo(timerDueMs);
                engine.timeAdvanced(timerDueMs);
            } else {
                schedule.poll();
                clock.advanceTo(next.timeMs);
                handle(next);
            }
            framing.endEvent();
            eventsHandled++;
        }
        return ledger.truth();
    }

    /** Simulator events and engine timer firings handled so far. */
    public long eventsHandled() {
        return eventsHandled;
    }

    /**
     * How well the engine's wait estimate at entry foretold each answered call's wait, per queue,
     * beside a moving average of recent waits. Read after {@link #run}.
     */
    public Map<String, WaitEstimateAccuracy> waitEstimates() {
        return predictions.accuracy();
    }

    /** The virtual time reached: when the last thing happened. */
    public long endMs() {
        return clock.nowMs();
    }

    private void handle(SimEvent event) {
        switch (event.kind) {
            case ARRIVAL -> arrive(event.timeMs);
            case PATIENCE_ENDS -> patienceEnds(event.callId);
            case AGENT_ANSWERS -> agentAnswers(event);
            case AGENT_HANGS_UP -> {
                engine.agentHungUp(event.timeMs, event.callId);
                calls.remove(event.callId);
            }
            case LOG_IN -> {
                loggedIn.add(event.agentId);
                engine.agentLoggedIn(event.timeMs, event.agentId);
            }
            case LOG_OUT -> {
                loggedIn.remove(event.agentId);
                engine.agentLoggedOut(event.timeMs, event.agentId);
            }
            case READY_AGAIN -> {
                if (loggedIn.contains(event.agentId)) {
                    engine.agentReady(event.timeMs, event.agentId);
                }
            }
        }
    }

    private void arrive(long nowMs) {
        long callId = ++callsPlaced;
        CallType type = callTypes.next();
        SimulatedCall call = new SimulatedCall(callId, nowMs, type.queue(), nowMs >= scenario.warmupMs());
        if (call.counted) {
            countedCallsPlaced++;
        }
        calls.put(callId, call);
        ledger.placed(call);
        long patienceMs = scenario.patience().sampleMs(patienceRandom);
        if (patienceMs != Long.MAX_VALUE) {
            schedule.at(nowMs + patienceMs, SimEvent.Kind.PATIENCE_ENDS, callId, null, 0);
        }
        predictions.entered(call, engine.estimatedWaitMs(type.queue()));
        engine.callQueued(nowMs, callId, type.queue(), type.tier(), "sim-" + callId, QueueRequest.NONE);
        scheduleNextArrival();
    }

    private void scheduleNextArrival() {
        if (scenario.calls() > 0 && countedCallsPlaced >= scenario.calls()) {
            return;
        }
        long nextMs = arrivals.nextMs();
        if (nextMs == Long.MAX_VALUE || (scenario.durationMs() > 0 && nextMs >= scenario.durationMs())) {
            return;
        }
        schedule.at(nextMs, SimEvent.Kind.ARRIVAL, 0, null, 0);
    }

    private void patienceEnds(long callId) {
        SimulatedCall call = calls.get(callId);
        if (call == null || call.state == SimulatedCall.State.CONNECTED) {
            return;
        }
        ledger.abandoned(call);
        call.ringingOutAgent = null;
        engine.callerHungUp(clock.nowMs(), callId);
        calls.remove(callId);
    }

    private void agentAnswers(SimEvent event) {
        SimulatedCall call = calls.get(event.callId);
        if (call != null && call.state == SimulatedCall.State.RINGING && call.offer == event.offer) {
            engine.agentAnswered(event.timeMs, event.agentId, event.callId);
        }
    }
}
