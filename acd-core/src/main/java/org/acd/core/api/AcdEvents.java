package org.acd.core.api;

/**
 * Everything that can happen to the contact center, as facts in the past tense. This interface is
 * the engine's only input, the journal's record format (Chronicle {@code methodWriter}) and the
 * replay source, so a change here is a change of the journal format.
 *
 * <p>Every event carries the time it happened, in epoch milliseconds, stamped by whoever observed
 * it; the engine never reads a clock. Producers call it through the ring publisher from any thread;
 * the engine implements it on its single writer thread.
 */
public interface AcdEvents {

    /**
     * A caller was handed to a queue (by the IVR or the dialplan) and now waits for an agent; call ids
     * are positive. {@code request} carries what the hand-off asks beyond queue and tier (extra skills
     * and priority points, the callback offer threshold): {@link QueueRequest#NONE} when nothing.
     */
    void callQueued(long nowMs, long callId, String queueId, String tierId, String callerNumber, QueueRequest request);

    /**
     * The waiting caller accepted a callback on {@code numberToCall}: their leg leaves Asterisk (its
     * hang-up that follows is not an abandon) and the call keeps its entry time and priority in the
     * queue until an agent is free for it ({@link CallState#CALLBACK_PENDING}).
     */
    void callbackRequested(long nowMs, long callId, String numberToCall);

    /** The customer answered the callback placed for the call; the agent's phone rings next. */
    void callbackAnswered(long nowMs, long callId);

    /** The callback placed for the call did not reach the customer. */
    void callbackFailed(long nowMs, long callId, CallbackFailure reason);

    /**
     * A supervisor moved the waiting call to another queue; it keeps its original entry time and
     * priority, and joins even a full queue. A phone ringing for it stops.
     */
    void callMoved(long nowMs, long callId, String queueId);

    /** A supervisor set the waiting call's priority; raise-priority steps still to come add to it. */
    void callPriorityChanged(long nowMs, long callId, int priority);

    /**
     * A supervisor sent the waiting call out of queueing: to voicemail, a transfer target or a
     * hang-up ({@link ExitAction#QUEUE} is {@link #callMoved}). A phone ringing for it stops.
     */
    void callSentOut(long nowMs, long callId, ExitAction action, String target);

    /** The caller hung up, whatever the call's state. */
    void callerHungUp(long nowMs, long callId);

    /** The agent's leg of a connected call hung up. */
    void agentHungUp(long nowMs, long callId);

    /** The agent picked up the phone that was ringing for the call. */
    void agentAnswered(long nowMs, String agentId, long callId);

    /** The agent's phone could not be rung for the call (busy, unreachable, rejected). */
    void offerFailed(long nowMs, String agentId, long callId);

    void agentLoggedIn(long nowMs, String agentId);

    void agentLoggedOut(long nowMs, String agentId);

    /** The agent (or a supervisor for them) asked to take calls; ends wrap-up early. */
    void agentReady(long nowMs, String agentId);

    /** The agent (or a supervisor for them) asked to stop taking calls, with a reason code. */
    void agentNotReady(long nowMs, String agentId, String reason);

    /** The agent's phone became reachable (registered, not busy, not DND) or stopped being so. */
    void agentDeviceChanged(long nowMs, String agentId, boolean reachable);

    /**
     * An operator reloaded the configuration (queues, tiers, agents, skills) while calls are live.
     * The engine applies all of it or, when it would strand live work (a removed queue with calls in
     * it, a removed agent still logged in...), none of it, and rejects the event with every reason.
     */
    void configReloaded(long nowMs, ConfigReload reload);

    /** Time passed; the engine fires the timers that are due. */
    void timeAdvanced(long nowMs);
}
