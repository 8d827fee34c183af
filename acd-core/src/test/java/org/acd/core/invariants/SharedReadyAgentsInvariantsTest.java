package org.acd.core.invariants;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.acd.core.testing.WorkloadConfig;
import org.junit.jupiter.api.Test;

/**
 * The invariants over {@link WorkloadConfig#WITH_TWIN_QUEUES}, where every queue has a twin
 * of the same requirement and strategy, so that the buckets of two queues share one pool of ready
 * agents: an agent is offered calls of both twins, chooses between them by the one rule, and never
 * idles beside a call of either. The same checks as {@link RoutingInvariantsTest}, fewer seeds.
 */
final class SharedReadyAgentsInvariantsTest {

    private static final int SEEDS = 40;
    private static final int EVENTS_PER_SEED = 2_000;

    @Test
    void shouldKeepTheRoutingInvariantsWhenQueuesShareTheirReadyAgents() {
        RoutingRules rules = new RoutingRules(WorkloadConfig.WITH_TWIN_QUEUES);
        Map<Long, String> failures = new TreeMap<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            InvariantRun run = new InvariantRun(seed, WorkloadConfig.WITH_TWIN_QUEUES, rules, seed % 2 == 0 ? 1_000 : 1);
            try {
                run.run(EVENTS_PER_SEED);
            } catch (AssertionError failure) {
                failures.put(seed, failure.getMessage());
            }
        }
        assertEquals(Map.of(), failures, "seeds that broke an invariant, with the events that led there");
    }
}
