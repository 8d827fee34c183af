package org.acd.server.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import org.acd.config.ConfigLoader;
import org.acd.config.model.AcdConfig;
import org.acd.core.model.RoutingConfig;
import org.acd.core.runtime.AcdRuntime;
import org.acd.core.runtime.RuntimeOptions;
import org.acd.server.admin.AdminServer;
import org.acd.server.admin.AdminSetup;
import org.acd.server.admin.WallboardSettings;

/**
 * One run of the demo: the real routing runtime on a fresh journal, the driver playing callers and
 * agents against it, the console telling what happens, the admin API for acdctl to watch it, and at
 * the end a summary read back from the journal. {@link #start} is called by the thread that runs the demo; {@link #stop} by that thread
 * or by a shutdown hook, whichever comes first. Both hold the session's lock, so a stop that comes
 * during the start waits for it and then undoes it, and the work of stopping is done once.
 */
final class DemoSession {

    private static final LongSupplier WALL_CLOCK = System::currentTimeMillis;
    /** How late the engine's timers (ring timeout, wrap-up, overflow steps, max wait) may fire. */
    private static final long TICK_INTERVAL_MS = 100;
    /** Generous: the pipeline's first answer includes its start-up, slow on a busy machine. */
    private static final long SNAPSHOT_TIMEOUT_MS = 30_000;

    private final Optional<Path> keepJournalIn;
    private final long seed;
    private final PrintWriter out;
    private final Optional<AdminSetup> admin;
    private DemoJournalDirectory journal;
    private AcdRuntime runtime;
    private AdminServer adminServer;
    private DemoDriver driver;
    private DemoConsole console;
    private boolean stopped;
    private DemoResult result;

    /**
     * A run of the retail demo, its journal in {@code keepJournalIn} (a new or empty directory) or,
     * when empty, in a temporary directory that {@link #stop} deletes, with the admin API when
     * {@code admin} is given. Nothing starts yet.
     */
    public DemoSession(Optional<Path> keepJournalIn, long seed, PrintWriter out, Optional<AdminSetup> admin) {
        this.keepJournalIn = keepJournalIn;
        this.seed = seed;
        this.out = out;
        this.admin = admin;
    }

    /**
     * Opens the journal, starts the runtime, the admin API, the console and the driver; does nothing
     * once stopped.
     *
     * @throws AdminServer.CannotListenException when the admin API's address is taken
     */
    public synchronized void start() throws InterruptedException {
        if (stopped) {
            return;
        }
        journal = keepJournalIn.map(DemoJournalDirectory::kept).orElseGet(DemoJournalDirectory::temporary);
        out.println("journal: " + journal.path() + (journal.isKept() ? "" : " (temporary; --journal DIR keeps one)"));
        out.flush();
        AcdConfig retail = ConfigLoader.retailExample();
        RoutingConfig config = retail.routing();
        DemoDriver newDriver = new DemoDriver(config, DemoTraffic.retail(), CallMix.retail(), seed,
                WALL_CLOCK);
        AcdRuntime newRuntime = AcdRuntime.start(config,
                RuntimeOptions.defaults(journal.path()).withWallClockTicks(TICK_INTERVAL_MS), newDriver);
        long startMs;
        DemoConsole newConsole;
        AdminServer newAdminServer = null;
        try {
            // Warm-up first: the pipeline threads make their journal writers as they start, and the
            // console compiles its journal reader. Callers arriving meanwhile would wait, while the
            // clock ticks queued behind them ran their ring timeouts down.
            awaitEverythingPublishedApplied(newRuntime);
            if (admin.isPresent()) {
                newAdminServer = AdminServer.start(admin.get().withWallboard(WallboardSettings.of(retail)), newRuntime,
                        config, journal.path(), WALL_CLOCK);
                out.println("admin API: " + newAdminServer.url() + " (token in " + newAdminServer.tokenFile()
                        + "); watch it with ./acdctl watch");
            }
            out.println();
            out.flush();
            startMs = WALL_CLOCK.getAsLong();
            newConsole = new DemoConsole(journal.path(), newRuntime::snapshot, out, startMs);
            newConsole.start();
        } catch (InterruptedException | RuntimeException e) {
            if (newAdminServer != null) {
                newAdminServer.close();
            }
            newRuntime.close();
            throw e;
        }
        newDriver.start(newRuntime.events(), startMs);
        adminServer = newAdminServer;
        runtime = newRuntime;
        driver = newDriver;
        console = newConsole;
    }

    /** Where the journal is; known once {@link #start} has run. */
    public synchronized Path journalDirectory() {
        return journal.path();
    }

    /**
     * Stops the driver, lets the engine apply what is in flight, closes the runtime, prints the
     * summary read back from the journal, and deletes a temporary journal. Empty when the session
     * never got running (not started, or its start failed); later calls give the same answer.
     */
    public synchronized Optional<DemoResult> stop() {
        if (stopped) {
            return Optional.ofNullable(result);
        }
        stopped = true;
        if (runtime == null) {
            if (journal != null) {
                journal.release();
            }
            return Optional.empty();
        }
        driver.stop();
        try {
            if (adminServer != null) {
                adminServer.close();
            }
            awaitEverythingPublishedApplied(runtime);
            console.stop();
        } finally {
            runtime.close();
        }
        JournalSummary summary = JournalSummary.readFrom(journal.path());
        out.println();
        out.println("Summary, read back from the outcomes journal in " + journal.path() + ":");
        summary.printTo(out);
        journal.release();
        if (journal.isKept()) {
            out.println("The journal stays in " + journal.path() + ".");
        }
        out.flush();
        result = new DemoResult(summary, driver.callsArrived());
        return Optional.of(result);
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
