package org.acd.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.acd.core.api.AcdEvents;
import org.acd.core.api.QueueRequest;
import org.acd.core.model.AgentConfig;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.RoutingConfig;
import org.acd.core.model.RoutingStrategy;
import org.acd.core.model.SkillRequirement;
import org.acd.core.model.TierConfig;

/**
 * The contact center of issue 2 at full scale: 10,000 agents, 200 skills, 1,000 queues, and a
 * load of 50,000 waiting calls. Built from a fixed seed, so every run routes the same world.
 *
 * <p>The world has two parts that share no skill, because the engine never lets a call wait while
 * an agent able to take it is ready:
 * <pre>
 *   backlog: 180 skills, 900 queues, 8,000 agents logged in and NOT_READY, 50,000 calls waiting
 *   live:     20 skills, 100 queues, 2,000 agents READY, no call waiting; traffic arrives here
 * </pre>
 * Every queue needs one or two skills; every agent has five, proficiency 1 to 10. A backlog
 * agent that turns ready takes the best of the calls waiting in all the queues it serves; a call
 * that arrives in a live queue is offered at once to one of its ready agents.
 *
 * <p>Immutable once built; the id arrays are shared so that publishing an event allocates nothing.
 */
public final class ScaleFixture {

    public static final int AGENTS = 10_000;
    public static final int SKILLS = 200;
    public static final int QUEUES = 1_000;
    public static final int WAITING_CALLS = 50_000;
    /** Live calls are numbered from here; backlog calls are 1 to {@link #WAITING_CALLS}. */
    public static final long FIRST_LIVE_CALL_ID = 1_000_000_000L;

    static final int LIVE_SKILLS = 20;
    static final int LIVE_QUEUES = 100;
    static final int LIVE_AGENTS = 2_000;
    static final String NOT_READY_REASON = "break";

    private static final long SEED = 20_261_122L;
    private static final int SKILLS_PER_AGENT = 5;
    /** A live queue with fewer ready agents than this could run dry under the traffic of the harnesses. */
    private static final int MIN_AGENTS_PER_LIVE_QUEUE = 30;
    /** Wrap-up after a live call, in the compressed event time of {@link TrafficScript}. */
    private static final long LIVE_WRAP_UP_MS = 20;
    private static final int PATTERN = 4096;
    private static final String AGENT_PREFIX = "agent-";
    private static final List<TierConfig> TIERS = List.of(TierConfig.of("standard", 0), TierConfig.of("gold", 50),
            TierConfig.of("platinum", 100));

    private final RoutingConfig config;
    private final String[] agentIds = new String[AGENTS];
    private final String[] queueIds = new String[QUEUES];
    private final String[] arrivalQueueIds = new String[PATTERN];
    private final String[] tierIds = new String[PATTERN];
    private final String[] callerNumbers = new String[PATTERN];
    private final String[] toggleAgentIds;

    private ScaleFixture() {
        Random random = new Random(SEED);
        List<String> skills = new ArrayList<>();
        for (int i = 0; i < SKILLS; i++) {
            skills.add(String.format("skill-%03d", i));
        }
        List<QueueConfig> queues = new ArrayList<>();
        for (int q = 0; q < QUEUES; q++) {
            queueIds[q] = String.format("queue-%04d", q);
            queues.add(queue(q, skills, random));
        }
        List<AgentConfig> agents = new ArrayList<>();
        for (int a = 0; a < AGENTS; a++) {
            agentIds[a] = String.format("%s%05d", AGENT_PREFIX, a);
            agents.add(agent(a, skills, random));
        }
        config = new RoutingConfig(skills, TIERS, queues, agents);
        checkLiveQueuesAreStaffed(queues, agents);
        toggleAgentIds = backlogAgentsWithAQueue(queues, agents);
        for (int i = 0; i < PATTERN; i++) {
            arrivalQueueIds[i] = queueIds[random.nextInt(LIVE_QUEUES)];
            int tierDraw = random.nextInt(100);
            tierIds[i] = TIERS.get(tierDraw < 80 ? 0 : tierDraw < 95 ? 1 : 2).id();
            callerNumbers[i] = String.format("+1555%07d", random.nextInt(10_000_000));
        }
    }

    public static ScaleFixture build() {
        return new ScaleFixture();
    }

    public RoutingConfig config() {
        return config;
    }

    /**
     * Brings the engine behind {@code events} to the starting state: backlog agents logged in and
     * NOT_READY, then the 50,000 backlog calls queued one millisecond apart from {@code startMs},
     * then the live agents logged in and READY. No event of the load causes a command.
     *
     * @return the time of the last event published
     */
    public long load(AcdEvents events, long startMs) {
        for (int a = LIVE_AGENTS; a < AGENTS; a++) {
            events.agentLoggedIn(startMs, agentIds[a]);
            events.agentNotReady(startMs, agentIds[a], NOT_READY_REASON);
        }
        long nowMs = startMs;
        for (int call = 1; call <= WAITING_CALLS; call++) {
            nowMs = startMs + call;
            String queueId = queueIds[LIVE_QUEUES + call % (QUEUES - LIVE_QUEUES)];
            events.callQueued(nowMs, call, queueId, tierId(call), callerNumber(call), QueueRequest.NONE);
        }
        for (int a = 0; a < LIVE_AGENTS; a++) {
            events.agentLoggedIn(nowMs, agentIds[a]);
        }
        return nowMs;
    }

    /** How many events {@link #load} publishes. */
    public int loadEvents() {
        return 2 * (AGENTS - LIVE_AGENTS) + WAITING_CALLS + LIVE_AGENTS;
    }

    public String agentId(int index) {
        return agentIds[index];
    }

    /** The inverse of {@link #agentId}, without allocating: ids are {@code agent-NNNNN}. */
    public static int agentIndex(String agentId) {
        return Integer.parseInt(agentId, AGENT_PREFIX.length(), agentId.length(), 10);
    }

    /** The live queue the {@code n}th arriving call goes to, from a fixed random pattern. */
    public String arrivalQueueId(long n) {
        return arrivalQueueIds[(int) (n & (PATTERN - 1))];
    }

    /** 80 % standard, 15 % gold, 5 % platinum. */
    public String tierId(long n) {
        return tierIds[(int) (n & (PATTERN - 1))];
    }

    public String callerNumber(long n) {
        return callerNumbers[(int) (n & (PATTERN - 1))];
    }

    /** The {@code n}th backlog agent, in rotation, among those who serve at least one backlog queue. */
    public String toggleAgentId(long n) {
        return toggleAgentIds[(int) (n % toggleAgentIds.length)];
    }

    private QueueConfig queue(int q, List<String> skills, Random random) {
        boolean live = q < LIVE_QUEUES;
        QueueConfig.Builder builder = QueueConfig.builder(queueIds[q])
                .strategy(RoutingStrategy.values()[q % RoutingStrategy.values().length])
                .weight(random.nextInt(4))
                .wrapUpMs(live ? LIVE_WRAP_UP_MS : 0);
        int first = skillIndex(live, random);
        builder.skill(skills.get(first), 1 + random.nextInt(live ? 3 : 5));
        if (random.nextBoolean()) {
            int second;
            do {
                second = skillIndex(live, random);
            } while (second == first);
            builder.skill(skills.get(second), 1 + random.nextInt(live ? 3 : 5));
        }
        return builder.build();
    }

    private AgentConfig agent(int a, List<String> skills, Random random) {
        boolean live = a < LIVE_AGENTS;
        Map<String, Integer> proficiencies = new HashMap<>();
        while (proficiencies.size() < SKILLS_PER_AGENT) {
            proficiencies.put(skills.get(skillIndex(live, random)), 1 + random.nextInt(10));
        }
        return AgentConfig.of(agentIds[a], proficiencies);
    }

    private static int skillIndex(boolean live, Random random) {
        return live ? random.nextInt(LIVE_SKILLS) : LIVE_SKILLS + random.nextInt(SKILLS - LIVE_SKILLS);
    }

    private static boolean serves(AgentConfig agent, QueueConfig queue) {
        for (SkillRequirement needed : queue.skills()) {
            if (agent.skills().getOrDefault(needed.skill(), 0) < needed.minProficiency()) {
                return false;
            }
        }
        return true;
    }

    private static void checkLiveQueuesAreStaffed(List<QueueConfig> queues, List<AgentConfig> agents) {
        for (QueueConfig queue : queues.subList(0, LIVE_QUEUES)) {
            long staff = agents.subList(0, LIVE_AGENTS).stream().filter(agent -> serves(agent, queue)).count();
            if (staff < MIN_AGENTS_PER_LIVE_QUEUE) {
                throw new IllegalStateException(queue.id() + " has " + staff + " agents, fewer than "
                        + MIN_AGENTS_PER_LIVE_QUEUE + ": the seed makes a fixture the harnesses cannot drive");
            }
        }
    }

    private static String[] backlogAgentsWithAQueue(List<QueueConfig> queues, List<AgentConfig> agents) {
        List<QueueConfig> backlogQueues = queues.subList(LIVE_QUEUES, QUEUES);
        return agents.subList(LIVE_AGENTS, AGENTS).stream()
                .filter(agent -> backlogQueues.stream().anyMatch(queue -> serves(agent, queue)))
                .map(AgentConfig::id)
                .toArray(String[]::new);
    }
}
