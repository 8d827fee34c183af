package org.acd.server.chaos;

import java.util.List;

/**
 * The faults {@code acd chaos} inflicts, in the order it runs them: the server killed (1), the
 * Asterisk connections cut (3), and the journal's disk failing (5).
 */
final class ChaosScenarios {

    private ChaosScenarios() {
    }

    static List<ChaosScenario> all(double perSecond, long seconds, long seed) {
        return List.of(new KillNineScenario(perSecond, seconds, seed),
                new AmiCutScenario(perSecond, seconds, seed, AmiCutScenario.SESSIONS_CUT),
                new DiskFaultScenario(perSecond, seconds, seed));
    }
}
