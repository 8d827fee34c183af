package org.acd.core.engine;

import org.acd.core.api.AcdCommands;
import org.acd.core.api.AgentState;
import org.acd.core.api.CallState;
import org.acd.core.api.ExitAction;
import org.acd.core.api.ExitReason;
import org.acd.core.api.RoutingOutcomes;
import org.acd.core.model.OverflowStep;

/**
 * A supervisor's actions on a call no agent answered yet (queued, ringing, or waiting for its
 * callback): move it to another queue, change its priority, send it out. Engine thread only.
 */
final class SupervisorActions {

    private final CallRouter router;
    private final RoutingTopology topology;
    private final EventTime time;
    private final Timers timers;
    private final AcdCommands commands;
    private final RoutingOutcomes outcomes;

    SupervisorActions(CallRouter router, RoutingTopology topology, EventTime time, Timers timers,
                      AcdCommands commands, RoutingOutcomes outcomes) {
        this.router = router;
        this.topology = topology;
        this.time = time;
        this.timers = timers;
        this.commands = commands;
        this.outcomes = outcomes;
    }

    /** Takes a waiting call out of where it waits: a ringing phone stops, its agent is returned to the caller. */
    private Agent takeOutOfQueue(Call call) {
        Agent ringing = call.state == CallState.OFFERED ? call.agent : null;
        if (ringing != null) {
            commands.cancelOffer(call.id, ringing.id());
            router.detachOffer(call);
        } else {
            call.bucket.waitingCalls.remove(call);
        }
        timers.cancel(call.stepTimer);
        call.cancelOptionalTimers(timers);
        call.queue.waitingCalls--;
        return ringing;
    }

    /**
     * Moves the waiting call to {@code queue}, keeping its entry time and priority, full or not. The
     * priority includes the raise steps of the queue it leaves that fell due while its phone rang.
     */
    void move(Call call, RoutedQueue queue) {
        Agent freed = takeOutOfQueue(call);
        applyDueRaises(call);
        outcomes.callOverflowed(time.nowMs(), call.id, call.queue.id(), queue.id(), ExitReason.SUPERVISOR);
        router.join(call, queue, topology.levelsFor(queue, call.tier, call.extraSkills));
        if (freed != null) {
            router.agents().setAgentState(freed, AgentState.READY, "");
        }
    }

    /** The queue's steps due by now, up to a move step (which the supervisor's move overrides). */
    private void applyDueRaises(Call call) {
        long nowMs = time.nowMs();
        while (call.stepsApplied < call.queue.steps().size()
                && call.queueEntryMs + call.queue.steps().get(call.stepsApplied).afterMs() <= nowMs) {
            OverflowStep step = call.queue.steps().get(call.stepsApplied++);
            if (step instanceof OverflowStep.RaisePriority raise) {
                call.priority += raise.points();
            } else if (step instanceof OverflowStep.MoveToQueue) {
                return;
            }
        }
    }

    /** Sets the priority of a waiting call; it takes its new place at once. */
    void changePriority(Call call, int priority) {
        call.priority = priority;
        if (call.member) {
            call.bucket.waitingCalls.remove(call);
            call.keyForWaiting(time.epochMs());
            call.bucket.waitingCalls.add(call);
        }
    }

    /** Sends the waiting call out to voicemail, a transfer or a hang-up. */
    void sendOut(Call call, ExitAction action, String target) {
        Agent freed = takeOutOfQueue(call);
        long nowMs = time.nowMs();
        outcomes.callExited(nowMs, call.id, call.queue.id(), nowMs - call.entryMs, CallState.OVERFLOWED,
                ExitReason.SUPERVISOR, action, target);
        commands.exitQueue(call.id, action, target);
        router.finish(call, CallState.OVERFLOWED);
        if (freed != null) {
            router.agents().setAgentState(freed, AgentState.READY, "");
        }
    }
}
