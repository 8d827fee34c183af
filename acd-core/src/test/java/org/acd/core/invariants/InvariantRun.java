package org.acd.core.invariants;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import org.acd.core.api.CallState;
import org.acd.core.api.ExitAction;
import org.acd.core.engine.RoutingEngine;
import org.acd.core.model.RoutingConfig;
import org.acd.core.testing.RandomWorkload;
import org.acd.core.testing.WorkloadEvent;
import org.acd.core.testing.WorkloadEvent.Expect;
import org.acd.core.testing.WorkloadEvent.Kind;
import org.acd.core.view.CallView;
import org.acd.core.view.EngineSnapshot;

/**
 * One seeded randomized run: a bare engine fed a {@link RandomWorkload}; after every event its
 * outcomes ({@link OutcomeLedger}), commands ({@link CheckedCommands}), own effect
 * ({@link EventEffects}) and the whole state ({@link SnapshotInvariants}) are checked; at the end
 * every call is hung up and each must have ended exactly once. A failure names the seed, the event
 * and the events before it, as Java source to replay. One thread per run.
 */
final class InvariantRun {

    private static final int HISTORY = 20;

    private final long seed;
    private final long clockGranularityMs;
    private final RoutingRules rules;
    private final Violations violations = new Violations();
    private final OutcomeLedger ledger;
    private final CheckedCommands commands;
    private final RoutingEngine engine;
    private final RandomWorkload workload;
    private final Deque<WorkloadEvent> history = new ArrayDeque<>();
    private EngineSnapshot state;
    private long acceptedCalls;
    private volatile int index;
    private volatile WorkloadEvent current;
    private volatile boolean done;

    InvariantRun(long seed, RoutingConfig config, RoutingRules rules, long clockGranularityMs) {
        this.seed = seed;
        this.clockGranularityMs = clockGranularityMs;
        this.rules = rules;
        this.ledger = new OutcomeLedger(rules, violations);
        this.commands = new CheckedCommands(rules, new Ranking(config), violations);
        this.engine = new RoutingEngine(config, commands, ledger);
        this.commands.readStateFrom(engine::snapshot);
        this.workload = new RandomWorkload(seed, config, clockGranularityMs);
        this.state = engine.snapshot();
    }

    /** Runs {@code events} random events and the wind-down; throws {@link AssertionError} at the first violation. */
    void run(int events) {
        try {
            for (index = 0; index < events; index++) {
                apply(workload.next(state));
            }
            windDown();
        } finally {
            done = true;
        }
    }

    long seed() {
        return seed;
    }

    boolean isDone() {
        return done;
    }

    /** Where the run is, for a report from another thread when it seems stuck (a racy read is fine). */
    String progress() {
        return "seed " + seed + " at event #" + index + ": " + current;
    }

    /**
     * Ends every live call the way telephony would: connected calls by the agent, callbacks being
     * placed by a failed attempt, others by the caller, and callbacks still waiting their turn (no
     * caller is on the line to hang up) by a supervisor; then checks that every call ended exactly once.
     */
    private void windDown() {
        for (CallView call : state.calls()) {
            switch (call.state()) {
                case CONNECTED -> apply(WorkloadEvent.onCall(Kind.AGENT_HUNG_UP, state.atMs(), call.id(), null,
                        Expect.APPLIES));
                case CALLBACK_PENDING, CALLING_BACK -> {
                    continue;
                }
                default -> apply(WorkloadEvent.onCall(Kind.CALLER_HUNG_UP, state.atMs(), call.id(), null,
                        Expect.APPLIES));
            }
            index++;
        }
        List<CallView> callingBack;
        while (!(callingBack = callsIn(CallState.CALLING_BACK)).isEmpty()) {
            apply(WorkloadEvent.onCallback(Kind.CALLBACK_FAILED, state.atMs(), callingBack.get(0).id(), "BUSY",
                    Expect.APPLIES));
            index++;
        }
        for (CallView call : callsIn(CallState.CALLBACK_PENDING)) {
            apply(WorkloadEvent.callSentOut(state.atMs(), call.id(), ExitAction.HANGUP, "", Expect.APPLIES));
            index++;
        }
        long[] callsAndEndedOnce = ledger.callsAndCallsEndedOnce();
        violations.check(state.calls().isEmpty(), "calls still live after all hung up: %s", state.calls());
        violations.check(callsAndEndedOnce[0] == acceptedCalls && callsAndEndedOnce[1] == acceptedCalls,
                "%d calls were queued, %d had outcomes, %d ended exactly once", acceptedCalls, callsAndEndedOnce[0],
                callsAndEndedOnce[1]);
        failIfViolated(null);
    }

    private List<CallView> callsIn(CallState callState) {
        return state.calls().stream().filter(call -> call.state() == callState).toList();
    }

    private void apply(WorkloadEvent event) {
        current = event;
        history.addLast(event);
        if (history.size() > HISTORY) {
            history.removeFirst();
        }
        ledger.beginEvent(event);
        commands.beginEvent();
        EngineSnapshot before = state;
        event.applyTo(engine);
        state = engine.snapshot();
        if (event.kind() == Kind.CALL_PRIORITY_CHANGED && ledger.tally().rejections == 0) {
            state.call(event.callId()).ifPresent(call -> ledger.priorityChanged(call, event.number()));
        }
        checkEvent(event, before);
        SnapshotInvariants.check(state, ledger, rules, violations);
        failIfViolated(event);
    }

    /** Rejections, and that outcomes and commands pair up: (3) is checked as each offer is made. */
    private void checkEvent(WorkloadEvent event, EngineSnapshot before) {
        EventTally tally = ledger.tally();
        int rejections = tally.rejections;
        switch (event.expect()) {
            case APPLIES -> violations.check(rejections == 0, "the event was rejected, it should have applied");
            case REJECTED -> violations.check(rejections == 1, "the event should be rejected once, was %d times",
                    rejections);
            case EITHER -> violations.check(rejections <= 1, "the event was rejected %d times", rejections);
        }
        violations.check(state.rejectedEvents() == before.rejectedEvents() + rejections, "rejectedEvents went %d -> %d",
                before.rejectedEvents(), state.rejectedEvents());
        boolean lateAnswer = rejections == 1 && event.kind() == Kind.AGENT_ANSWERED
                && rules.agent(Objects.requireNonNullElse(event.agentId(), "")) != null;
        if (event.expect() == Expect.REJECTED && event.nowMs() <= before.atMs()) {
            boolean reload = event.kind() == Kind.CONFIG_RELOADED;
            violations.check(!reload || state.reloads().rejected() == before.reloads().rejected() + 1,
                    "a rejected reload was not counted: %s", state.reloads());
            EngineSnapshot unchanged = new EngineSnapshot(before.atMs(), before.offersMade(), before.timersArmed(),
                    before.rejectedEvents() + 1, before.queues(), before.agents(), before.calls(),
                    reload ? state.reloads() : before.reloads());
            violations.check(unchanged.equals(state), "a rejected event changed the state");
            violations.check(tally.readable.lines().size() == 1, "a rejected event had outcomes %s",
                    tally.readable.lines());
            violations.check(commands.readableCommands().size() == (lateAnswer ? 1 : 0),
                    "a rejected event issued commands %s", commands.readableCommands());
        }
        if (event.kind() == Kind.CALL_QUEUED && rejections == 0) {
            acceptedCalls++;
        }
        violations.check(commands.offers().equals(tally.offers), "offers %s, outcomes say %s", commands.offers(),
                tally.offers);
        violations.check(commands.connects().equals(tally.answers), "connects %s, outcomes say answered %s",
                commands.connects(), tally.answers);
        violations.check(commands.exits().equals(tally.exits), "exits %s, outcomes say %s", commands.exits(),
                tally.exits);
        List<String> ringsEnded = new ArrayList<>(tally.ringsEnded);
        if (lateAnswer) {
            ringsEnded.add(event.callId() + "->" + event.agentId());
        }
        violations.check(sorted(commands.cancels()).equals(sorted(ringsEnded)), "cancelOffer %s, rings ended %s",
                commands.cancels(), ringsEnded);
        violations.check(tally.awaitingRona.isEmpty(), "RONA without the agent set not ready: %s", tally.awaitingRona);
        EventEffects.check(event, rejections, before, state, violations);
    }

    private static List<String> sorted(List<String> items) {
        return items.stream().sorted().toList();
    }

    private void failIfViolated(WorkloadEvent event) {
        if (violations.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder()
                .append("seed ").append(seed).append(" (clock step ").append(clockGranularityMs).append(" ms), event #")
                .append(index).append(": ").append(event)
                .append("\nviolations:\n  ").append(String.join("\n  ", violations.list()))
                .append("\noutcomes of the event:\n  ").append(String.join("\n  ", ledger.tally().readable.lines()))
                .append("\ncommands of the event:\n  ").append(String.join("\n  ", commands.readableCommands()))
                .append("\nlast ").append(history.size()).append(" events:\n");
        history.forEach(past -> message.append("  ").append(past).append('\n'));
        message.append("state after the event:\n");
        state.agents().forEach(agent -> message.append("  ").append(agent).append('\n'));
        state.calls().forEach(call -> message.append("  ").append(call).append('\n'));
        throw new AssertionError(message.toString());
    }
}
