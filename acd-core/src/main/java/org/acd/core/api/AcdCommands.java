package org.acd.core.api;

/**
 * What the engine asks the telephony side to do, in the imperative. Called on the engine thread,
 * only after the event that caused the command is journaled, and never during replay;
 * implementations must not block (the telephony adapter hands them to its own threads).
 */
public interface AcdCommands {

    /** Ring the agent's phone for the call; the caller keeps hearing hold music meanwhile. */
    void offerCall(long callId, String agentId, String endpoint);

    /** Stop ringing the agent's phone for the call, or hang up an agent leg answered too late. */
    void cancelOffer(long callId, String agentId);

    /** Bridge the caller with the agent who answered. */
    void connectCall(long callId, String agentId);

    /** Take the caller out of queueing: to voicemail, a transfer target, a callback or a hang-up. */
    void exitQueue(long callId, ExitAction action, String target);

    /**
     * Call the customer of a callback back on {@code numberToCall} and, once they answer, ring the
     * agent's phone ({@code endpoint}) to connect them. The facts come back as
     * {@link AcdEvents#callbackAnswered}, {@link AcdEvents#callbackFailed} and then
     * {@link AcdEvents#agentAnswered}, after which {@link #connectCall} bridges the two legs; a
     * {@link #cancelOffer} for the call and agent ends the attempt (both legs).
     */
    void placeCallback(long callId, String agentId, String endpoint, String numberToCall);
}
