package org.acd.server.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import org.acd.config.model.AcdConfig;
import org.acd.core.reporting.IvrFlowFigures;
import org.acd.core.reporting.IvrTally;
import org.acd.core.runtime.AcdRuntime;
import org.acd.core.runtime.RuntimeOptions;
import org.acd.server.admin.AdminServer;
import org.acd.server.admin.AdminSetup;
import org.acd.server.admin.WallboardSettings;
import org.acd.server.telephony.AcdServer;
import org.acd.simulator.emulator.AsteriskEmulator;
import org.acd.simulator.emulator.LedgerCall;
import org.acd.simulator.emulator.LiveCall;

/**
 * One run of the demo: the server process as {@code acd serve} wires it (FastAGI server, AMI
 * client, IVR, routing runtime and journals, admin API) on config/examples/retail.yaml, with the
 * simulator's wire-level Asterisk emulator as its Asterisk over TCP on 127.0.0.1: emulated trunk
 * callers who key the IVR, and agents at emulated phones. The console tells what happens; at the
 * end a summary is read back from the outcomes and IVR journals and matched with the emulator's
 * ledger.
 *
 * <p>{@link #start} is called by the thread that runs the demo; {@link #stop} by that thread or by
 * a shutdown hook, whichever comes first. Both hold the session's lock, so a stop that comes during
 * the start waits for it and then undoes it, and the work of stopping is done once.
 */
final class DemoSession {

    private static final LongSupplier WALL_CLOCK = System::currentTimeMillis;
    /** Generous: the pipeline's first answer includes its start-up, slow on a busy machine. */
    private static final long SNAPSHOT_TIMEOUT_MS = 30_000;
    /**
     * Once the emulator holds still, what it sent last (a hang-up, an answer) can still be on the
     * wire or in the server's queues: the journal is read again until it agrees with the ledger,
     * this long at most (a disagreement that stays is reported).
     */
    private static final long SETTLE_TIMEOUT_MS = 5_000;
    private static final long SETTLE_POLL_MS = 50;

    private final Optional<Path> keepJournalIn;
    private final long seed;
    private final PrintWriter out;
    private final Optional<AdminSetup> admin;
    private final DemoTraffic traffic;
    private DemoJournalDirectory journal;
    private AsteriskEmulator emulator;
    private AcdServer server;
    private AdminServer adminServer;
    private DemoConsole console;
    private boolean stopped;
    private DemoResult result;

    /**
     * A run of the retail demo with {@code traffic}, its journal in {@code keepJournalIn} (a new or
     * empty directory) or, when empty, in a temporary directory that {@link #stop} deletes, with the
     * admin API when {@code admin} is given. Nothing starts yet.
     */
    DemoSession(Optional<Path> keepJournalIn, long seed, PrintWriter out, Optional<AdminSetup> admin,
                DemoTraffic traffic) {
        this.keepJournalIn = keepJournalIn;
        this.seed = seed;
        this.out = out;
        this.admin = admin;
        this.traffic = traffic;
    }

    /**
     * Starts the emulator and the server, links them, starts the admin API and the console, logs
     * the agents in from their phones and lets callers arrive; does nothing once stopped.
     *
     * @throws AdminServer.CannotListenException when the admin API's address is taken
     */
    synchronized void start() throws InterruptedException {
        if (stopped) {
            return;
        }
        journal = keepJournalIn.map(DemoJournalDirectory::kept).orElseGet(DemoJournalDirectory::temporary);
        out.println("journal: " + journal.path() + (journal.isKept() ? "" : " (temporary; --journal DIR keeps one)"));
        out.flush();
        AcdConfig config = DemoConfiguration.retail();
        CallMix mix = CallMix.retail(config);
        EmulatedTelephony telephony = new EmulatedTelephony(config);
        try {
            // The console's journal readers first, whose code Chronicle compiles meanwhile: slow on
            // a busy machine, and better done before the clock of the demo starts.
            console = new DemoConsole(journal.path(), () -> server.snapshot(), out);
            console.open();
            emulator = AsteriskEmulator.startWithAgents(0, telephony.credentials(),
                    DemoAgents.habitsByPhone(config.routing(), traffic.agents()), seed);
            server = AcdServer.start(config.routing(), telephony.settings(emulator.amiPort()),
                    RuntimeOptions.defaults(journal.path()));
            emulator.routeAgiTo(server.adapter().agiPort());
            DemoAgents.awaitPhonesSeen(server, config.routing());
            if (admin.isPresent()) {
                adminServer = AdminServer.start(admin.get().withWallboard(WallboardSettings.of(config)),
                        server.runtime(), config.routing(), journal.path(), WALL_CLOCK);
            }
            out.println("Asterisk (emulated): AMI on 127.0.0.1:" + emulator.amiPort() + "; the server's FastAGI on "
                    + "127.0.0.1:" + server.adapter().agiPort());
            if (adminServer != null) {
                out.println("admin API: " + adminServer.url() + " (token in " + adminServer.tokenFile()
                        + "); watch it with ./acdctl watch");
            }
            out.println();
            out.flush();
            console.start(WALL_CLOCK.getAsLong());
        } catch (InterruptedException | RuntimeException e) {
            closeAll();
            journal.release();
            stopped = true;
            throw e;
        }
        emulator.logInAgents();
        emulator.placeEach(new DemoCallers(traffic, mix, seed));
    }

    /** Where the journal is; known once {@link #start} has run. */
    synchronized Path journalDirectory() {
        return journal.path();
    }

    /**
     * Stops the callers and agents where they are, lets the server apply what is in flight, stops
     * it, prints the summary read back from the journal and its match with the emulator's ledger,
     * and deletes a temporary journal. Empty when the session never got running (not started, or
     * its start failed); later calls give the same answer.
     */
    synchronized Optional<DemoResult> stop() throws InterruptedException {
        if (stopped) {
            return Optional.ofNullable(result);
        }
        stopped = true;
        if (server == null) {
            if (journal != null) {
                journal.release();
            }
            return Optional.empty();
        }
        List<LedgerCall> ended;
        List<LiveCall> live;
        try {
            emulator.holdStill();
            awaitJournalAgreeingWithLedger();
            if (adminServer != null) {
                adminServer.close();
                adminServer = null;
            }
            awaitEverythingPublishedApplied(server.runtime());
            console.stop();
            console = null;
            server.close();
            server = null;
            ended = emulator.ledger().endedCalls();
            live = emulator.liveCalls();
        } finally {
            closeAll();
        }
        JournalSummary summary = JournalSummary.readFrom(journal.path());
        IvrFlowFigures ivr = IvrTally.read(journal.path()).total();
        LedgerReconciliation ledger = LedgerReconciliation.of(summary, IvrJournalCalls.readFrom(journal.path()),
                ended, live);
        out.println();
        out.println("Summary, read back from the outcomes journal in " + journal.path() + ":");
        summary.printTo(out);
        out.println("The IVR, read back from its journal:");
        out.printf(Locale.ROOT, "  calls entered            %5d%n", ivr.entered());
        out.printf(Locale.ROOT, "  contained (self-service) %5d   containment %.0f%%%n", ivr.contained(),
                ivr.entered() == 0 ? 0 : 100 * ivr.containment());
        out.printf(Locale.ROOT, "  queued                   %5d%n", ivr.queued());
        out.printf(Locale.ROOT, "  hung up in the IVR       %5d%n", ivr.abandoned());
        out.println("Matched call by call with the emulator's ledger (what its callers went through):");
        ledger.printTo(out);
        journal.release();
        if (journal.isKept()) {
            out.println("The journal stays in " + journal.path() + ".");
        }
        out.flush();
        result = new DemoResult(summary, ivr, ledger);
        return Optional.of(result);
    }

    /** Returns once what the emulator sent has been journaled as its ledger says, or after the settle timeout. */
    private void awaitJournalAgreeingWithLedger() throws InterruptedException {
        long deadlineNs = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SETTLE_TIMEOUT_MS);
        while (System.nanoTime() < deadlineNs) {
            List<LedgerCall> ended = emulator.ledger().endedCalls();
            List<LiveCall> live = emulator.liveCalls();
            awaitEverythingPublishedApplied(server.runtime());
            if (LedgerReconciliation.of(JournalSummary.readFrom(journal.path()),
                    IvrJournalCalls.readFrom(journal.path()), ended, live).reconciled()) {
                return;
            }
            Thread.sleep(SETTLE_POLL_MS);
        }
    }

    /** Closes what is still open, the server before its Asterisk. */
    private void closeAll() {
        if (console != null) {
            console.stop();
        }
        if (adminServer != null) {
            adminServer.close();
        }
        if (server != null) {
            server.close();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    /**
     * Returns once the engine has applied, and journaled the outcomes of, every event published so
     * far: a snapshot query travels through the ring behind them.
     */
    private static void awaitEverythingPublishedApplied(AcdRuntime runtime) {
        try {
            runtime.snapshot().get(SNAPSHOT_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the routing engine did not answer within " + SNAPSHOT_TIMEOUT_MS
                    + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the routing engine", e);
        }
    }
}
