package org.acd.simulator.whatif;

import java.util.ArrayList;
import java.util.List;
import org.acd.core.api.Party;

/**
 * One call as the outcomes journal tells it: when it entered which queue as which tier, how long its
 * caller waited and how the wait ended, how each offer ended, when the caller asked for a callback
 * and how it was delivered, and how long the conversation lasted.
 * Filled by {@link JournalObserver} while it reads; read-only afterwards. One thread.
 */
public final class ObservedCall {

    /** How the call's wait ended. */
    public enum Ending {
        ANSWERED,
        /** The caller hung up before an answer: {@link #waitMs} is their patience, exactly. */
        ABANDONED,
        /** The engine took the call out of queueing (max wait, queue full, no agents). */
        EXITED,
        /** Still waiting or ringing when the journal ends (a call still talking then is {@link #ANSWERED}). */
        UNFINISHED
    }

    /** {@link #talkMs} of a call whose conversation did not end in the journal. */
    public static final long TALK_UNKNOWN = -1;
    /** {@link #callbackAfterMs} of a call whose caller never asked for a callback. */
    public static final long NO_CALLBACK = -1;

    final long callId;
    final long enteredMs;
    final String queueId;
    final String tierId;
    final List<ObservedOffer> offers = new ArrayList<>();
    Ending ending = Ending.UNFINISHED;
    /** From queue entry to answer, hang-up or exit; for an unfinished call, to the journal's end. */
    long waitMs;
    long talkMs = TALK_UNKNOWN;
    Party endedBy = Party.AGENT;
    long callbackAfterMs = NO_CALLBACK;
    long callbackAnswerMs;
    long callbackRingMs;
    /** While reading: when the last callback attempt was placed, and when the customer answered it. */
    long callbackAttemptedAtMs;
    long callbackAnsweredAtMs;

    ObservedCall(long callId, long enteredMs, String queueId, String tierId) {
        this.callId = callId;
        this.enteredMs = enteredMs;
        this.queueId = queueId;
        this.tierId = tierId;
    }

    public long callId() {
        return callId;
    }

    public long enteredMs() {
        return enteredMs;
    }

    public String queueId() {
        return queueId;
    }

    public String tierId() {
        return tierId;
    }

    public Ending ending() {
        return ending;
    }

    public long waitMs() {
        return waitMs;
    }

    /** Talk time from answer to hang-up; {@link #TALK_UNKNOWN} when no conversation ended in the journal. */
    public long talkMs() {
        return talkMs;
    }

    public Party endedBy() {
        return endedBy;
    }

    /** When the caller asked for a callback, from queue entry; {@link #NO_CALLBACK} when they did not. */
    public long callbackAfterMs() {
        return callbackAfterMs;
    }

    /** How long the customer took to answer the callback that reached them; 0 when none did. */
    public long callbackAnswerMs() {
        return callbackAnswerMs;
    }

    /** How long the agent's phone rang after the customer answered their callback; 0 when none did. */
    public long callbackRingMs() {
        return callbackRingMs;
    }

    public List<ObservedOffer> offers() {
        return List.copyOf(offers);
    }
}
