package org.acd.server.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.acd.config.ConfigLoader;
import org.acd.core.api.AcdCommands;
import org.acd.core.api.CallState;
import org.acd.core.api.ExitAction;
import org.acd.core.reporting.IvrFlowFigures;
import org.acd.core.reporting.IvrTally;
import org.acd.core.runtime.AcdRuntime;
import org.acd.core.runtime.RuntimeOptions;
import org.acd.core.view.EngineSnapshot;
import org.acd.simulator.emulator.AgentHabits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo end to end: the server with FastAGI, AMI and journal against the emulated Asterisk, with
 * a busier and less patient crowd than the real demo's, so that a few seconds show calls contained
 * in the IVR and hung up there, and calls answered, abandoned and rung out (RONA).
 */
final class DemoSessionTest {

    private static final long SEED = 7;
    /**
     * Three callers a second with 3 s of patience, answered after 0.2 to 0.8 s or, one ring in
     * three, not at all (RONA after the configuration's 4 s ring timeout), short talks and breaks.
     */
    private static final DemoTraffic BUSY = new DemoTraffic(3.0, 0, 60_000, 3_000, 1_000, 2_000,
            new AgentHabits(200, 800, 0.3, 1_000, 2_000, 500, 1_000, 20_000, 1_000, 2_000));
    /** Generous: a demo call takes a few seconds, longer on a busy build machine. */
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final long POLL_EVERY_MS = 200;
    private static final long SNAPSHOT_TIMEOUT_S = 30;

    /** A replay issues no commands, and no live event follows it here. */
    private static final AcdCommands NO_COMMANDS_EXPECTED = new AcdCommands() {
        @Override
        public void offerCall(long callId, String agentId, String endpoint) {
            throw new AssertionError("offerCall during replay");
        }

        @Override
        public void cancelOffer(long callId, String agentId) {
            throw new AssertionError("cancelOffer during replay");
        }

        @Override
        public void connectCall(long callId, String agentId) {
            throw new AssertionError("connectCall during replay");
        }

        @Override
        public void exitQueue(long callId, ExitAction action, String target) {
            throw new AssertionError("exitQueue during replay");
        }

        @Override
        public void placeCallback(long callId, String agentId, String endpoint, String numberToCall) {
            throw new AssertionError("placeCallback during replay");
        }

        @Override
        public void announcePosition(long callId, int position, long estimatedWaitSeconds) {
            throw new AssertionError("announcePosition during replay");
        }

        @Override
        public void offerCallback(long callId) {
            throw new AssertionError("offerCallback during replay");
        }
    };

    @TempDir
    Path temp;

    private final StringWriter console = new StringWriter();

    @Test
    void shouldAccountForEveryEmulatedCallerInTheJournal() throws Exception {
        Path journal = temp.resolve("journal");
        DemoSession session = new DemoSession(Optional.of(journal), SEED, new PrintWriter(console, true),
                Optional.empty(), BUSY);
        DemoResult result;
        try {
            session.start();
            awaitEveryKindOfEnding(journal);
        } finally {
            result = session.stop().orElseThrow();
        }
        JournalSummary summary = result.summary();
        LedgerReconciliation ledger = result.ledger();
        EngineSnapshot engine = replayed(journal);

        assertTrue(ledger.reconciled(), () -> ledger.mismatches() + "\n" + console);
        assertTrue(result.ivr().contained() > 0 && result.ivr().abandoned() > 0, console::toString);
        assertEquals(result.ivr().contained(), ledger.containedInIvr(), "contained: IVR report vs matched calls");
        assertTrue(ledger.endedByIvr() >= ledger.containedInIvr(), "the IVR hung up on every contained caller");
        assertEquals(result.ivr().abandoned(), ledger.hungUpInIvr(), "hung up in the IVR: journal vs ledger");
        assertEquals(summary.callsOffered(), result.ivr().queued(), "every queued call came through the IVR");
        assertTrue(summary.callsAnswered() > 0 && summary.callsAbandoned() > 0 && summary.ringNoAnswers() > 0,
                console::toString);
        assertEquals(summary.callsAbandoned(), ledger.hungUpHolding(), "abandoned: journal vs ledger");
        assertEquals(summary.callsAnswered(), ledger.talkedToAgent() + ledger.hungUpAsAnswered(),
                "answered: journal vs ledger");
        assertEquals(0, summary.callsEndedTwice(), "calls with two endings");
        assertEquals(0, summary.eventsRejected(), "events the engine rejected");
        assertEquals(summary.callsOffered(), summary.callsAnswered() + summary.callsAbandoned()
                + summary.callsExited() + summary.callsStillWaiting());
        assertEquals(countCalls(engine, CallState.QUEUED) + countCalls(engine, CallState.OFFERED),
                summary.callsStillWaiting(), "calls the engine still had waiting");
        assertEquals(countCalls(engine, CallState.CONNECTED), summary.callsStillConnected(),
                "calls the engine still had connected");
        String told = console.toString();
        assertTrue(told.contains("logged in") && told.contains("answered   by ") && told.contains("RONA")
                && told.contains("abandoned") && told.contains("== waiting:"), told);
        assertTrue(told.contains(", gold, ") || told.contains(", platinum, "), "a caller the directory knows: " + told);
        assertTrue(told.contains("every call accounted for") && told.contains("containment"), told);
    }

    @Test
    void shouldDeleteATemporaryJournalWhenStopped() throws InterruptedException {
        DemoSession session = new DemoSession(Optional.empty(), SEED, new PrintWriter(console, true),
                Optional.empty(), BUSY);
        session.start();
        Path journal = session.journalDirectory();
        assertTrue(Files.isDirectory(journal.resolve("outcomes")));

        session.stop();

        assertFalse(Files.exists(journal), () -> journal + " still exists");
    }

    private void awaitEveryKindOfEnding(Path journal) throws InterruptedException {
        long deadlineNs = System.nanoTime() + DEADLINE.toNanos();
        while (!seenEveryEnding(journal)) {
            if (System.nanoTime() > deadlineNs) {
                throw new AssertionError("no answer, abandon, RONA, self-service and hang-up in the IVR each within "
                        + DEADLINE + "\n" + console);
            }
            Thread.sleep(POLL_EVERY_MS);
        }
    }

    private static boolean seenEveryEnding(Path journal) {
        JournalSummary summary = JournalSummary.readFrom(journal);
        IvrFlowFigures ivr = IvrTally.read(journal).total();
        return summary.callsAnswered() > 0 && summary.callsAbandoned() > 0 && summary.ringNoAnswers() > 0
                && ivr.contained() > 0 && ivr.abandoned() > 0;
    }

    /** The engine's state at the end of the run, rebuilt from the events journal as a restart would. */
    private static EngineSnapshot replayed(Path journal) throws Exception {
        try (AcdRuntime runtime = AcdRuntime.start(ConfigLoader.retailExample().routing(), RuntimeOptions.defaults(journal),
                NO_COMMANDS_EXPECTED)) {
            return runtime.snapshot().get(SNAPSHOT_TIMEOUT_S, TimeUnit.SECONDS);
        }
    }

    private static long countCalls(EngineSnapshot snapshot, CallState state) {
        return snapshot.calls().stream().filter(call -> call.state() == state).count();
    }
}
