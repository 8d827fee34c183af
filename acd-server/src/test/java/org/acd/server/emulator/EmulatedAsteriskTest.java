package org.acd.server.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import net.openhft.chronicle.bytes.MethodReader;
import org.acd.core.journal.Journal;
import org.acd.core.journal.JournalDurability;
import org.acd.core.reporting.JournalKpis;
import org.acd.core.reporting.KpiReport;
import org.acd.core.reporting.KpiThresholds;
import org.acd.core.runtime.RuntimeOptions;
import org.acd.core.testing.RecordedOutcomes;
import org.acd.core.view.AgentView;
import org.acd.server.telephony.AcdServer;
import org.acd.server.telephony.LabConfig;
import org.acd.simulator.emulator.AmiCredentials;
import org.acd.simulator.emulator.AsteriskEmulator;
import org.acd.simulator.emulator.CallerArrivals;
import org.acd.simulator.emulator.CallerOutcome;
import org.acd.simulator.emulator.LedgerCall;
import org.acd.simulator.emulator.PhoneBehaviour;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server (AcdServer with the telephony adapter, unchanged) against the wire-level
 * Asterisk emulator: AMI login and resync, trunk callers through the inbound FastAGI session,
 * agents rung by Originate, bridged by the agent-answered session, RONA on a phone that never
 * answers, and abandons. The journal must account for every call the emulator's callers made.
 */
final class EmulatedAsteriskTest {

    private static final String SECRET = "emulated-secret";
    private static final LabConfig CONFIG = new LabConfig(Duration.ofSeconds(1), Duration.ZERO, List.of("5550100"));
    private static final Map<String, PhoneBehaviour> PHONES = Map.of(
            "PJSIP/agent1", PhoneBehaviour.answering(50, 200),
            "PJSIP/agent2", PhoneBehaviour.answering(100, 300),
            "PJSIP/agent3", PhoneBehaviour.answering(150, 250),
            "PJSIP/agent4", PhoneBehaviour.answering(80, 400),
            "PJSIP/agent5", PhoneBehaviour.neverAnswering(),
            "PJSIP/agent6", PhoneBehaviour.unreachable());

    @TempDir
    Path directory;

    @Test
    void shouldJournalEveryEmulatedCallerAsAnsweredOrAbandonedExactlyOnce() throws Exception {
        Path secretFile = Files.writeString(directory.resolve("ami-secret"), SECRET);
        Path journal = directory.resolve("journal");
        try (AsteriskEmulator emulator = AsteriskEmulator.start(0, new AmiCredentials("acd", SECRET), PHONES);
             AcdServer server = AcdServer.start(CONFIG.routing(), CONFIG.telephony(0, emulator.amiPort(), secretFile),
                     RuntimeOptions.defaults(journal))) {
            emulator.routeAgiTo(server.adapter().agiPort());
            await("AMI logged in and every phone's state read", () -> server.adapter().amiConnected()
                    && agent(server, "agent1").deviceReachable() && !agent(server, "agent6").deviceReachable());
            long nowMs = System.currentTimeMillis();
            for (String agentId : List.of("agent1", "agent2", "agent3", "agent4", "agent5")) {
                server.runtime().events().agentLoggedIn(nowMs, agentId);
                server.runtime().events().agentReady(nowMs, agentId);
            }

            emulator.place(CallerArrivals.poisson(7, 20, 50, "1", 3_000));
            List<LedgerCall> calls = emulator.ledger().settled().get(60, TimeUnit.SECONDS);

            Set<Long> bridged = idsOf(calls, CallerOutcome.ANSWERED);
            Set<Long> hungUpWaiting = idsOf(calls, CallerOutcome.ABANDONED);
            assertEquals(50, calls.size(), "every placed call ended");
            assertEquals(50, bridged.size() + hungUpWaiting.size(), "every caller was answered or abandoned: " + calls);
            assertTrue(!bridged.isEmpty() && !hungUpWaiting.isEmpty(), "the load both answers and abandons: " + calls);
            await("the journal holds an end for every call", () -> ended(outcomes(journal)) == calls.size());

            RecordedOutcomes outcomes = outcomes(journal);
            Set<Long> answered = journalIds(outcomes, "answered ");
            Set<Long> abandoned = journalIds(outcomes, "abandoned ");
            Set<Long> leftBeforeBridge = new TreeSet<>(answered);
            leftBeforeBridge.removeAll(bridged);
            for (long callId : leftBeforeBridge) {
                assertTrue(hungUpWaiting.contains(callId) && outcomes.matching("completed " + callId + " ").stream()
                                .allMatch(line -> line.endsWith("endedBy=CALLER")),
                        "call " + callId + " journaled answered: its caller hung up after the agent picked up, "
                                + "before the bridge\n" + outcomes.lines());
            }
            Set<Long> answeredOrLeftBeforeBridge = new TreeSet<>(bridged);
            answeredOrLeftBeforeBridge.addAll(leftBeforeBridge);
            Set<Long> abandonedInQueue = new TreeSet<>(hungUpWaiting);
            abandonedInQueue.removeAll(leftBeforeBridge);
            assertEquals(answeredOrLeftBeforeBridge, answered, "answered calls, ledger vs journal");
            assertEquals(abandonedInQueue, abandoned, "abandoned calls, ledger vs journal");
            assertEquals(answered, journalIds(outcomes, "completed "), "every answered call completed");
            assertTrue(!outcomes.matching("rona ").isEmpty(), "agent5's phone rang out at least once");
            KpiReport kpis = JournalKpis.read(journal, KpiThresholds.DEFAULTS, 0).overall();
            assertEquals(50, kpis.offered());
            assertEquals(answered.size(), kpis.answered());
            assertEquals(abandoned.size(), kpis.abandoned());
        }
    }

    private static Set<Long> idsOf(List<LedgerCall> calls, CallerOutcome outcome) {
        return calls.stream().filter(c -> c.outcome() == outcome).map(LedgerCall::acdCallId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The call ids of the journal lines starting with {@code prefix}; fails on a call journaled twice. */
    private static Set<Long> journalIds(RecordedOutcomes outcomes, String prefix) {
        List<Long> ids = outcomes.matching(prefix).stream()
                .map(line -> Long.parseLong(line.substring(prefix.length()).split(" ", 2)[0])).toList();
        Set<Long> unique = new TreeSet<>(ids);
        assertEquals(ids.size(), unique.size(), "a call journaled twice as '" + prefix + "': " + ids);
        return unique;
    }

    private static int ended(RecordedOutcomes outcomes) {
        return outcomes.matching("completed ").size() + outcomes.matching("abandoned ").size();
    }

    private static RecordedOutcomes outcomes(Path journal) {
        RecordedOutcomes outcomes = new RecordedOutcomes();
        try (Journal reading = new Journal(journal, JournalDurability.PAGE_CACHE)) {
            MethodReader reader = reading.outcomeTailer().methodReader(outcomes);
            boolean more = true;
            while (more) {
                more = reader.readOne();
            }
        }
        return outcomes;
    }

    private static AgentView agent(AcdServer server, String agentId) {
        try {
            return server.snapshot().get(5, TimeUnit.SECONDS).agents().stream()
                    .filter(a -> a.id().equals(agentId)).findFirst().orElseThrow();
        } catch (Exception e) {
            throw new IllegalStateException("no snapshot from the engine in 5 s", e);
        }
    }

    /** Polls {@code condition} every 50 ms for up to 20 s (the journal and the snapshot have no push API). */
    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("not seen within 20 s: " + what);
            }
            Thread.sleep(50);
        }
    }
}
