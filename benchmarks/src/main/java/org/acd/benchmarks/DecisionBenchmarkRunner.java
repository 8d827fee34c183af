package org.acd.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link RoutingDecisionBenchmark} and {@link EngineTrafficBenchmark} through JMH with the GC
 * profiler, as {@code BenchCore --jmh} does, with the iterations their annotations set. JMH forks
 * one JVM per benchmark, with this JVM's flags (the Chronicle flags among them) and the benchmark's
 * heap settings.
 */
final class DecisionBenchmarkRunner {

    private static final String ALLOCATION = "gc.alloc.rate.norm";

    /**
     * One benchmark's result.
     *
     * @param benchmark   the benchmark method, with what one invocation does
     * @param nanosPerOp  mean time of one invocation
     * @param bytesPerOp  bytes allocated per invocation
     */
    record Score(String benchmark, double nanosPerOp, double nanosError, double bytesPerOp) {
    }

    private DecisionBenchmarkRunner() {
    }

    static List<Score> run() {
        try {
            List<Score> scores = new ArrayList<>();
            for (RunResult result : new Runner(new OptionsBuilder()
                    .include(RoutingDecisionBenchmark.class.getName())
                    .include(EngineTrafficBenchmark.class.getName())
                    .addProfiler(GCProfiler.class)
                    .build()).run()) {
                Result<?> time = result.getPrimaryResult();
                String method = result.getParams().getBenchmark();
                scores.add(new Score(describe(method), time.getScore(), time.getScoreError(),
                        allocation(result.getSecondaryResults())));
            }
            return scores;
        } catch (RunnerException e) {
            throw new IllegalStateException("the JMH run of the routing core's benchmarks failed", e);
        }
    }

    private static String describe(String qualifiedMethod) {
        String method = qualifiedMethod.substring(qualifiedMethod.lastIndexOf('.') + 1);
        return qualifiedMethod.contains(EngineTrafficBenchmark.class.getSimpleName())
                ? method + " (engine thread, outcomes journaled)"
                : method + " (decision + undo)";
    }

    private static double allocation(Map<String, Result> secondary) {
        return secondary.entrySet().stream()
                .filter(entry -> entry.getKey().endsWith(ALLOCATION))
                .mapToDouble(entry -> entry.getValue().getScore())
                .findFirst()
                .orElse(Double.NaN);
    }
}
