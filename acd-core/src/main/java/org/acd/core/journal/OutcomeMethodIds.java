package org.acd.core.journal;

/**
 * The method ids of {@link JournaledOutcomes} in the outcomes journal, in one place for the
 * interface's {@code @MethodId} annotations and the {@link OutcomeEncoder}. Journals keep them:
 * never renumber one.
 */
final class OutcomeMethodIds {

    static final int CAUSED_BY = 1;
    static final int CALL_ENTERED_QUEUE = 2;
    static final int CALL_OFFERED = 3;
    static final int CALL_ANSWERED = 4;
    static final int CALL_COMPLETED = 5;
    static final int CALL_ABANDONED = 6;
    static final int CALL_EXITED = 7;
    static final int CALL_OVERFLOWED = 8;
    static final int RING_NO_ANSWER = 9;
    static final int AGENT_STATE_CHANGED = 10;
    static final int EVENT_REJECTED = 11;
    static final int CALLBACK_REQUESTED = 12;
    static final int CALLBACK_ATTEMPTED = 13;
    static final int CALLBACK_ANSWERED = 14;
    static final int CALLBACK_ATTEMPT_FAILED = 15;
    static final int CALLBACK_FAILED = 16;

    private OutcomeMethodIds() {
    }
}
