package org.acd.server.simulate;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.acd.simulator.scenario.InvalidScenarioException;
import org.acd.simulator.scenario.Scenario;
import org.acd.simulator.scenario.ScenarioLoader;
import org.acd.simulator.virtual.SimulationResult;
import org.acd.simulator.virtual.Simulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code acd simulate SCENARIO.yaml}: runs a scenario on the real routing engine in virtual time and
 * prints its KPIs, overall and per tier, with the simulator's own ledger. Runs on the main thread;
 * exit status 0, or 2 when the scenario file is missing or invalid (every problem printed).
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {
            "Simulates a shift on the real routing engine in virtual time (no sleeping) and reports its KPIs: "
                    + "abandon rate, service level, ASA, waits, overall and per tier.",
            "The scenario file's schema is in the README, section \"Simulating a shift\"."})
public final class SimulateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SCENARIO", description = "The scenario file (YAML).")
    private Path scenarioFile;

    @Option(names = "--json", description = "Print the report as JSON.")
    private boolean json;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the random draws (default: the scenario's).")
    private Long seed;

    @Option(names = "--journal", paramLabel = "DIR",
            description = "Journal the engine's outcomes to Chronicle Queue in DIR (new or empty) and compute the "
                    + "KPIs by reading it back (default: straight from the engine, faster).")
    private Path journal;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Scenario scenario;
        try {
            scenario = ScenarioLoader.load(scenarioFile);
        } catch (InvalidScenarioException | UncheckedIOException e) {
            err.println("acd simulate: " + e.getMessage());
            err.flush();
            return 2;
        }
        if (journal != null && !isNewOrEmpty(journal)) {
            err.println("acd simulate: --journal " + journal + " must be a new or empty directory");
            err.flush();
            return 2;
        }
        if (seed != null) {
            scenario = scenario.withSeed(seed);
        }
        long startNs = System.nanoTime();
        SimulationResult result = journal == null ? Simulator.run(scenario) : Simulator.runJournaled(scenario, journal);
        double wallSeconds = (System.nanoTime() - startNs) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(SimulationJson.render(result, scenario.seed()));
        } else {
            out.printf(Locale.ROOT, "%s, seed %d: %.1f simulated hours in %.2f s of wall time%n%n", scenarioFile,
                    scenario.seed(), result.virtualEndMs() / 3_600_000.0, wallSeconds);
            SimulationTable.print(out, result, scenario.kpi());
        }
        out.flush();
        return 0;
    }

    private static boolean isNewOrEmpty(Path directory) {
        if (!Files.exists(directory)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
