package org.acd.simulator.virtual;

/**
 * What the simulator itself did with the calls that arrived after the warm-up, independent of the
 * engine's outcomes: the ledger that the KPIs computed from the outcomes must agree with.
 *
 * @param placed calls the simulator placed in a queue
 * @param answered calls whose ringing phone a simulated agent answered and the engine connected
 * @param answeredWaitMs sum over answered calls of the time from arrival to answer
 * @param abandoned callers who hung up when their patience ran out, before an answer
 * @param abandonedWhileRinging of those, the ones whose call was ringing an agent at that moment
 * @param exited calls the engine sent out of queueing (max wait, queue full, no agents)
 * @param offersLetRingOut offers a simulated agent chose not to answer (the engine's RONA follows unless the
 *        caller hangs up first)
 */
public record GroundTruth(long placed, long answered, long answeredWaitMs, long abandoned, long abandonedWhileRinging,
                          long exited, long offersLetRingOut) {

    /** Calls still waiting or ringing when the simulation ran out of events (no agent left to take them). */
    public long unfinished() {
        return placed - answered - abandoned - exited;
    }
}
