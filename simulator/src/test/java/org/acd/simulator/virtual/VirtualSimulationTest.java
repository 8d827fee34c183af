package org.acd.simulator.virtual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.acd.core.reporting.KpiReport;
import org.acd.simulator.scenario.Scenario;
import org.acd.simulator.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class VirtualSimulationTest {

    private static final Scenario SHIPPED_EXAMPLE = ScenarioLoader.load(Path.of("../config/examples/support-shift.yaml"));

    private static Scenario scenario(String yaml) {
        return ScenarioLoader.parse(yaml, "test scenario");
    }

    @Test
    void shouldRepeatARunExactlyForTheSameSeed() {
        assertEquals(Simulator.run(SHIPPED_EXAMPLE), Simulator.run(SHIPPED_EXAMPLE));
        assertNotEquals(Simulator.run(SHIPPED_EXAMPLE).kpis(), Simulator.run(SHIPPED_EXAMPLE.withSeed(43)).kpis());
    }

    @Test
    void shouldReportFromTheEngineWhatTheSimulatorsLedgerSaysHappened() {
        SimulationResult result = Simulator.run(SHIPPED_EXAMPLE);
        KpiReport kpis = result.kpis().overall();
        GroundTruth truth = result.groundTruth();

        assertEquals(truth.placed(), kpis.offered());
        assertEquals(truth.answered(), kpis.answered());
        assertEquals(truth.answeredWaitMs(), kpis.answeredWaitMs());
        assertEquals(truth.abandoned(), kpis.abandoned());
        assertEquals(truth.exited(), kpis.timedOut() + kpis.overflowed());
        assertEquals(0, truth.unfinished());
        assertEquals(0, kpis.unfinished());
        assertTrue(truth.offersLetRingOut() > 0, truth::toString);
        assertTrue(truth.abandonedWhileRinging() > 0, truth::toString);
    }

    @Test
    void shouldComputeTheSameKpisFromItsOwnJournal(@TempDir Path journal) {
        assertEquals(Simulator.run(SHIPPED_EXAMPLE).kpis(), Simulator.runJournaled(SHIPPED_EXAMPLE, journal).kpis());
    }

    @Test
    void shouldReportPerTierWithVipCallsAnsweredSooner() {
        SimulationResult result = Simulator.run(SHIPPED_EXAMPLE);
        KpiReport standard = result.kpis().byTier().get("standard");
        KpiReport platinum = result.kpis().byTier().get("platinum");

        assertEquals(result.kpis().overall().offered(), standard.offered() + platinum.offered());
        assertTrue(platinum.asaSeconds() < standard.asaSeconds(), () -> platinum + " vs " + standard);
    }

    @Test
    void shouldPlaceExactlyTheGivenNumberOfCallsAfterTheWarmUp() {
        SimulationResult result = Simulator.run(scenario("""
                calls: 500
                warmup: 1h
                arrivals: [{from: 0h, per_hour: 100}]
                call_types: [{name: all, share: 1, queue: support, tier: standard}]
                handle_time: {dist: fixed, value: 10s}
                agents: [{count: 1, skills: {support: 5}}]
                """));

        assertEquals(500, result.kpis().overall().offered());
        assertEquals(500, result.groundTruth().placed());
    }

    @Test
    void shouldOfferTheNextCallWhenTheEnginesWrapUpTimerEnds() {
        SimulationResult result = Simulator.run(scenario("""
                calls: 2
                arrivals: [{from: 0h, per_hour: 36000000}]
                call_types: [{name: all, share: 1, queue: support, tier: standard}]
                handle_time: {dist: fixed, value: 30s}
                agents: [{count: 1, skills: {support: 5}}]
                wrap_up: 60s
                """));

        KpiReport kpis = result.kpis().overall();
        assertEquals(2, kpis.answered());
        double secondCallWaitSeconds = 2 * kpis.asaSeconds();
        assertEquals(90.0, secondCallWaitSeconds, 0.01);
    }

    @Test
    void shouldHoldCallsUntilTheShiftStartsAndLeaveThemWhenNoAgentComes() {
        SimulationResult result = Simulator.run(scenario("""
                duration: 2h
                arrivals: [{from: 0h, to: 10m, per_hour: 60}, {from: 1h, to: 2h, per_hour: 60}]
                call_types: [{name: all, share: 1, queue: support, tier: standard}]
                handle_time: {dist: fixed, value: 1s}
                agents: [{count: 1, skills: {support: 5}, from: 20m, to: 30m}]
                """));

        KpiReport kpis = result.kpis().overall();
        assertTrue(kpis.answered() > 0);
        assertTrue(kpis.asaSeconds() >= 10 * 60, kpis::toString);
        assertEquals(result.groundTruth().unfinished(), kpis.unfinished());
        assertTrue(kpis.unfinished() > 0, kpis::toString);
    }

    @Test
    void shouldCountAbandonsByPatienceAndShortAbandonsByTheThreshold() {
        SimulationResult result = Simulator.run(scenario("""
                calls: 200
                arrivals: [{from: 0h, per_hour: 600}]
                call_types: [{name: all, share: 1, queue: support, tier: standard}]
                patience: {dist: fixed, value: 3s}
                handle_time: {dist: fixed, value: 1h}
                agents: [{count: 1, skills: {support: 5}}]
                kpi: {short_abandon: 5s}
                """));

        KpiReport kpis = result.kpis().overall();
        assertEquals(1, kpis.answered());
        assertEquals(199, kpis.abandoned());
        assertEquals(199, kpis.shortAbandoned());
        assertEquals(3.0, (double) kpis.abandonedWaitMs() / kpis.abandoned() / 1000, 1e-9);
    }
}
