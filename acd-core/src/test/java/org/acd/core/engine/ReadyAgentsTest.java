package org.acd.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import org.acd.core.model.AgentConfig;
import org.junit.jupiter.api.Test;

final class ReadyAgentsTest {

    private record Key(long primary, long idleSinceMs, int agentIndex) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparingLong(Key::primary)
            .thenComparingLong(Key::idleSinceMs).thenComparingInt(Key::agentIndex);

    private final ReadyAgents ready = new ReadyAgents();
    /** What the heap must hold: the live entry of each routable agent. */
    private final TreeMap<Key, Agent> expected = new TreeMap<>(ORDER);
    private final Map<Agent, Key> liveKeys = new HashMap<>();

    @Test
    void shouldPeekTheBestRoutableAgentWhenAgentsArriveInAnyOrder() {
        Random random = new Random(11);
        checkAgainstModel(random, () -> random.nextInt(1_000), () -> random.nextInt(4));
    }

    @Test
    void shouldPeekTheBestRoutableAgentWhenMostAgentsArriveIdleLast() {
        Random random = new Random(13);
        long[] clockMs = {0};
        checkAgainstModel(random, () -> random.nextInt(10) == 0 ? random.nextLong(clockMs[0] + 1) : clockMs[0]++,
                () -> 0);
    }

    private void checkAgainstModel(Random random, LongSupplier idleSinceMs, LongSupplier primaryKey) {
        Agent[] agents = new Agent[300];
        for (int i = 0; i < agents.length; i++) {
            agents[i] = new Agent(AgentConfig.of("agent-" + i, Map.of("sales", 5)), i);
        }
        for (int step = 0; step < 50_000; step++) {
            Agent agent = agents[random.nextInt(agents.length)];
            if (agent.routable) {
                becomeUnroutable(agent);
            } else {
                agent.idleSinceMs = idleSinceMs.getAsLong();
                becomeRoutable(agent, primaryKey.getAsLong());
            }
            if (random.nextInt(5) == 0) {
                assertSame(expected.isEmpty() ? null : expected.firstEntry().getValue(), ready.peek(), "step " + step);
            }
            if (step % 997 == 0) {
                assertEquals(expected.size(), ready.liveCount(), "step " + step);
            }
        }
    }

    @Test
    void shouldPeekNothingWhenEveryAgentLeft() {
        Agent agent = new Agent(AgentConfig.of("a1", Map.of("sales", 5)), 0);
        becomeRoutable(agent, 0);
        becomeUnroutable(agent);

        assertNull(ready.peek());
        assertEquals(0, ready.liveCount());
    }

    /** What CallRouter does when an agent becomes routable, for one of its buckets. */
    private void becomeRoutable(Agent agent, long primaryKey) {
        agent.routable = true;
        agent.routeGeneration++;
        ready.add(agent, primaryKey);
        Key key = new Key(primaryKey, agent.idleSinceMs, agent.index);
        expected.put(key, agent);
        liveKeys.put(agent, key);
    }

    private void becomeUnroutable(Agent agent) {
        agent.routable = false;
        agent.routeGeneration++;
        expected.remove(liveKeys.remove(agent));
    }
}
