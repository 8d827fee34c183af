package org.acd.server.chaos;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.acd.simulator.load.LoadResult;
import org.acd.simulator.load.LoadRun;

/**
 * Scenario 1: the server process killed with SIGKILL in the middle of the emulator's load, then
 * started again at once on the same journal. The emulator goes on meanwhile: callers on hold keep
 * holding or hang up, agents keep talking, new callers find no FastAGI server and leave; the
 * restarted server replays its journal, logs in to AMI again and matches the calls it replayed with
 * Asterisk's live channels (closing those that ended while it was down). Time to recover runs from
 * the restart to the first agent rung after it. Runs on the caller's thread.
 * <pre>
 *   emulator --FastAGI/AMI--> server #1 --journal--+  kill -9 at a third of the load
 *            --FastAGI/AMI--> server #2 <-replay---+  started at once; ledger reconciled with the journal
 * </pre>
 */
public final class KillNineScenario implements ChaosScenario {

    private static final long START_TIMEOUT_MS = 180_000;
    private static final long ROUTING_TIMEOUT_MS = 60_000;

    private final ChaosLoad load;

    public KillNineScenario(double perSecond, long seconds, long seed) {
        this.load = new ChaosLoad(perSecond, seconds, seed);
    }

    @Override
    public String name() {
        return "kill -9 under emulator load";
    }

    @Override
    public ChaosRow run(Path workDirectory) throws Exception {
        ChaosSite site = ChaosSite.write(workDirectory, load.agents());
        Path journal = workDirectory.resolve("journal");
        AtomicReference<ServerProcess> restarted = new AtomicReference<>();
        AtomicLong replayMs = new AtomicLong();
        AtomicLong routingMs = new AtomicLong();
        try (PrintWriter progress = ChaosLoad.progressLog(workDirectory);
             ServerProcess first = ServerProcess.start(site, journal, workDirectory.resolve("server-1.log"), true)) {
            first.awaitServing(START_TIMEOUT_MS);
            LoadRun run = new LoadRun(load.profile(), site.loadTarget(), journal, progress)
                    .withFault(load.seconds() * 1000 / 3, emulator -> {
                        progress.println("chaos: kill -9 of the server, pid " + first.pid());
                        first.killHard();
                        long originatesBefore = emulator.originatesReceived();
                        ServerProcess second = ServerProcess.start(site, journal,
                                workDirectory.resolve("server-2.log"), false);
                        restarted.set(second);
                        replayMs.set(second.awaitReplayed(START_TIMEOUT_MS));
                        routingMs.set(second.awaitFirstRing(emulator, originatesBefore, ROUTING_TIMEOUT_MS));
                        progress.println("chaos: restarted as pid " + second.pid() + ": journal replayed "
                                + replayMs.get() + " ms after start, first agent rung " + routingMs.get()
                                + " ms after start");
                    });
            LoadResult result = run.run(Duration.ofMinutes(3), Duration.ofMinutes(2));
            result.printTo(progress);
            return ChaosLoad.row(name(), result, Duration.ofMillis(routingMs.get()),
                    "journal replayed " + replayMs.get() + " ms after the restart");
        } finally {
            ServerProcess second = restarted.get();
            if (second != null) {
                second.close();
            }
        }
    }
}
