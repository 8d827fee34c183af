package org.acd.simulator.whatif;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.acd.core.model.AgentConfig;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.RoutingConfig;
import org.acd.core.model.TierConfig;
import org.acd.core.reporting.JournalKpis;
import org.acd.core.reporting.KpiCalculator;
import org.acd.core.reporting.KpiThresholds;

/**
 * Re-runs a journaled day with other staffing or routing: the journal's calls (arrival, queue,
 * tier), their callers' patience and their talk times, the phones' rings and the agents' logins and
 * breaks, played on the real engine in virtual time with the routing and agents given, and the KPIs
 * of both computed by the same calculator. See {@link CallerDraws} for what is replayed exactly and
 * what is drawn. Called by {@code acd whatif} and tests on the caller's thread; stateless.
 */
public final class WhatIf {

    private WhatIf() {
    }

    /** Reads the outcomes journal in {@code journalDirectory}: what the replay replays. */
    public static ObservedDay observe(Path journalDirectory) {
        return JournalKpis.readInto(journalDirectory, new JournalObserver()).day();
    }

    /**
     * Replays the day journaled in {@code journalDirectory} with {@code routing} and {@code changes},
     * seeding the draws with {@code seed}.
     *
     * @throws IllegalArgumentException when the journal holds no calls, the routing lacks a queue or
     *                                  tier of the journal, or a change cannot apply
     * @throws IllegalStateException    when a call needs a talk time and no conversation in the journal ended
     */
    public static WhatIfResult run(Path journalDirectory, RoutingConfig routing, List<AgentChange> changes,
                                   KpiThresholds thresholds, long seed) {
        ObservedDay day = observe(journalDirectory);
        if (day.calls().isEmpty()) {
            throw new IllegalArgumentException("the journal " + journalDirectory + " holds no calls to replay");
        }
        requireQueuesAndTiers(day, routing);
        ReplayStaffing staffing = ReplayStaffing.of(day, routing, changes);
        KpiCalculator predicted = new KpiCalculator(thresholds);
        new ReplaySimulation(day, staffing.routing(), staffing.presence(), seed, predicted).run();
        List<String> notes = new ArrayList<>(staffing.notes());
        Set<String> missing = new TreeSet<>(day.loggedInMs().keySet());
        routing.agents().stream().map(AgentConfig::id).forEach(missing::remove);
        if (!missing.isEmpty()) {
            notes.add("agents of the journal not in the routing, left out: " + String.join(", ", missing));
        }
        return new WhatIfResult(JournalKpis.read(journalDirectory, thresholds, Long.MIN_VALUE), predicted.summary(),
                day.calls().size(), day.abandons(), day.meanPatienceMs(), day.startMs(), day.endMs(), notes);
    }

    private static void requireQueuesAndTiers(ObservedDay day, RoutingConfig routing) {
        Set<String> queues = new TreeSet<>();
        Set<String> tiers = new TreeSet<>();
        day.calls().forEach(call -> {
            queues.add(call.queueId());
            tiers.add(call.tierId());
        });
        routing.queues().stream().map(QueueConfig::id).forEach(queues::remove);
        routing.tiers().stream().map(TierConfig::id).forEach(tiers::remove);
        if (!queues.isEmpty() || !tiers.isEmpty()) {
            throw new IllegalArgumentException("the routing has no " + (queues.isEmpty() ? "" : "queue " + queues)
                    + (queues.isEmpty() || tiers.isEmpty() ? "" : " and no ") + (tiers.isEmpty() ? "" : "tier " + tiers)
                    + " of the journal's calls");
        }
    }
}
