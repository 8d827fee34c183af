package org.acd.server.chaos;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.acd.simulator.load.LoadResult;
import org.acd.simulator.load.LoadRun;

/**
 * Scenario 5: the journal's disk read-only or full. At start, on a read-only file system and on
 * one with too little room, the server must refuse to start, naming the directory and what to
 * fix, with a non-zero exit status. At run time, under the emulator's load, the journal's file
 * system (a tmpfs) is filled up for a few seconds, then freed; the server is started again on the
 * same journal if the fault ended it, and the ledger must reconcile with the journal. Time to
 * recover runs from the space freed to the first agent rung after. Needs root (tmpfs mounts).
 * Runs on the caller's thread.
 */
public final class DiskFaultScenario implements ChaosScenario {

    private static final long START_TIMEOUT_MS = 180_000;
    private static final long ROUTING_TIMEOUT_MS = 60_000;
    private static final int SMALL_DISK_MIB = 8;
    /** Room for the start's check (256 MiB free) and the load's first third. */
    private static final int DISK_MIB = 300;
    private static final long FULL_FOR_MS = 5_000;

    private final ChaosLoad load;

    public DiskFaultScenario(double perSecond, long seconds, long seed) {
        this.load = new ChaosLoad(perSecond, seconds, seed);
    }

    @Override
    public String name() {
        return "journal disk read-only or full";
    }

    @Override
    public ChaosRow run(Path workDirectory) throws Exception {
        ChaosSite site = refuseBadDisksAtStart(workDirectory);
        AtomicReference<ServerProcess> restarted = new AtomicReference<>();
        AtomicLong recoveryMs = new AtomicLong();
        AtomicReference<String> fate = new AtomicReference<>("");
        // The mount outlives both server processes: a file system still in use cannot be unmounted.
        try (TmpfsMount disk = TmpfsMount.mount(workDirectory.resolve("disk"), DISK_MIB)) {
            try (PrintWriter progress = ChaosLoad.progressLog(workDirectory);
                 ServerProcess first = ServerProcess.start(site, disk.directory().resolve("journal"),
                         workDirectory.resolve("server-1.log"), true)) {
                first.awaitServing(START_TIMEOUT_MS);
                Path journal = disk.directory().resolve("journal");
                LoadRun run = new LoadRun(load.profile(), site.loadTarget(), journal, progress)
                        .withFault(load.seconds() * 1000 / 3, emulator -> {
                            progress.println("chaos: filling the journal's file system");
                            Path filler = disk.fill();
                            Thread.sleep(FULL_FOR_MS);
                            long originatesBefore = emulator.originatesReceived();
                            Files.delete(filler);
                            long freedNs = System.nanoTime();
                            progress.println("chaos: space freed; the server " + (first.isAlive() ? "still runs"
                                    : "exited " + first.awaitExit(0)));
                            if (first.isAlive()) {
                                fate.set("the server kept running");
                                first.awaitFirstRing(emulator, originatesBefore, ROUTING_TIMEOUT_MS);
                            } else {
                                fate.set("the server died (" + lastLine(first) + ") and was restarted");
                                ServerProcess second = ServerProcess.start(site, journal,
                                        workDirectory.resolve("server-2.log"), false);
                                restarted.set(second);
                                second.awaitReplayed(START_TIMEOUT_MS);
                                second.awaitFirstRing(emulator, originatesBefore, ROUTING_TIMEOUT_MS);
                            }
                            recoveryMs.set(Duration.ofNanos(System.nanoTime() - freedNs).toMillis());
                            progress.println("chaos: " + fate.get() + "; first agent rung " + recoveryMs.get()
                                    + " ms after the space was freed");
                        });
                LoadResult result = run.run(Duration.ofMinutes(3), Duration.ofMinutes(2));
                result.printTo(progress);
                return ChaosLoad.row(name(), result, Duration.ofMillis(recoveryMs.get()),
                        "start refused on a read-only and on an 8 MiB file system; disk full for "
                                + FULL_FOR_MS / 1000 + " s under load: " + fate.get());
            } finally {
                if (restarted.get() != null) {
                    restarted.get().close();
                }
            }
        }
    }

    /**
     * The start half of the scenario: the server, given a journal on a read-only and then on a too
     * small file system, must refuse to start both times, naming the directory and what to fix.
     * Returns the contact center it wrote for the servers.
     */
    ChaosSite refuseBadDisksAtStart(Path workDirectory) throws IOException, InterruptedException {
        ChaosSite site = ChaosSite.write(workDirectory, load.agents());
        refusedAtStart(site, workDirectory.resolve("read-only"), true, "Read-only file system");
        refusedAtStart(site, workDirectory.resolve("small"), false, "MiB free");
        return site;
    }

    /** Starts the server with its journal on a tmpfs that is read-only or too small; it must refuse, saying why. */
    private static void refusedAtStart(ChaosSite site, Path mountPoint, boolean readOnly, String expected)
            throws IOException, InterruptedException {
        try (TmpfsMount disk = TmpfsMount.mount(mountPoint, readOnly ? DISK_MIB : SMALL_DISK_MIB)) {
            Path journal = Files.createDirectories(disk.directory().resolve("journal"));
            if (readOnly) {
                disk.makeReadOnly();
            }
            Path log = mountPoint.resolveSibling(mountPoint.getFileName() + ".log");
            try (ServerProcess server = ServerProcess.start(site, journal, log, true)) {
                int status = server.awaitExit(START_TIMEOUT_MS);
                String output = server.output();
                if (status <= 0 || !output.contains("journal directory " + journal)
                        || !output.contains(expected)) {
                    throw new IllegalStateException("with its journal on a " + (readOnly ? "read-only" : "full")
                            + " file system, the server " + (status < 0 ? "is still running" : "exited " + status)
                            + " without naming " + journal + " and '" + expected + "'; its output is in " + log);
                }
            }
        }
    }

    private static String lastLine(ServerProcess server) throws IOException {
        return server.output().lines().filter(line -> !line.isBlank()).reduce((a, b) -> b).orElse("no output");
    }
}
