package org.acd.benchmarks.report;

import java.util.SplittableRandom;
import org.acd.core.api.AgentState;
import org.acd.core.api.Party;
import org.acd.core.journal.Journal;
import org.acd.core.journal.OutcomeRecorder;

/**
 * Writes a shift's outcomes straight to an outcomes journal, framed one record per event as the
 * engine's pipeline frames them, without running the engine: the input of the report benchmark.
 * Calls arrive every 2 s across three queues and two tiers and go to 50 agents in turn; of every
 * 100, 85 are answered (with a ring, a talk of 1 to 5 minutes and 20 s of wrap-up), 12 abandoned
 * and 3 let ring out first (RONA, then answered). Deterministic for a seed. Main thread only.
 */
final class SyntheticShift {

    private static final String[] QUEUES = {"orders", "returns", "billing"};
    private static final String[] TIERS = {"standard", "gold"};
    private static final int AGENTS = 50;
    private static final long START_MS = 1_700_000_000_000L;

    private final OutcomeRecorder outcomes;
    private final SplittableRandom random;
    private final String[] agentIds = new String[AGENTS];
    private long eventIndex;
    private long outcomesWritten;

    SyntheticShift(Journal journal, long seed) {
        this.outcomes = new OutcomeRecorder(journal.outcomeAppender());
        this.random = new SplittableRandom(seed);
        for (int i = 0; i < AGENTS; i++) {
            agentIds[i] = "agent-" + i;
        }
    }

    /** Writes calls until at least {@code outcomeCount} outcomes are journaled; returns how many were. */
    long write(long outcomeCount) {
        for (String agent : agentIds) {
            event();
            agentState(START_MS, agent, AgentState.READY);
        }
        long callId = 1;
        while (outcomesWritten < outcomeCount) {
            call(callId, START_MS + callId * 2_000);
            callId++;
        }
        outcomes.endEvent();
        return outcomesWritten;
    }

    private void call(long callId, long enteredMs) {
        String queue = QUEUES[(int) (callId % QUEUES.length)];
        String agent = agentIds[(int) (callId % AGENTS)];
        int fate = random.nextInt(100);
        event();
        outcomes.callEnteredQueue(enteredMs, callId, queue, TIERS[random.nextInt(TIERS.length)], 1 + random.nextInt(5));
        outcomesWritten++;
        long waitMs = random.nextLong(60_000);
        if (fate < 12) {
            event();
            outcomes.callAbandoned(enteredMs + waitMs, callId, queue, waitMs, 1 + random.nextInt(5), false);
            outcomesWritten++;
            return;
        }
        if (fate < 15) {
            event();
            outcomes.ringNoAnswer(enteredMs + waitMs / 2, callId, queue, agent, 15_000);
            outcomesWritten++;
            agentState(enteredMs + waitMs / 2, agent, AgentState.NOT_READY);
        }
        long answeredMs = enteredMs + waitMs;
        event();
        outcomes.callOffered(answeredMs - 3_000, callId, queue, agent);
        outcomesWritten++;
        agentState(answeredMs - 3_000, agent, AgentState.RESERVED);
        event();
        outcomes.callAnswered(answeredMs, callId, queue, agent, waitMs);
        outcomesWritten++;
        agentState(answeredMs, agent, AgentState.ON_CALL);
        long talkMs = 60_000 + random.nextLong(240_000);
        event();
        outcomes.callCompleted(answeredMs + talkMs, callId, queue, agent, talkMs, Party.CALLER);
        outcomesWritten++;
        agentState(answeredMs + talkMs, agent, AgentState.WRAP_UP);
        event();
        agentState(answeredMs + talkMs + 20_000, agent, AgentState.READY);
    }

    private void event() {
        outcomes.beginEvent(eventIndex++, 0);
    }

    private void agentState(long nowMs, String agent, AgentState state) {
        outcomes.agentStateChanged(nowMs, agent, state, state == AgentState.NOT_READY ? "rona" : "");
        outcomesWritten++;
    }
}
