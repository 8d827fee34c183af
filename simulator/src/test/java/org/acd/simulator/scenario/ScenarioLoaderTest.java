package org.acd.simulator.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.acd.core.model.RoutingStrategy;
import org.junit.jupiter.api.Test;

final class ScenarioLoaderTest {

    private static String resource(String name) {
        try (InputStream in = ScenarioLoaderTest.class.getResourceAsStream("/scenarios/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> problemsOf(String name) {
        return assertThrows(InvalidScenarioException.class, () -> ScenarioLoader.parse(resource(name), name))
                .problems();
    }

    @Test
    void shouldReadTheScenarioOfTheIssueWordForWord() {
        Scenario scenario = ScenarioLoader.parse(resource("issue-example.yaml"), "issue-example.yaml");

        assertEquals(42, scenario.seed());
        assertEquals(8 * 3_600_000L, scenario.durationMs());
        assertEquals(30 * 60_000L, scenario.warmupMs());
        assertEquals(List.of(new ArrivalPeriod(0, 8 * 3_600_000L, 120)), scenario.arrivals());
        assertEquals(new CallType("vip", 0.1, "support", "platinum"), scenario.callTypes().get(1));
        assertEquals(new Distribution.Exponential(120_000), scenario.patience());
        assertEquals(new Distribution.Exponential(240_000), scenario.handleTime());
        assertEquals(8, scenario.agents().size());
        assertEquals(new AgentShift("agent8", 0, 8 * 3_600_000L), scenario.agents().get(7));
        assertEquals(0, scenario.kpi().shortAbandonMs());
        assertEquals(20_000, scenario.kpi().serviceLevelMs());
        assertEquals(RoutingStrategy.LONGEST_IDLE, scenario.routing().queues().get(0).strategy());
        assertEquals(2, scenario.routing().tiers().size());
    }

    @Test
    void shouldReadTheShippedExample() {
        Scenario scenario = ScenarioLoader.load(Path.of("../config/examples/support-shift.yaml"));

        assertEquals(14, scenario.agents().size());
        assertInstanceOf(Distribution.LogNormal.class, scenario.handleTime());
        assertEquals(100, scenario.routing().tiers().get(1).priority());
        assertEquals(15_000, scenario.routing().queues().get(0).wrapUpMs());
    }

    @Test
    void shouldReportEveryBadValueWithItsPathAndLineAtOnce() {
        assertEquals(List.of(
                "arrivals[1].per_hour: must be positive (line 5)",
                "arrivals[1].from: overlaps arrivals[0]; periods must not overlap (line 5)",
                "call_types: the shares add up to 0.9, not 1 (line 6)",
                "patience.dist: 'poisson' is not a distribution; use exponential, lognormal, fixed or none (line 8)",
                "handle_time.mean: '4 minutes' is not a duration; write it like 250ms, 30s, 5m or 8h (line 9)",
                "agents[0].count: must be positive (line 11)",
                "agents[0].skills.support: proficiency 11 is outside 1 to 10 (line 11)",
                "no_answer_probability: must be at least 0 and below 1 (line 13)"),
                problemsOf("broken-values.yaml"));
    }

    @Test
    void shouldRejectUnknownKeysNamingTheKnownOnes() {
        List<String> problems = problemsOf("unknown-keys.yaml");

        assertEquals(3, problems.size(), problems::toString);
        assertTrue(problems.contains("abandon_threshold: unknown key; expected one of agents, arrivals, call_types,"
                + " calls, duration, handle_time, kpi, no_answer_probability, patience, ring_time, routing, seed,"
                + " warmup, wrap_up (line 10)"), problems::toString);
        assertTrue(problems.contains("arrivals[0].burst: unknown key; expected one of from, per_hour, to (line 4)"),
                problems::toString);
        assertTrue(problems.contains("handle_time.sd: not used by dist fixed (line 7)"), problems::toString);
    }

    @Test
    void shouldNameEveryMissingSection() {
        assertEquals(List.of(
                "duration: give either duration or calls (line 1)",
                "arrivals: must not be empty (line 2)",
                "call_types: the shares add up to 0.5, not 1 (line 3)",
                "handle_time: missing (line 1)",
                "agents: missing (line 1)"),
                problemsOf("missing-sections.yaml"));
    }

    @Test
    void shouldReportMalformedYamlWithTheLineWhereReadingStopped() {
        List<String> problems = problemsOf("not-yaml.yaml");

        assertEquals(1, problems.size(), problems::toString);
        assertEquals("not valid YAML: while parsing a flow mapping, expected ',' or '}', but got : (line 4)",
                problems.get(0));
    }

    @Test
    void shouldAskForInlineRoutingUntilTheConfigModuleExists() {
        assertEquals(List.of("routing: 'config/examples/retail.yaml': routing files are read once the config module"
                + " exists; give the queues inline (routing: {queues: [...], tiers: [...]}) (line 9)"),
                problemsOf("routing-file.yaml"));
    }

    @Test
    void shouldReportBadInlineRouting() {
        assertEquals(List.of(
                "routing.queues[0].strategy: 'fastest' is not a strategy; use longest_idle, most_skilled,"
                        + " least_occupied or round_robin (line 11)",
                "routing.tiers[1].name: tier 'gold' is defined twice (line 14)"),
                problemsOf("bad-routing.yaml"));
    }

    @Test
    void shouldPutTheFileNameAndTheCountInTheMessage() {
        InvalidScenarioException error = assertThrows(InvalidScenarioException.class,
                () -> ScenarioLoader.parse("seed: 1\n", "day.yaml"));

        assertTrue(error.getMessage().startsWith("day.yaml: 5 problems\n  duration: give either"), error::getMessage);
    }
}
