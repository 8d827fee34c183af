package org.acd.simulator.virtual;

import java.nio.file.Path;
import org.acd.core.journal.Journal;
import org.acd.core.journal.JournalDurability;
import org.acd.core.journal.OutcomeRecorder;
import org.acd.core.reporting.JournalKpis;
import org.acd.core.reporting.KpiCalculator;
import org.acd.simulator.scenario.Scenario;

/**
 * Runs scenarios. {@link #run} feeds the engine's outcomes straight into the KPI calculator;
 * {@link #runJournaled} writes them to a Chronicle outcomes journal first and computes the KPIs by
 * reading that journal back, the path real reports take. Both count only calls that arrived after
 * the warm-up. Stateless; each run is on the calling thread.
 */
public final class Simulator {

    private Simulator() {
    }

    public static SimulationResult run(Scenario scenario) {
        KpiCalculator kpis = new KpiCalculator(scenario.kpi(), scenario.warmupMs());
        VirtualSimulation simulation = new VirtualSimulation(scenario, kpis);
        GroundTruth truth = simulation.run();
        return new SimulationResult(kpis.summary(), truth, simulation.waitEstimates(), simulation.eventsHandled(),
                simulation.endMs());
    }

    /** Journals the outcomes under {@code journalDirectory} (which should be empty) and reports from the journal. */
    public static SimulationResult runJournaled(Scenario scenario, Path journalDirectory) {
        GroundTruth truth;
        VirtualSimulation simulation;
        try (Journal journal = new Journal(journalDirectory, JournalDurability.PAGE_CACHE)) {
            OutcomeRecorder recorder = new OutcomeRecorder(journal.outcomeAppender());
            simulation = new VirtualSimulation(scenario, recorder, new EventFraming() {
                @Override
                public void beginEvent(long eventIndex) {
                    recorder.beginEvent(eventIndex, 0);
                }

                @Override
                public void endEvent() {
                    recorder.endEvent();
                }
            });
            truth = simulation.run();
        }
        return new SimulationResult(JournalKpis.read(journalDirectory, scenario.kpi(), scenario.warmupMs()), truth,
                simulation.waitEstimates(), simulation.eventsHandled(), simulation.endMs());
    }
}
