package org.acd.simulator.load;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.acd.simulator.emulator.AsteriskEmulator;
import org.acd.simulator.emulator.CallLedger;
import org.acd.simulator.emulator.CallerOutcome;
import org.acd.simulator.emulator.CallerPlan;
import org.acd.simulator.emulator.LedgerCall;
import org.acd.simulator.emulator.PhoneBehaviour;

/**
 * One load run against a running ACD: starts the wire-level Asterisk emulator on the target's AMI
 * port, waits for the ACD to log in, places the profile's callers over FastAGI while its agents'
 * phones answer as drawn, waits for the calls to end, then for the ACD's journal to end them too,
 * and reconciles the two. Runs on the caller's thread, which mostly waits; the emulator's threads
 * do the work.
 * <pre>
 *   LoadRun --callers--> AsteriskEmulator --FastAGI / AMI over TCP--> ACD --> journal
 *      ^                      |                                                 |
 *      +-- CallLedger --------+                        JournalCalls <-----------+
 *                  \------------> Reconciliation <--------/
 * </pre>
 */
public final class LoadRun {

    private static final long SAMPLE_PERIOD_MS = 100;
    private static final long PROGRESS_PERIOD_MS = 5_000;
    private static final long POLL_MS = 50;

    private final LoadProfile profile;
    private final LoadTarget target;
    private final Path journal;
    private final PrintWriter progress;
    private final long faultAtMs;
    private final LoadFault fault;
    private final long warmupMs;

    /**
     * @param journal  the ACD's journal directory, read at the end
     * @param progress where to tell what the run is doing while it runs
     */
    public LoadRun(LoadProfile profile, LoadTarget target, Path journal, PrintWriter progress) {
        this(profile, target, journal, progress, Long.MAX_VALUE, null, 0);
    }

    private LoadRun(LoadProfile profile, LoadTarget target, Path journal, PrintWriter progress, long faultAtMs,
                    LoadFault fault, long warmupMs) {
        this.profile = profile;
        this.target = target;
        this.journal = journal;
        this.progress = progress;
        this.faultAtMs = faultAtMs;
        this.fault = fault;
        this.warmupMs = warmupMs;
    }

    /** The same run with {@code fault} injected {@code atMs} after the first arrival is due (before the last). */
    public LoadRun withFault(long atMs, LoadFault fault) {
        return new LoadRun(profile, target, journal, progress, atMs, fault, warmupMs);
    }

    /**
     * The same run with its FastAGI turnarounds measured only after the first {@code warmup} of the
     * arrivals: the server's class loading and JIT compilation stay out of the steady-state figures
     * (the warm-up's own turnarounds are reported apart). Every call is still reconciled.
     */
    public LoadRun withWarmup(Duration warmup) {
        return new LoadRun(profile, target, journal, progress, faultAtMs, fault, warmup.toMillis());
    }

    /**
     * Runs the load and returns what it measured.
     *
     * @param connectTimeout how long to wait for the ACD's AMI login before failing
     * @param drainTimeout   how long calls may go on after the last arrival before the run stops waiting
     * @throws IllegalStateException when the ACD did not log in within {@code connectTimeout}, its
     *                               journal has no outcomes queue at the end, or the fault failed
     */
    public LoadResult run(Duration connectTimeout, Duration drainTimeout) throws InterruptedException {
        Map<String, PhoneBehaviour> phones = new HashMap<>();
        target.agentDevices().forEach(device -> phones.put(device, PhoneBehaviour.answering(0, 1)));
        TurnaroundRecorder turnarounds = new TurnaroundRecorder();
        List<CallerPlan> callers = LoadCallers.draw(profile);
        try (AsteriskEmulator emulator = AsteriskEmulator.start(target.amiPort(), target.credentials(), phones,
                new DrawnRings(profile), turnarounds)) {
            emulator.routeAgiTo(target.agiPort());
            awaitAmiLogin(emulator, connectTimeout);
            CallLedger ledger = emulator.ledger();
            long cpuStartNs = processCpuNs();
            long startMs = System.currentTimeMillis();
            long windowMs = callers.isEmpty() ? 0 : callers.get(callers.size() - 1).atMs();
            progress.printf(Locale.ROOT, "load: placing %d calls over %.1f s (%.1f/s offered)%n", callers.size(),
                    windowMs / 1000.0, profile.perSecond());
            progress.flush();
            Concurrency liveCalls;
            Concurrency openSessions;
            long placed;
            try (ConcurrencySampler sampler = new ConcurrencySampler(
                    () -> ledger.placedCalls() - ledger.endedCount(), turnarounds::openSessions, SAMPLE_PERIOD_MS)) {
                emulator.place(callers);
                awaitArrivals(startMs + windowMs, ledger, turnarounds, startMs, emulator);
                placed = ledger.placedCalls();
                liveCalls = sampler.liveCalls();
                openSessions = sampler.openSessions();
            }
            List<LedgerCall> ended = awaitCallsEnded(ledger, drainTimeout, callers.size());
            long stillLive = callers.size() - ended.size();
            JournalCalls journalCalls = awaitJournal(ended, startMs);
            Reconciliation reconciliation = Reconciliation.of(ended, stillLive, journalCalls);
            long cpuMs = TimeUnit.NANOSECONDS.toMillis(processCpuNs() - cpuStartNs);
            return new LoadResult(profile.perSecond(), placed, windowMs, liveCalls, openSessions,
                    turnarounds.byScript(), turnarounds.all(), warmupMs, turnarounds.warmup(), cpuMs,
                    System.currentTimeMillis() - startMs, reconciliation);
        }
    }

    private void awaitAmiLogin(AsteriskEmulator emulator, Duration timeout) throws InterruptedException {
        progress.println("load: waiting for the server to log in to AMI on 127.0.0.1:" + emulator.amiPort()
                + " (FastAGI calls go to 127.0.0.1:" + target.agiPort() + ")");
        progress.flush();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (emulator.amiLogins() == 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the server did not log in to AMI on 127.0.0.1:" + emulator.amiPort()
                        + " within " + timeout.toSeconds() + " s: is it running, with asterisk.ami at that port and"
                        + " the same user and secret?");
            }
            Thread.sleep(POLL_MS);
        }
    }

    private void awaitArrivals(long untilMs, CallLedger ledger, TurnaroundRecorder turnarounds, long startMs,
                               AsteriskEmulator emulator) throws InterruptedException {
        long nextProgressMs = startMs + PROGRESS_PERIOD_MS;
        boolean faultDue = fault != null;
        boolean warmingUp = warmupMs > 0;
        long nowMs;
        while ((nowMs = System.currentTimeMillis()) < untilMs) {
            if (warmingUp && nowMs - startMs >= warmupMs) {
                warmingUp = false;
                turnarounds.endWarmup();
            }
            if (faultDue && nowMs - startMs >= faultAtMs) {
                faultDue = false;
                inject(emulator);
                continue;
            }
            Thread.sleep(Math.min(POLL_MS, untilMs - nowMs));
            if (System.currentTimeMillis() >= nextProgressMs) {
                progress.printf(Locale.ROOT, "load: %3d s: %d calls placed, %d live, %d FastAGI sessions open%n",
                        (nextProgressMs - startMs) / 1000, ledger.placedCalls(),
                        ledger.placedCalls() - ledger.endedCount(), turnarounds.openSessions());
                progress.flush();
                nextProgressMs += PROGRESS_PERIOD_MS;
            }
        }
    }

    private void inject(AsteriskEmulator emulator) throws InterruptedException {
        try {
            fault.inject(emulator);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the fault failed: " + e.getMessage(), e);
        }
    }

    private List<LedgerCall> awaitCallsEnded(CallLedger ledger, Duration drainTimeout, int calls)
            throws InterruptedException {
        progress.println("load: all calls placed; waiting up to " + drainTimeout.toSeconds()
                + " s for the last of them to end");
        progress.flush();
        try {
            return ledger.settled().get(drainTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            progress.println("load: " + (calls - ledger.endedCount()) + " calls still live after "
                    + drainTimeout.toSeconds() + " s; reconciling without them");
            progress.flush();
            return ledger.endedCalls();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the emulator's ledger failed", e.getCause());
        }
    }

    /** Reads the journal until it has ended every queued call of the ledger, for up to the journal timeout. */
    private JournalCalls awaitJournal(List<LedgerCall> ended, long sinceMs) throws InterruptedException {
        if (!Files.isDirectory(journal.resolve("outcomes"))) {
            throw new IllegalStateException("no outcomes journal in " + journal + ": give the server's --journal"
                    + " directory");
        }
        long queued = ended.stream().filter(call -> call.acdCallId() >= 0
                && call.outcome() != CallerOutcome.LEFT_IN_MENU).count();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        JournalCalls calls = JournalCalls.read(journal, sinceMs);
        while ((calls.calls().size() < queued || calls.unfinished() > 0) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            calls = JournalCalls.read(journal, sinceMs);
        }
        return calls;
    }

    private static long processCpuNs() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
