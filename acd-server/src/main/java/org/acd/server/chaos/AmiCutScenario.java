package org.acd.server.chaos;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.acd.simulator.load.LoadResult;
import org.acd.simulator.load.LoadRun;

/**
 * Scenario 3: Asterisk's side of the connections breaks in the middle of the emulator's load. The
 * manager interface goes away for a few seconds (every AMI connection dropped, new ones refused, as
 * while Asterisk restarts) and some FastAGI sessions are cut mid-flow. Calls go on meanwhile: callers
 * hang up, agents finish talking, and no AMI event tells the server. The adapter must keep every
 * phone unroutable while AMI is down, reconnect with its backoff, resynchronise (closing the calls
 * that ended unseen) and route again; a caller whose session was cut is left in the menu or holds,
 * as Asterisk's dialplan has it. Time to recover runs from AMI listening again to the first agent
 * rung after it. Runs on the caller's thread.
 *
 * <p>A cut can fall on an agent's {@code agent-answered} session between the answer and the bridge:
 * the agent's leg then ends unbridged while the engine counts the call answered, and the caller goes
 * on holding; the reconciliation reports it (docs/benchmarks.md). Cutting no session leaves that out.
 */
public final class AmiCutScenario implements ChaosScenario {

    private static final long START_TIMEOUT_MS = 180_000;
    private static final long ROUTING_TIMEOUT_MS = 60_000;
    private static final long DOWN_FOR_MS = 5_000;
    /** How many FastAGI sessions {@code acd chaos} cuts. */
    public static final int SESSIONS_CUT = 25;
    private static final String FAILED_RING = "could not ring";

    private final ChaosLoad load;
    private final int sessionsToCut;

    /** @param sessionsToCut FastAGI sessions cut when AMI goes down */
    public AmiCutScenario(double perSecond, long seconds, long seed, int sessionsToCut) {
        this.load = new ChaosLoad(perSecond, seconds, seed);
        this.sessionsToCut = sessionsToCut;
    }

    @Override
    public String name() {
        return "AMI down, FastAGI sessions cut";
    }

    @Override
    public ChaosRow run(Path workDirectory) throws Exception {
        ChaosSite site = ChaosSite.write(workDirectory, load.agents());
        Path journal = workDirectory.resolve("journal");
        AtomicInteger cut = new AtomicInteger();
        AtomicLong recoveryMs = new AtomicLong();
        try (PrintWriter progress = ChaosLoad.progressLog(workDirectory);
             ServerProcess server = ServerProcess.start(site, journal, workDirectory.resolve("server.log"), true)) {
            server.awaitServing(START_TIMEOUT_MS);
            LoadRun run = new LoadRun(load.profile(), site.loadTarget(), journal, progress)
                    .withFault(load.seconds() * 1000 / 3, emulator -> {
                        emulator.amiDown();
                        cut.set(emulator.cutAgiSessions(sessionsToCut));
                        progress.println("chaos: AMI down for " + DOWN_FOR_MS + " ms; " + cut.get()
                                + " FastAGI sessions cut");
                        Thread.sleep(DOWN_FOR_MS);
                        long originatesBefore = emulator.originatesReceived();
                        emulator.amiBack();
                        long backNs = System.nanoTime();
                        server.awaitFirstRing(emulator, originatesBefore, ROUTING_TIMEOUT_MS);
                        recoveryMs.set(Duration.ofNanos(System.nanoTime() - backNs).toMillis());
                        progress.println("chaos: AMI back; first agent rung " + recoveryMs.get() + " ms later");
                    });
            LoadResult result = run.run(Duration.ofMinutes(3), Duration.ofMinutes(2));
            result.printTo(progress);
            long failedRings = server.output().lines().filter(line -> line.contains(FAILED_RING)).count();
            return ChaosLoad.row(name(), result, Duration.ofMillis(recoveryMs.get()),
                    "AMI down " + DOWN_FOR_MS / 1000 + " s, " + cut.get() + " FastAGI sessions cut; " + failedRings
                            + " rings failed");
        }
    }
}
