package org.acd.simulator.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.acd.core.reporting.AgentReport;
import org.acd.core.reporting.KpiReport;
import org.acd.core.reporting.KpiThresholds;
import org.acd.simulator.scenario.Scenario;
import org.acd.simulator.scenario.ScenarioLoader;
import org.acd.simulator.virtual.Simulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What-if replays of a journal written by a two-hour simulated shift: two tiers, two overlapping
 * groups of agents (the first logs out after an hour), ring time, phones let ring out now and then
 * (RONA), wrap-up, exponential patience. Replayed with its own routing and agents it must give back
 * every KPI of the journal exactly; with more agents fewer callers hang up, with fewer more do.
 */
final class WhatIfTest {

    private static final String SCENARIO = """
            seed: 7
            duration: 2h
            arrivals:
              - {from: 0h, to: 2h, per_hour: 150}
            call_types:
              - {name: standard, share: 0.8, queue: support, tier: standard}
              - {name: vip, share: 0.2, queue: support, tier: platinum}
            patience: {dist: exponential, mean: 60s}
            handle_time: {dist: lognormal, mean: 180s, sd: 90s}
            agents:
              - {count: 5, skills: {support: 5}, from: 0h, to: 1h}
              - {count: 4, skills: {support: 7}, from: 30m}
            ring_time: 2s
            no_answer_probability: 0.05
            wrap_up: 10s
            kpi: {short_abandon: 5s, service_level: 20s}
            routing:
              queues:
                - {name: support, skills: {support: 1}, strategy: longest_idle, ring_timeout: 8s}
              tiers:
                - {name: standard, priority: 0}
                - {name: platinum, priority: 100}
            """;
    private static final Scenario SHIFT = ScenarioLoader.parse(SCENARIO, "what-if shift");

    @TempDir
    static Path journal;
    private static ObservedDay day;

    @BeforeAll
    static void journalTheShift() {
        Simulator.runJournaled(SHIFT, journal);
        day = WhatIf.observe(journal);
    }

    private static WhatIfResult whatIf(AgentChange... changes) {
        return WhatIf.run(journal, SHIFT.routing(), List.of(changes), KpiThresholds.DEFAULTS, 1);
    }

    @Test
    void shouldGiveBackEveryKpiOfTheJournalWhenReplayedUnchanged() {
        WhatIfResult result = whatIf();

        KpiReport observed = result.observed().overall();
        assertTrue(observed.offered() > 250 && observed.abandoned() > 20, observed::toString);
        assertTrue(result.observed().byAgent().values().stream().mapToLong(AgentReport::ringNoAnswers).sum() > 0,
                "the fixture should hold RONAs");
        assertEquals(result.observed(), result.predicted());
        assertEquals(observed.offered(), result.calls());
    }

    @Test
    void shouldAbandonFewerCallsWithTwoMoreAgents() {
        WhatIfResult result = whatIf(new AgentChange(Optional.of("support"), 2));

        KpiReport was = result.observed().overall();
        KpiReport whatIf = result.predicted().overall();
        assertEquals(was.offered(), whatIf.offered());
        assertTrue(whatIf.abandoned() < was.abandoned(), () -> was + " -> " + whatIf);
        assertTrue(whatIf.asaSeconds() < was.asaSeconds(), () -> was + " -> " + whatIf);
        assertEquals(List.of("+2 in support: agent6+1, agent6+2 (copies of agent6)"), result.notes());
    }

    @Test
    void shouldAbandonMoreCallsWithTwoFewerAgents() {
        WhatIfResult result = whatIf(new AgentChange(Optional.empty(), -2));

        assertTrue(result.predicted().overall().abandoned() > result.observed().overall().abandoned(),
                result::toString);
        assertEquals(List.of("-2 in support: without agent6, agent7"), result.notes());
    }

    @Test
    void shouldDrawTheSameWhatIfForTheSameSeed() {
        assertEquals(whatIf(new AgentChange(Optional.empty(), 1)).predicted(),
                whatIf(new AgentChange(Optional.empty(), 1)).predicted());
    }

    @Test
    void shouldGiveACopiedAgentTheDayOfTheAgentLoggedInLongest() {
        ReplayStaffing staffing = ReplayStaffing.of(day, SHIFT.routing(), List.of(new AgentChange(Optional.empty(), 1)));

        List<PresenceChange> model = staffing.presence().stream().filter(p -> p.agentId().equals("agent6")).toList();
        List<PresenceChange> copy = staffing.presence().stream().filter(p -> p.agentId().equals("agent6+1")).toList();
        assertEquals(List.of(new PresenceChange(1_800_000, "agent6", PresenceChange.Kind.LOG_IN, "")), model);
        assertEquals(model.stream().map(p -> p.by("agent6+1")).toList(), copy);
        assertTrue(staffing.routing().agents().stream().anyMatch(agent -> agent.id().equals("agent6+1")));
    }

    @Test
    void shouldReadLoginsLogoutsAndRingOutsFromTheOutcomes() {
        assertEquals(9 + 5, day.presence().size(), day.presence()::toString);
        assertTrue(day.presence().stream().filter(p -> p.kind() == PresenceChange.Kind.LOG_OUT)
                .allMatch(p -> p.timeMs() >= 3_600_000 - 1), day.presence()::toString);
        List<ObservedOffer> ringOuts = day.calls().stream().flatMap(call -> call.offers().stream())
                .filter(offer -> offer instanceof ObservedOffer.RangOut).toList();
        assertTrue(!ringOuts.isEmpty() && ringOuts.stream().allMatch(offer -> offer.equals(new ObservedOffer.RangOut(0))),
                ringOuts::toString);
        assertTrue(day.calls().stream().flatMap(call -> call.offers().stream())
                .filter(offer -> offer instanceof ObservedOffer.Answered)
                .allMatch(offer -> offer.equals(new ObservedOffer.Answered(2000))));
    }

    @Test
    void shouldNameTheQueueOfAChangeThatCannotApply() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> whatIf(new AgentChange(Optional.of("sales"), 1)));
        assertEquals("no queue 'sales' in the routing; its queues are [support]", unknown.getMessage());

        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
                () -> whatIf(new AgentChange(Optional.of("support"), -10)));
        assertEquals("queue support: 10 fewer agents asked, but only 9 able to take its calls were logged in",
                tooMany.getMessage());
    }

    @Test
    void shouldRefuseARoutingWithoutTheJournalsQueues() {
        Scenario elsewhere = ScenarioLoader.parse(SCENARIO.replace("support", "sales"), "elsewhere");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WhatIf.run(journal,
                elsewhere.routing(), List.of(), KpiThresholds.DEFAULTS, 1));
        assertEquals("the routing has no queue [support] of the journal's calls", e.getMessage());
    }
}
