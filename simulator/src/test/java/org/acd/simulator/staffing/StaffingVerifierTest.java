package org.acd.simulator.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.acd.simulator.theory.ReplicationEstimate;
import org.junit.jupiter.api.Test;

/**
 * {@code acd staffing --verify}'s check against the calculator's own predictions: with the workload
 * as Erlang A (or C) assumes it, each prediction must lie in the simulation's 99% confidence
 * interval, and a staffing that misses the target must be shown with one more agent.
 */
final class StaffingVerifierTest {

    private static final StaffingTarget EIGHTY_TWENTY = StaffingTarget.serviceLevel(0.8, 20);

    private static void assertWithin(String what, double predicted, ReplicationEstimate simulated) {
        assertTrue(simulated.contains(predicted), () -> what + ": predicted " + predicted + ", simulated " + simulated);
    }

    @Test
    void shouldAgreeWithErlangAOnServiceLevelAbandonRateAndAsa() {
        Workload workload = new Workload(360.0 / 3600, 60, 120);
        StaffingTarget target = EIGHTY_TWENTY.andMaxAbandonRate(0.05);
        StaffingFigures predicted = StaffingCalculator.staff(workload, target);

        Verification verification = StaffingVerifier.verify(workload, target, predicted.agents(),
                StaffingVerifier.DEFAULT_CALLS, 1);

        SimulatedFigures simulated = verification.staffed();
        assertEquals(predicted.agents(), simulated.agents());
        assertEquals(StaffingVerifier.DEFAULT_CALLS, simulated.calls());
        assertWithin("service level", predicted.serviceLevel(), simulated.serviceLevel());
        assertWithin("abandon rate", predicted.abandonRate(), simulated.abandonRate());
        assertWithin("ASA", predicted.asaSeconds(), simulated.asaSeconds());
        assertTrue(simulated.serviceLevel().halfWidth() < 0.015, simulated.serviceLevel()::toString);
    }

    @Test
    void shouldAgreeWithErlangCWhenCallersNeverHangUp() {
        Workload workload = Workload.perInterval(100, 1800, 180, Workload.NO_ABANDONS);
        StaffingFigures predicted = StaffingCalculator.staff(workload, EIGHTY_TWENTY);
        assertEquals(14, predicted.agents());

        SimulatedFigures simulated = StaffingVerifier.verify(workload, EIGHTY_TWENTY, predicted.agents(),
                StaffingVerifier.DEFAULT_CALLS, 7).staffed();

        assertWithin("service level", predicted.serviceLevel(), simulated.serviceLevel());
        assertWithin("ASA", predicted.asaSeconds(), simulated.asaSeconds());
        assertEquals(0.0, simulated.abandonRate().mean());
    }

    @Test
    void shouldSimulateOneMoreAgentWhenTheStaffingMissesTheTarget() {
        Workload workload = new Workload(360.0 / 3600, 60, 120);

        Verification verification = StaffingVerifier.verify(workload, EIGHTY_TWENTY, 6, 20_000, 3);

        assertFalse(verification.staffed().meets(EIGHTY_TWENTY), verification::toString);
        SimulatedFigures oneMore = verification.oneMore().orElseThrow();
        assertEquals(7, oneMore.agents());
        assertTrue(oneMore.meets(EIGHTY_TWENTY), oneMore::toString);
        assertTrue(oneMore.serviceLevel().mean() > verification.staffed().serviceLevel().mean());
    }

    @Test
    void shouldNotSimulateOneMoreAgentWhenTheTargetIsMet() {
        Workload workload = new Workload(360.0 / 3600, 60, 120);

        assertTrue(StaffingVerifier.verify(workload, EIGHTY_TWENTY, 9, 20_000, 3).oneMore().isEmpty());
    }

    @Test
    void shouldRefuseTooFewCallsToEstimateAnything() {
        Workload workload = new Workload(0.1, 60, 120);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StaffingVerifier.verify(workload, EIGHTY_TWENTY, 7, 500, 1));
        assertEquals("a verification needs at least 10000 calls, not 500", e.getMessage());
    }
}
