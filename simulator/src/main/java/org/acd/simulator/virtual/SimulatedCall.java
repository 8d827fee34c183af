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
    /** Arrived after the warm-up: part of the ledger and the KPIs. */
    final boolean counted;
    State state = State.WAITING;
    /** Counts the offers of this call, so that an answer scheduled for an earlier offer is dropped. */
    int offer;
    /** The agent who will let the current offer ring out, or null. */
    String ringingOutAgent;

    SimulatedCall(long id, long arrivalMs, boolean counted) {
        this.id = id;
        this.arrivalMs = arrivalMs;
        this.counted = counted;
    }
}
