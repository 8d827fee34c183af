package org.acd.ivr;

import static org.acd.ivr.testing.FlowHarness.PLATINUM;
import static org.acd.ivr.testing.FlowHarness.STANDARD;
import static org.acd.ivr.testing.FlowHarness.flow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.acd.config.ivr.BranchSubject;
import org.acd.config.ivr.FlowNode;
import org.acd.config.ivr.LookupSource;
import org.acd.config.model.BusinessHours;
import org.acd.config.model.Holiday;
import org.acd.config.model.OpenPeriod;
import org.acd.ivr.QueueInsight.QueueStatus;
import org.acd.ivr.testing.FlowHarness;
import org.acd.ivr.testing.ScriptedChannel;
import org.junit.jupiter.api.Test;

final class BranchNodeTest {

    private static final BusinessHours BERLIN_WEEKDAYS = new BusinessHours(ZoneId.of("Europe/Berlin"),
            Map.of(DayOfWeek.MONDAY, List.of(new OpenPeriod(LocalTime.of(8, 0), LocalTime.of(20, 0)))),
            List.of(new Holiday(LocalDate.of(2026, 12, 28), "Staff party")));

    private static FlowHarness branch(BranchSubject subject, Map<String, String> cases, Optional<String> otherwise) {
        return flow("identify",
                "identify", new FlowNode.Lookup(LookupSource.CALLER_ID, Optional.empty(), "branch", "branch", "branch"),
                "branch", new FlowNode.Branch(subject, cases, otherwise),
                "a", new FlowNode.Transfer("a"),
                "b", new FlowNode.Transfer("b"),
                "c", new FlowNode.Transfer("c"));
    }

    private static BranchSubject on(BranchSubject.Kind kind) {
        return new BranchSubject(kind, Optional.of("orders"), Optional.empty());
    }

    private static String endOf(FlowHarness harness, String caller) {
        return harness.run(caller, new ScriptedChannel()).nodeId();
    }

    @Test
    void shouldBranchOnTheCallersTier() {
        Map<String, String> cases = Map.of("platinum", "a");

        assertEquals("a", endOf(branch(on(BranchSubject.Kind.TIER), cases, Optional.of("b")), PLATINUM));
        assertEquals("b", endOf(branch(on(BranchSubject.Kind.TIER), cases, Optional.of("b")), STANDARD));
    }

    @Test
    void shouldBranchOnLanguageSegmentAndVariables() {
        assertEquals("a", endOf(branch(on(BranchSubject.Kind.LANGUAGE), Map.of("de", "a", "en", "b"), Optional.empty()),
                PLATINUM));
        assertEquals("b", endOf(branch(on(BranchSubject.Kind.SEGMENT), Map.of("seller", "a", "new", "b"),
                Optional.empty()), STANDARD));
        BranchSubject customerName = new BranchSubject(BranchSubject.Kind.VARIABLE, Optional.empty(),
                Optional.of("customer_name"));
        assertEquals("c", endOf(branch(customerName, Map.of("Ida Lang", "c"), Optional.of("a")), PLATINUM));
    }

    @Test
    void shouldBranchOpenWithinBusinessHoursInTheConfiguredZone() {
        Map<String, String> cases = Map.of("open", "a", "closed", "b");
        BranchSubject hours = on(BranchSubject.Kind.BUSINESS_HOURS);

        assertEquals("a", endOf(branch(hours, cases, Optional.empty()).hours(BERLIN_WEEKDAYS)
                .at(Instant.parse("2026-11-23T07:00:00Z")), PLATINUM), "Monday 08:00 in Berlin opens");
        assertEquals("b", endOf(branch(hours, cases, Optional.empty()).hours(BERLIN_WEEKDAYS)
                .at(Instant.parse("2026-11-23T06:59:59Z")), PLATINUM), "Monday 07:59:59 in Berlin is closed");
        assertEquals("b", endOf(branch(hours, cases, Optional.empty()).hours(BERLIN_WEEKDAYS)
                .at(Instant.parse("2026-11-23T19:00:00Z")), PLATINUM), "20:00 closes");
        assertEquals("b", endOf(branch(hours, cases, Optional.empty()).hours(BERLIN_WEEKDAYS)
                .at(Instant.parse("2026-11-24T10:00:00Z")), PLATINUM), "Tuesday has no periods");
        assertEquals("a", endOf(branch(hours, cases, Optional.empty()).at(Instant.parse("2026-11-29T03:00:00Z")),
                PLATINUM), "without business hours it is always open");
    }

    @Test
    void shouldBranchClosedOnAHoliday() {
        FlowHarness harness = branch(on(BranchSubject.Kind.BUSINESS_HOURS), Map.of("open", "a", "closed", "b"),
                Optional.empty()).hours(BERLIN_WEEKDAYS).at(Instant.parse("2026-12-28T10:00:00Z"));

        assertEquals("b", endOf(harness, PLATINUM), "a Monday that is a holiday");
    }

    @Test
    void shouldTakeTheLargestWaitCaseNotAboveTheEstimate() {
        Map<String, String> cases = Map.of("1m", "a", "5m", "b", "0s", "c");
        BranchSubject estimate = on(BranchSubject.Kind.WAIT_ESTIMATE);

        assertEquals("c", endOf(branch(estimate, cases, Optional.empty()).insight(status(59_999, 1)), PLATINUM));
        assertEquals("a", endOf(branch(estimate, cases, Optional.empty()).insight(status(60_000, 1)), PLATINUM));
        assertEquals("b", endOf(branch(estimate, cases, Optional.empty()).insight(status(3_600_000, 1)), PLATINUM));
    }

    @Test
    void shouldBranchOnAgentsAvailable() {
        Map<String, String> cases = Map.of("yes", "a", "no", "b");
        BranchSubject agents = on(BranchSubject.Kind.AGENTS_AVAILABLE);

        assertEquals("a", endOf(branch(agents, cases, Optional.empty()).insight(status(0, 2)), PLATINUM));
        assertEquals("b", endOf(branch(agents, cases, Optional.empty()).insight(status(0, 0)), PLATINUM));
    }

    @Test
    void shouldTakeTheDefaultWhenTheQueueInsightDoesNotAnswer() {
        FlowHarness harness = branch(on(BranchSubject.Kind.AGENTS_AVAILABLE), Map.of("yes", "a"), Optional.of("c"))
                .insight(queue -> CompletableFuture.failedFuture(new IllegalStateException("engine busy")));

        assertEquals("c", endOf(harness, PLATINUM));
        assertEquals(List.of("problem branch: no answer about queue 'orders' (java.lang.IllegalStateException: engine busy)"),
                harness.outcomes.starting("problem"));
    }

    @Test
    void shouldFailTheRunWithNoMatchingCaseAndNoDefault() {
        FlowHarness harness = branch(on(BranchSubject.Kind.TIER), Map.of("gold", "a"), Optional.empty());

        FlowExit exit = harness.run(PLATINUM, new ScriptedChannel());

        assertEquals(new FlowExit(IvrExit.FAILED, FlowHarness.FLOW, "branch"), exit);
        assertEquals(List.of("failed test/branch: branch on tier: no case for 'platinum' and no default"),
                harness.handoff.others());
        assertEquals(List.of("left test/branch FAILED"), harness.outcomes.starting("left"));
    }

    private static QueueInsight status(long estimatedWaitMs, int agentsAvailable) {
        return queue -> CompletableFuture.completedFuture(new QueueStatus(estimatedWaitMs, agentsAvailable));
    }
}
