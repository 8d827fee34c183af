package org.acd.core.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.acd.core.api.AgentState;
import org.acd.core.api.CallState;
import org.acd.core.api.ExitAction;
import org.acd.core.api.QueueRequest;
import org.acd.core.engine.RoutingEngine;
import org.acd.core.model.AgentConfig;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.RoutingConfig;
import org.acd.core.model.TierConfig;
import org.acd.core.testing.WorkloadEvent.Expect;
import org.acd.core.testing.WorkloadEvent.Kind;
import org.acd.core.view.AgentView;
import org.acd.core.view.CallView;
import org.acd.core.view.EngineSnapshot;

/**
 * A seeded generator of contact-center traffic: calls arriving in every queue and tier, callers
 * hanging up while queued, ringing or talking, agents answering what rings them (and sometimes
 * something else, or too late), phones failing and going away, agents logging in and out, pausing
 * and resuming, time passing by small steps and long jumps, and a share of events that must be
 * rejected (unknown agents, calls or queues, answers for calls that do not ring the agent).
 *
 * <p>It picks targets from the engine's state after the previous event, like real telephony reacts
 * to what it was told; the same seed and the same engine give the same events. Events usually
 * carry the current time, some move time on themselves (timers then fire first: a race, marked
 * {@link Expect#EITHER} where it matters), and a few arrive late-stamped.
 */
public final class RandomWorkload {

    /** The workload's first event time: realistic epoch milliseconds, not small numbers. */
    public static final long START_MS = 1_760_000_000_000L;

    private static final String[] NOT_READY_REASONS = {"break", "lunch", "training", "", null};
    private static final List<String> FAILURES = List.of("NO_ANSWER", "BUSY", "UNREACHABLE");
    /** Extra skills an IVR flow may ask for, from none of the agents to most of them. */
    private static final List<Map<String, Integer>> EXTRA_SKILLS = List.of(Map.of("vip", 3), Map.of("spanish", 4),
            Map.of("tech", 5), Map.of("billing", 6, "support", 2), Map.of("support", 9), Map.of("sales", 10));

    private final Random random;
    private final long granularityMs;
    private final List<String> queueIds;
    private final List<String> tierIds;
    private final List<String> agentIds;
    private final RoutingConfig config;
    private long nowMs = START_MS;
    private long nextCallId = 1;
    private Set<Long> liveCalls = Set.of();
    private final List<Long> goneCalls = new ArrayList<>();

    public RandomWorkload(long seed, RoutingConfig config) {
        this(seed, config, 1);
    }

    /**
     * With a {@code clockGranularityMs} of a second, time moves in whole seconds like the
     * configuration's timeouts, so many timers and events fall due in the same millisecond.
     */
    public RandomWorkload(long seed, RoutingConfig config, long clockGranularityMs) {
        this.granularityMs = clockGranularityMs;
        this.random = new Random(seed);
        this.config = config;
        this.queueIds = config.queues().stream().map(QueueConfig::id).toList();
        this.tierIds = config.tiers().stream().map(TierConfig::id).toList();
        this.agentIds = config.agents().stream().map(AgentConfig::id).toList();
    }

    /**
     * Feeds the next {@code count} events to a bare engine, deciding each from the state the engine
     * reached, and returns them: the same list fed anywhere else must reach the same state.
     */
    public List<WorkloadEvent> drive(RoutingEngine engine, int count) {
        List<WorkloadEvent> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            WorkloadEvent event = next(engine.snapshot());
            event.applyTo(engine);
            events.add(event);
        }
        return events;
    }

    /** The next event, given the engine's state after the previous one. */
    public WorkloadEvent next(EngineSnapshot state) {
        noteEndedCalls(state);
        int roll = random.nextInt(100);
        if (roll < 12) {
            return tick();
        }
        long previousMs = nowMs;
        long eventMs = eventTime();
        boolean raced = eventMs > previousMs;
        WorkloadEvent event = null;
        while (event == null) {
            event = pick(random.nextInt(100), state, eventMs, raced);
        }
        return event;
    }

    /**
     * Out of 100: arrivals 16, caller hang-ups 8, answers 18, failed offers 3, agent hang-ups 10,
     * log-ins 5, log-outs 2, ready 12, not ready 5, phone changes 7, unknown agents 2, callbacks
     * requested 3, callback answers and failures 5, supervisor actions 3, configuration reloads 1.
     * Null when there is nothing to pick (no ringing call to answer, say), and the caller picks again.
     */
    private WorkloadEvent pick(int roll, EngineSnapshot state, long eventMs, boolean raced) {
        if (roll < 16) {
            return callQueued(state, eventMs, raced);
        } else if (roll < 24) {
            return callerHungUp(state, eventMs, raced);
        } else if (roll < 42) {
            return answerOrFail(Kind.AGENT_ANSWERED, state, eventMs, raced);
        } else if (roll < 45) {
            return answerOrFail(Kind.OFFER_FAILED, state, eventMs, raced);
        } else if (roll < 55) {
            return agentHungUp(state, eventMs);
        } else if (roll < 60) {
            return loggedIn(state, eventMs);
        } else if (roll < 62) {
            return loggedOut(state, eventMs);
        } else if (roll < 74) {
            return ready(state, eventMs);
        } else if (roll < 79) {
            return notReady(state, eventMs);
        } else if (roll < 86) {
            return deviceChanged(state, eventMs);
        } else if (roll < 88) {
            return unknownAgent(eventMs);
        } else if (roll < 91) {
            return callbackRequested(state, eventMs, raced);
        } else if (roll < 96) {
            return callbackOutcome(state, eventMs, raced);
        } else if (roll < 99) {
            return supervisorAction(state, eventMs, raced);
        }
        return configReloaded(state, eventMs);
    }

    /**
     * The same configuration reloaded, which must apply and change no routing state; or, a third of
     * the time, one without an agent who is logged in, which must be rejected whole (timers that fire
     * first never log an agent out).
     */
    private WorkloadEvent configReloaded(EngineSnapshot state, long eventMs) {
        List<String> loggedIn = state.agents().stream().filter(agent -> agent.state() != AgentState.LOGGED_OUT)
                .map(AgentView::id).toList();
        if (loggedIn.isEmpty() || random.nextInt(3) > 0) {
            return WorkloadEvent.configReloaded(eventMs, config, "config", Expect.APPLIES);
        }
        String removed = oneOf(loggedIn);
        RoutingConfig without = new RoutingConfig(config.skills(), config.tiers(), config.queues(),
                config.agents().stream().filter(agent -> !agent.id().equals(removed)).toList());
        return WorkloadEvent.configReloaded(eventMs, without, "config without agent '" + removed + "'",
                Expect.REJECTED);
    }

    /** A supervisor moves a waiting call, changes its priority or sends it out; sometimes a call not waiting. */
    private WorkloadEvent supervisorAction(EngineSnapshot state, long eventMs, boolean raced) {
        List<CallView> waiting = state.calls().stream().filter(call -> call.state() == CallState.QUEUED
                || call.state() == CallState.OFFERED || call.state() == CallState.CALLBACK_PENDING).toList();
        boolean valid = !waiting.isEmpty() && random.nextInt(100) >= 10;
        long callId = valid ? oneOf(waiting).id() : state.calls().isEmpty() || random.nextBoolean() ? deadCallId()
                : oneOf(state.calls()).id();
        boolean waits = waiting.stream().anyMatch(call -> call.id() == callId);
        Expect expect = raced ? Expect.EITHER : waits ? Expect.APPLIES : Expect.REJECTED;
        int kind = random.nextInt(3);
        if (kind == 0) {
            String from = waiting.stream().filter(call -> call.id() == callId).map(CallView::queueId).findFirst()
                    .orElse("");
            String to = oneOf(queueIds);
            return WorkloadEvent.callMoved(eventMs, callId, to, to.equals(from) && !raced ? Expect.REJECTED : expect);
        } else if (kind == 1) {
            return WorkloadEvent.callPriorityChanged(eventMs, callId, random.nextInt(150), expect);
        }
        ExitAction action = random.nextBoolean() ? ExitAction.VOICEMAIL : ExitAction.HANGUP;
        return WorkloadEvent.callSentOut(eventMs, callId, action, action == ExitAction.VOICEMAIL ? "vm-supervisor" : "",
                expect);
    }

    /** A waiting caller (queued or ringing) accepts a callback; sometimes one who cannot. */
    private WorkloadEvent callbackRequested(EngineSnapshot state, long eventMs, boolean raced) {
        List<CallView> waiting = state.calls().stream().filter(call -> call.callbackNumber().isEmpty()
                && (call.state() == CallState.QUEUED || call.state() == CallState.OFFERED)).toList();
        if (waiting.isEmpty() || random.nextInt(100) < 10) {
            List<CallView> others = state.calls().stream().filter(call -> !waiting.contains(call)).toList();
            long callId = others.isEmpty() || random.nextBoolean() ? deadCallId() : oneOf(others).id();
            return WorkloadEvent.onCallback(Kind.CALLBACK_REQUESTED, eventMs, callId, "+1666" + callId,
                    raced ? Expect.EITHER : Expect.REJECTED);
        }
        CallView call = oneOf(waiting);
        return WorkloadEvent.onCallback(Kind.CALLBACK_REQUESTED, eventMs, call.id(), "+1666" + call.id(),
                raced ? Expect.EITHER : Expect.APPLIES);
    }

    /** The customer of a callback being placed answers, or the attempt fails; sometimes for a call with none. */
    private WorkloadEvent callbackOutcome(EngineSnapshot state, long eventMs, boolean raced) {
        Kind kind = random.nextInt(100) < 60 ? Kind.CALLBACK_ANSWERED : Kind.CALLBACK_FAILED;
        String reason = kind == Kind.CALLBACK_FAILED ? oneOf(FAILURES) : null;
        List<CallView> callingBack = callsIn(state, CallState.CALLING_BACK);
        if (callingBack.isEmpty() || random.nextInt(100) < 8) {
            long callId = state.calls().isEmpty() || random.nextBoolean() ? deadCallId() : oneOf(state.calls()).id();
            boolean placing = callingBack.stream().anyMatch(call -> call.id() == callId);
            return WorkloadEvent.onCallback(kind, eventMs, callId, reason,
                    raced ? Expect.EITHER : placing ? Expect.APPLIES : Expect.REJECTED);
        }
        return WorkloadEvent.onCallback(kind, eventMs, oneOf(callingBack).id(), reason,
                raced ? Expect.EITHER : Expect.APPLIES);
    }

    private WorkloadEvent tick() {
        int kind = random.nextInt(100);
        long stepMs = kind < 55 ? between(100, 3_000) : kind < 90 ? between(3_000, 15_000) : between(15_000, 70_000);
        nowMs += stepMs;
        return WorkloadEvent.timeAdvanced(nowMs);
    }

    /** Mostly now; a quarter move time on themselves; a few were stamped a little before now. */
    private long eventTime() {
        int kind = random.nextInt(100);
        if (kind < 25) {
            nowMs += between(1, 4_000);
            return nowMs;
        }
        return kind < 30 ? nowMs - between(1, 3_000) : nowMs;
    }

    private WorkloadEvent callQueued(EngineSnapshot state, long eventMs, boolean raced) {
        int kind = random.nextInt(100);
        List<CallView> live = state.calls();
        if (kind < 3 && !live.isEmpty() && !raced) {
            // not when time moves on: the call may end first, and then its id is free again
            CallView duplicate = oneOf(live);
            return WorkloadEvent.callQueued(eventMs, duplicate.id(), oneOf(queueIds), oneOf(tierIds), "+15550000",
                    QueueRequest.NONE, Expect.REJECTED);
        }
        long callId = nextCallId++;
        if (kind < 6) {
            return WorkloadEvent.callQueued(eventMs, callId, "nowhere", oneOf(tierIds), "+1555" + callId,
                    QueueRequest.NONE, Expect.REJECTED);
        } else if (kind < 8) {
            return WorkloadEvent.callQueued(eventMs, callId, oneOf(queueIds), "diamond", "+1555" + callId,
                    QueueRequest.NONE, Expect.REJECTED);
        }
        String queueId = weighted(queueIds, 30, 20, 20, 15, 15);
        String tierId = weighted(tierIds, 50, 20, 15, 15);
        int number = random.nextInt(100);
        String callerNumber = number < 85 ? "+1555" + callId : number < 95 ? "" : "anonymous";
        return WorkloadEvent.callQueued(eventMs, callId, queueId, tierId, callerNumber, queueRequest(),
                Expect.APPLIES);
    }

    /**
     * Mostly nothing more than queue and tier; a fifth ask for extra skills, a tenth for extra
     * points, nearly a third for a callback offer past an estimated wait of 20 to 80 s.
     */
    private QueueRequest queueRequest() {
        int roll = random.nextInt(100);
        Map<String, Integer> skills = roll < 20 ? oneOf(EXTRA_SKILLS) : Map.of();
        int points = roll >= 15 && roll < 25 ? 10 + random.nextInt(60) : 0;
        long callbackOfferAfterWaitMs = roll >= 20 && roll < 50 ? 20_000 + random.nextInt(60_000) : 0;
        return skills.isEmpty() && points == 0 && callbackOfferAfterWaitMs == 0 ? QueueRequest.NONE
                : new QueueRequest(skills, points, callbackOfferAfterWaitMs);
    }

    private WorkloadEvent callerHungUp(EngineSnapshot state, long eventMs, boolean raced) {
        if (random.nextInt(100) < 8 || state.calls().isEmpty()) {
            return WorkloadEvent.onCall(Kind.CALLER_HUNG_UP, eventMs, deadCallId(), null, Expect.REJECTED);
        }
        int kind = random.nextInt(100);
        CallState wanted = kind < 50 ? CallState.QUEUED : kind < 75 ? CallState.OFFERED : CallState.CONNECTED;
        CallView call = oneOf(callsIn(state, wanted).isEmpty() ? state.calls() : callsIn(state, wanted));
        return WorkloadEvent.onCall(Kind.CALLER_HUNG_UP, eventMs, call.id(), null,
                raced ? Expect.EITHER : Expect.APPLIES);
    }

    /** The agent a call rings answers it (or its phone fails); sometimes another agent, or too late. */
    private WorkloadEvent answerOrFail(Kind kind, EngineSnapshot state, long eventMs, boolean raced) {
        List<CallView> ringing = callsIn(state, CallState.OFFERED);
        int wrong = random.nextInt(100);
        if (wrong < 5) {
            return WorkloadEvent.onCall(kind, eventMs, deadCallId(), oneOf(agentIds), Expect.REJECTED);
        }
        if (wrong < 15 && !state.calls().isEmpty()) {
            CallView call = oneOf(state.calls());
            String agentId = oneOf(agentIds);
            boolean ringsThatAgent = call.state() == CallState.OFFERED && call.agentId().equals(agentId);
            Expect expect = raced ? Expect.EITHER : ringsThatAgent ? Expect.APPLIES : Expect.REJECTED;
            return WorkloadEvent.onCall(kind, eventMs, call.id(), agentId, expect);
        }
        if (ringing.isEmpty()) {
            return null;
        }
        CallView call = oneOf(ringing);
        return WorkloadEvent.onCall(kind, eventMs, call.id(), call.agentId(), raced ? Expect.EITHER : Expect.APPLIES);
    }

    /** No timer ends a connected call, so a hang-up of one applies even when time moved on. */
    private WorkloadEvent agentHungUp(EngineSnapshot state, long eventMs) {
        List<CallView> connected = callsIn(state, CallState.CONNECTED);
        int kind = random.nextInt(100);
        if (kind < 5) {
            return WorkloadEvent.onCall(Kind.AGENT_HUNG_UP, eventMs, deadCallId(), null, Expect.REJECTED);
        }
        List<CallView> notConnected = state.calls().stream().filter(c -> c.state() != CallState.CONNECTED).toList();
        if (kind < 10 && !notConnected.isEmpty()) {
            // timers never connect a call, so this is rejected even when time moved on
            return WorkloadEvent.onCall(Kind.AGENT_HUNG_UP, eventMs, oneOf(notConnected).id(), null, Expect.REJECTED);
        }
        if (connected.isEmpty()) {
            return null;
        }
        return WorkloadEvent.onCall(Kind.AGENT_HUNG_UP, eventMs, oneOf(connected).id(), null, Expect.APPLIES);
    }

    private WorkloadEvent loggedIn(EngineSnapshot state, long eventMs) {
        List<AgentView> out = agentsWhere(state, agent -> agent.state() == AgentState.LOGGED_OUT);
        if (out.isEmpty() || random.nextInt(100) < 8) {
            AgentView in = oneOf(state.agents());
            return WorkloadEvent.onAgent(Kind.AGENT_LOGGED_IN, eventMs, in.id(), null, false,
                    in.state() == AgentState.LOGGED_OUT ? Expect.APPLIES : Expect.REJECTED);
        }
        return WorkloadEvent.onAgent(Kind.AGENT_LOGGED_IN, eventMs, oneOf(out).id(), null, false, Expect.APPLIES);
    }

    private WorkloadEvent loggedOut(EngineSnapshot state, long eventMs) {
        AgentView agent = oneOf(state.agents());
        return WorkloadEvent.onAgent(Kind.AGENT_LOGGED_OUT, eventMs, agent.id(), null, false, loggedInExpect(agent));
    }

    private WorkloadEvent ready(EngineSnapshot state, long eventMs) {
        List<AgentView> paused = agentsWhere(state,
                agent -> agent.state() == AgentState.NOT_READY || agent.state() == AgentState.WRAP_UP);
        AgentView agent = paused.isEmpty() || random.nextInt(100) < 25 ? oneOf(state.agents()) : oneOf(paused);
        return WorkloadEvent.onAgent(Kind.AGENT_READY, eventMs, agent.id(), null, false, loggedInExpect(agent));
    }

    private WorkloadEvent notReady(EngineSnapshot state, long eventMs) {
        AgentView agent = oneOf(state.agents());
        String reason = NOT_READY_REASONS[random.nextInt(NOT_READY_REASONS.length)];
        return WorkloadEvent.onAgent(Kind.AGENT_NOT_READY, eventMs, agent.id(), reason, false, loggedInExpect(agent));
    }

    private WorkloadEvent deviceChanged(EngineSnapshot state, long eventMs) {
        AgentView agent = oneOf(state.agents());
        int roll = random.nextInt(100);
        boolean reachable = agent.deviceReachable() ? roll >= 35 : roll < 85;
        return WorkloadEvent.onAgent(Kind.AGENT_DEVICE_CHANGED, eventMs, agent.id(), null, reachable, Expect.APPLIES);
    }

    private WorkloadEvent unknownAgent(long eventMs) {
        String agentId = random.nextBoolean() ? "ghost" : null;
        return switch (random.nextInt(6)) {
            case 0 -> WorkloadEvent.onAgent(Kind.AGENT_LOGGED_IN, eventMs, agentId, null, false, Expect.REJECTED);
            case 1 -> WorkloadEvent.onAgent(Kind.AGENT_READY, eventMs, agentId, null, false, Expect.REJECTED);
            case 2 -> WorkloadEvent.onAgent(Kind.AGENT_NOT_READY, eventMs, agentId, "break", false, Expect.REJECTED);
            case 3 -> WorkloadEvent.onAgent(Kind.AGENT_DEVICE_CHANGED, eventMs, agentId, null, true, Expect.REJECTED);
            case 4 -> WorkloadEvent.onCall(Kind.AGENT_ANSWERED, eventMs, Math.max(1, nextCallId - 1), agentId,
                    Expect.REJECTED);
            default -> WorkloadEvent.onAgent(Kind.AGENT_LOGGED_OUT, eventMs, agentId, null, false, Expect.REJECTED);
        };
    }

    private static Expect loggedInExpect(AgentView agent) {
        // timers never log an agent in or out, so this holds even when time moved on
        return agent.state() == AgentState.LOGGED_OUT ? Expect.REJECTED : Expect.APPLIES;
    }

    /** A call id the engine does not hold: one that ended, or one never used. */
    private long deadCallId() {
        return goneCalls.isEmpty() || random.nextBoolean() ? nextCallId + 1_000_000 : oneOf(goneCalls);
    }

    private void noteEndedCalls(EngineSnapshot state) {
        Set<Long> live = new HashSet<>();
        state.calls().forEach(call -> live.add(call.id()));
        for (Long previous : liveCalls) {
            if (!live.contains(previous)) {
                if (goneCalls.size() == 64) {
                    goneCalls.remove(0);
                }
                goneCalls.add(previous);
            }
        }
        liveCalls = live;
    }

    private static List<CallView> callsIn(EngineSnapshot state, CallState callState) {
        return state.calls().stream().filter(call -> call.state() == callState).toList();
    }

    private static List<AgentView> agentsWhere(EngineSnapshot state, Predicate<AgentView> filter) {
        return state.agents().stream().filter(filter).toList();
    }

    /** One of the items by weight; uniformly when the configuration has another number of them. */
    private String weighted(List<String> items, int... weights) {
        if (weights.length != items.size()) {
            return oneOf(items);
        }
        int roll = random.nextInt(Arrays.stream(weights).sum());
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return items.get(i);
            }
        }
        return items.get(items.size() - 1);
    }

    private <T> T oneOf(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A duration in [from, to), in whole clock steps (at least one). */
    private long between(long from, long to) {
        long ms = from + (long) (random.nextDouble() * (to - from));
        return Math.max(granularityMs, ms - ms % granularityMs);
    }
}
