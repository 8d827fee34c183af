package org.acd.simulator.virtual;

/** Counts the simulator's own actions into a {@link GroundTruth}. Simulation thread only. */
final class Ledger {

    private long placed;
    private long answered;
    private long answeredWaitMs;
    private long abandoned;
    private long abandonedWhileRinging;
    private long exited;
    private long offersLetRingOut;

    void placed(SimulatedCall call) {
        if (call.counted) {
            placed++;
        }
    }

    void answered(SimulatedCall call, long nowMs) {
        if (call.counted) {
            answered++;
            answeredWaitMs += nowMs - call.arrivalMs;
        }
    }

    void abandoned(SimulatedCall call) {
        if (call.counted) {
            abandoned++;
            if (call.state == SimulatedCall.State.RINGING) {
                abandonedWhileRinging++;
            }
        }
    }

    void exited(SimulatedCall call) {
        if (call.counted) {
            exited++;
        }
    }

    void letRingOut(SimulatedCall call) {
        if (call.counted) {
            offersLetRingOut++;
        }
    }

    GroundTruth truth() {
        return new GroundTruth(placed, answered, answeredWaitMs, abandoned, abandonedWhileRinging, exited,
                offersLetRingOut);
    }
}
