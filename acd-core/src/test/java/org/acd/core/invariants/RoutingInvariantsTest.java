package org.acd.core.invariants;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.acd.core.testing.WorkloadConfig;
import org.junit.jupiter.api.Test;

/**
 * The invariants, after every event of many seeded random workloads over
 * {@link WorkloadConfig}: no READY agent idles while a call it is eligible for waits; no agent holds
 * two calls and no call two agents; no call is offered to an ineligible agent; every call ends in
 * exactly one final state. Also checked on the way: the agent state machine, each event's own
 * effect, the one rule for choosing calls and the queues' strategies, exit policies, timer
 * deadlines and queue counters (see {@link InvariantRun}).
 *
 * <p>Odd seeds run a millisecond clock, even seeds a clock in whole seconds, where timers and
 * events collide in the same millisecond. Seeds are independent and run on every core. A failure
 * reports the lowest failing seed with the events that led to it, as source to replay; an engine
 * stuck in a loop is reported with the seed and event it is stuck on.
 */
final class RoutingInvariantsTest {

    private static final int SEEDS = 200;
    private static final int EVENTS_PER_SEED = 2_000;
    private static final long STUCK_AFTER_SECONDS = 180;

    @Test
    void shouldKeepTheRoutingInvariantsAfterEveryEventOfRandomWorkloads() throws InterruptedException {
        RoutingRules rules = new RoutingRules(WorkloadConfig.CONFIG);
        Map<Long, String> failures = new TreeMap<>();
        List<InvariantRun> runs = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread thread = new Thread(task, "invariant-run");
            thread.setDaemon(true);
            return thread;
        });
        for (long seed = 1; seed <= SEEDS; seed++) {
            InvariantRun run = new InvariantRun(seed, WorkloadConfig.CONFIG, rules, seed % 2 == 0 ? 1_000 : 1);
            runs.add(run);
            pool.execute(() -> {
                try {
                    run.run(EVENTS_PER_SEED);
                } catch (AssertionError failure) {
                    synchronized (failures) {
                        failures.put(run.seed(), failure.getMessage());
                    }
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(STUCK_AFTER_SECONDS, TimeUnit.SECONDS)) {
            fail("runs still busy after " + STUCK_AFTER_SECONDS + " s, the engine may loop:\n"
                    + String.join("\n", runs.stream().filter(run -> !run.isDone()).map(InvariantRun::progress).toList()));
        }
        synchronized (failures) {
            if (!failures.isEmpty()) {
                fail(failures.size() + " of " + SEEDS + " seeds failed, the first: "
                        + failures.keySet().stream().limit(10).toList() + "\n" + failures.values().iterator().next());
            }
        }
    }
}
