package org.acd.simulator.virtual;

/** A caller in the simulation, as the simulator knows it (not the engine's view). Simulation thread only. */
final class SimulatedCall {

    enum State {
        WAITING,
        RINGING,
        CONNECTED
    }

    final long id;
    final long arrivalMs;
    /** The queue the call entered. */
    final String queueId;
    /** Arrived after the warm-up: part of the ledger and the KPIs. */
    final boolean counted;
    State state = State.WAITING;
    /** Counts the offers of this call, so that an answer scheduled for an earlier offer is dropped. */
    int offer;
    /** The agent who will let the current offer ring out, or null. */
    String ringingOutAgent;
    /** The waits foretold when the call entered (see {@link WaitPredictions}), -1 for none. */
    long engineEstimateMs = -1;
    long movingAverageMs = -1;

    SimulatedCall(long id, long arrivalMs, String queueId, boolean counted) {
        this.id = id;
        this.arrivalMs = arrivalMs;
        this.queueId = queueId;
        this.counted = counted;
    }
}
