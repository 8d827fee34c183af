package org.acd.simulator.virtual;

import java.util.List;
import java.util.SplittableRandom;
import org.acd.simulator.scenario.CallType;

/** Draws the type of each arriving call by the types' shares. Simulation thread only. */
final class CallTypePicker {

    private final CallType[] types;
    private final double[] cumulativeShares;
    private final SplittableRandom random;

    CallTypePicker(List<CallType> types, SplittableRandom random) {
        this.types = types.toArray(CallType[]::new);
        this.cumulativeShares = new double[this.types.length];
        this.random = random;
        double total = 0;
        for (int i = 0; i < this.types.length; i++) {
            total += this.types[i].share();
            cumulativeShares[i] = total;
        }
    }

    CallType next() {
        double u = random.nextDouble() * cumulativeShares[cumulativeShares.length - 1];
        for (int i = 0; i < types.length - 1; i++) {
            if (u < cumulativeShares[i]) {
                return types[i];
            }
        }
        return types[types.length - 1];
    }
}
