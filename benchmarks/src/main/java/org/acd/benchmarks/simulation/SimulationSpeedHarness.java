package org.acd.benchmarks.simulation;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.acd.benchmarks.Flags;
import org.acd.simulator.scenario.Scenario;
import org.acd.simulator.scenario.ScenarioLoader;
import org.acd.simulator.virtual.SimulationResult;
import org.acd.simulator.virtual.Simulator;

/**
 * {@code ./acd bench simulation}: simulated calls per second of wall time, the target of issue 6
 * being 50,000 (a million calls in 20 s). One queue, {@value #AGENTS} agents at 95% load, exponential
 * handle time (1 min) and patience (2 min), about 4 simulator events and 7 engine outcomes per call.
 * A warm-up run of the same scenario (another seed) lets the JIT compile first; then the measured
 * run, with the outcomes fed straight to the KPI calculator, and, with {@code --journal}, the same
 * run journaling its outcomes to Chronicle Queue in a temporary directory and computing the KPIs by
 * reading it back (deleted afterwards). Single-threaded: everything runs on the main thread.
 *
 * <p>Run: {@code java <Chronicle flags> -Xms2g -Xmx2g -cp <class path>
 * org.acd.benchmarks.simulation.SimulationSpeedHarness [--calls 1000000] [--warmup-calls 200000] [--journal]}.
 */
public final class SimulationSpeedHarness {

    static final int AGENTS = 50;
    static final double TARGET_CALLS_PER_SECOND = 50_000;

    private SimulationSpeedHarness() {
    }

    public static void main(String[] args) {
        Flags flags = Flags.parse(args, List.of("--calls", "--warmup-calls"), List.of("--journal"),
                "acd bench simulation [--calls 1000000] [--warmup-calls 200000] [--journal]");
        long calls = flags.positiveLong("--calls", 1_000_000);
        PrintStream out = System.out;

        Simulator.run(scenario(flags.positiveLong("--warmup-calls", 200_000)).withSeed(2));
        Scenario measured = scenario(calls);
        report(out, "outcomes fed to the KPI calculator", calls, () -> Simulator.run(measured));
        if (flags.isSet("--journal")) {
            Path directory = temporaryDirectory();
            try {
                report(out, "outcomes journaled, KPIs read back", calls,
                        () -> Simulator.runJournaled(measured, directory.resolve("journal")));
            } finally {
                delete(directory);
            }
        }
    }

    static Scenario scenario(long calls) {
        return ScenarioLoader.parse(String.format(Locale.ROOT, """
                seed: 1
                calls: %d
                warmup: 1h
                arrivals: [{from: 0h, per_hour: %d}]
                call_types: [{name: all, share: 1, queue: support, tier: standard}]
                patience: {dist: exponential, mean: 2m}
                handle_time: {dist: exponential, mean: 1m}
                agents: [{count: %d, skills: {support: 5}}]
                """, calls, Math.round(AGENTS * 0.95 * 60), AGENTS), "benchmark scenario");
    }

    private interface Run {
        SimulationResult simulate();
    }

    private static void report(PrintStream out, String mode, long calls, Run run) {
        long startNs = System.nanoTime();
        SimulationResult result = run.simulate();
        double seconds = (System.nanoTime() - startNs) / 1e9;
        if (result.kpis().overall().offered() != calls) {
            throw new IllegalStateException("the run reported " + result.kpis().overall().offered() + " calls, not "
                    + calls);
        }
        double callsPerSecond = calls / seconds;
        out.printf(Locale.ROOT, "%-36s %,d calls in %.2f s: %,.0f simulated calls/s (target >= %,.0f: %s);"
                        + " %,d events, %.1f simulated days%n",
                mode, calls, seconds, callsPerSecond, TARGET_CALLS_PER_SECOND,
                callsPerSecond >= TARGET_CALLS_PER_SECOND ? "met" : "NOT met", result.eventsHandled(),
                result.virtualEndMs() / 86_400_000.0);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("acd-bench-simulation");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
