package org.acd.core.engine;

import org.acd.core.api.AcdCommands;
import org.acd.core.api.AgentState;
import org.acd.core.api.CallState;
import org.acd.core.api.CallbackFailure;
import org.acd.core.api.RoutingOutcomes;
import org.acd.core.model.CallbackPolicy;

/**
 * Callbacks that keep the caller's place: a call whose caller accepted one waits in its bucket as
 * {@link CallState#CALLBACK_PENDING}; when an agent takes it the {@link CallRouter} reserves the agent
 * and places the callback; this class handles what follows (the customer answering, an attempt
 * failing and its retry, the customer hanging up) and the request itself. Engine thread only.
 */
final class Callbacks {

    private final CallRouter router;
    private final EventTime time;
    private final Timers timers;
    private final AcdCommands commands;
    private final RoutingOutcomes outcomes;

    Callbacks(CallRouter router, EventTime time, Timers timers, AcdCommands commands, RoutingOutcomes outcomes) {
        this.router = router;
        this.time = time;
        this.timers = timers;
        this.commands = commands;
        this.outcomes = outcomes;
    }

    /**
     * The caller accepted a callback: the call stays where it is, keys and all, without a caller
     * on the line, and no longer has a max wait. A phone ringing for it stops, and that agent is
     * free again once the call is back in place.
     */
    void request(Call call, String numberToCall) {
        long nowMs = time.nowMs();
        Agent ringing = call.state == CallState.OFFERED ? call.agent : null;
        int position = ringing != null ? CallRouter.RINGING_POSITION : call.queue.positionOf(call);
        if (ringing != null) {
            commands.cancelOffer(call.id, ringing.id());
            router.detachOffer(call);
        }
        call.state = CallState.CALLBACK_PENDING;
        call.callbackNumber = numberToCall;
        router.announcer().stop(call);
        outcomes.callbackRequested(nowMs, call.id, call.queue.id(), nowMs - call.entryMs, position);
        if (ringing != null) {
            router.place(call);
            router.agents().setAgentState(ringing, AgentState.READY, "");
        } else {
            timers.cancel(call.stepTimer);
            router.armStepTimer(call);
        }
    }

    /** The customer answered: the agent's phone rings now, under the queue's ring timeout. */
    void answered(Call call) {
        long nowMs = time.nowMs();
        call.state = CallState.OFFERED;
        call.offeredAtMs = nowMs;
        outcomes.callbackAnswered(nowMs, call.id, call.queue.id(), call.agent.id(), call.callbackAttempts);
        timers.arm(call.ringTimer, nowMs + call.queue.config.ringTimeoutMs());
    }

    /**
     * The attempt did not reach the customer: the agent is free again, and the call waits out the
     * retry interval outside its bucket, or has failed after the queue's last attempt.
     */
    void attemptFailed(Call call, CallbackFailure reason) {
        long nowMs = time.nowMs();
        Agent agent = call.agent;
        timers.cancel(call.ringTimer);
        agent.call = null;
        call.agent = null;
        CallbackPolicy policy = call.queue.config.callback();
        boolean retry = call.callbackAttempts < policy.maxAttempts();
        long retryAtMs = retry ? nowMs + policy.retryIntervalMs() : 0;
        outcomes.callbackAttemptFailed(nowMs, call.id, call.queue.id(), agent.id(), call.callbackAttempts, reason,
                retryAtMs);
        if (retry) {
            call.state = CallState.CALLBACK_PENDING;
            timers.arm(call.retryTimer(), retryAtMs);
        } else {
            fail(call);
        }
        router.agents().setAgentState(agent, AgentState.READY, "");
    }

    /** The retry interval passed: the call takes its place again, with its original entry time. */
    void retry(Call call) {
        router.place(call);
    }

    private void fail(Call call) {
        long nowMs = time.nowMs();
        call.queue.waitingCalls--;
        outcomes.callbackFailed(nowMs, call.id, call.queue.id(), nowMs - call.entryMs, call.callbackAttempts);
        router.finish(call, CallState.CALLBACK_FAILED);
    }

    /**
     * The customer who answered the callback hung up before an agent did (ringing or, after a RONA,
     * waiting again): the callback failed, never an abandon.
     */
    void customerLeft(Call call) {
        long nowMs = time.nowMs();
        Agent agent = call.agent;
        if (agent != null) {
            commands.cancelOffer(call.id, agent.id());
            timers.cancel(call.ringTimer);
            agent.call = null;
            call.agent = null;
        } else {
            call.bucket.waitingCalls.remove(call);
        }
        outcomes.callbackAttemptFailed(nowMs, call.id, call.queue.id(), agent == null ? "" : agent.id(),
                call.callbackAttempts, CallbackFailure.HUNG_UP, 0);
        fail(call);
        if (agent != null) {
            router.agents().setAgentState(agent, AgentState.READY, "");
        }
    }
}
