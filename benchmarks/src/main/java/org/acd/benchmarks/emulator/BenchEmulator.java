package org.acd.benchmarks.emulator;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.acd.benchmarks.Flags;
import org.acd.benchmarks.JournalDirectory;
import org.acd.benchmarks.dispatch.ProcessCpu;
import org.acd.config.ConfigLoader;
import org.acd.config.model.AcdConfig;
import org.acd.config.model.AmiConnection;
import org.acd.config.model.AmiSecret;
import org.acd.core.model.AgentConfig;
import org.acd.simulator.emulator.AmiCredentials;
import org.acd.simulator.load.LoadProfile;
import org.acd.simulator.load.LoadResult;
import org.acd.simulator.load.LoadRun;
import org.acd.simulator.load.LoadTarget;
import org.acd.simulator.scenario.Distribution;

/**
 * {@code ./acd bench emulator}: the scale on this machine. Starts {@code acd serve} with
 * {@code benchmarks/load.yaml} (2,200 agents) in a JVM of its own, then plays Asterisk towards it
 * from this JVM with the wire-level emulator ({@code acd load}'s {@link LoadRun}): Poisson callers
 * at {@code --rate} for {@code --seconds}, phones answering after {@code --answer-ms}, agents
 * talking an exponential {@code --handle-ms}, callers holding an exponential {@code --patience-ms}.
 * Prints the load's figures (concurrency, FastAGI turnaround, reconciliation) and the CPU both
 * processes used. Exit status 1 when the reconciliation fails.
 * <pre>
 *   this JVM: LoadRun -> AsteriskEmulator --FastAGI (TCP)--> server JVM: acd serve --> journal
 *                              AMI server <--AMI login, actions (TCP)--+          |
 *             Reconciliation <------------------------------ reads ---------------+
 * </pre>
 */
public final class BenchEmulator {

    private static final String USAGE = "acd bench emulator [--rate 200] [--seconds 60] [--warmup-seconds 10]"
            + " [--handle-ms 9000] [--answer-ms 1000] [--patience-ms 120000] [--seed 1]";

    private BenchEmulator() {
    }

    public static void main(String[] args) throws Exception {
        Flags flags = Flags.parse(args, List.of("--rate", "--seconds", "--warmup-seconds", "--handle-ms", "--answer-ms",
                "--patience-ms", "--seed"), List.of(), USAGE);
        long rate = flags.positiveLong("--rate", 200);
        long seconds = flags.positiveLong("--seconds", 60);
        long warmupSeconds = flags.nonNegativeLong("--warmup-seconds", 10);
        LoadProfile profile = new LoadProfile(rate, (warmupSeconds + seconds) * 1000, Long.MAX_VALUE, List.of("1"),
                new Distribution.Exponential(flags.positiveLong("--patience-ms", 120_000)),
                new Distribution.Exponential(flags.positiveLong("--handle-ms", 9_000)),
                new Distribution.Fixed(flags.positiveLong("--answer-ms", 1_000)), 0, 5_000,
                flags.positiveLong("--seed", 1));
        Path config = loadConfig();
        AcdConfig loaded = ConfigLoader.load(config);
        AmiConnection ami = loaded.asterisk().orElseThrow();
        String secretVariable = ((AmiSecret.FromEnvironment) ami.secret()).variable();
        String secret = UUID.randomUUID().toString();
        List<String> phones = loaded.routing().agents().stream().map(AgentConfig::endpoint).toList();
        LoadTarget target = new LoadTarget(loaded.server().agi().port(), ami.port(),
                new AmiCredentials(ami.username(), secret), phones);

        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        out.printf(Locale.ROOT, "emulator load: %s, %d agents; %d calls/s for %d s of warm-up then %d s measured; answer"
                        + " after %d ms, handle time exponential mean %d ms, patience exponential mean %d ms%n", config,
                phones.size(), rate, warmupSeconds, seconds, flags.positiveLong("--answer-ms", 1_000), flags.positiveLong("--handle-ms", 9_000),
                flags.positiveLong("--patience-ms", 120_000));
        out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, load average at start "
                + loadAverage());
        JournalDirectory workDirectory = JournalDirectory.create();
        Path work = workDirectory.path();
        boolean passed;
        try (ServerProcess server = ServerProcess.start(config, work.resolve("journal"), work, secretVariable,
                secret)) {
            server.awaitServing(180_000);
            out.println("server: pid " + server.pid() + ", output in " + server.log());
            double serverCpuBefore = ProcessCpu.secondsUsed(server.pid());
            SchedulerTime serverBefore = SchedulerTime.of(server.pid());
            SchedulerTime emulatorBefore = SchedulerTime.of(ProcessHandle.current().pid());
            LoadResult result = new LoadRun(profile, target, work.resolve("journal"), out)
                    .withWarmup(Duration.ofSeconds(warmupSeconds))
                    .run(Duration.ofSeconds(60), Duration.ofMinutes(10));
            double serverCpu = ProcessCpu.secondsUsed(server.pid()) - serverCpuBefore;
            SchedulerTime serverThreads = SchedulerTime.of(server.pid()).since(serverBefore);
            SchedulerTime emulatorThreads = SchedulerTime.of(ProcessHandle.current().pid()).since(emulatorBefore);
            result.printTo(out);
            out.printf(Locale.ROOT, "server CPU: %.1f s during the run (%.0f%% of one core over %.1f s)%n", serverCpu,
                    100 * serverCpu / (result.runMs() / 1000.0), result.runMs() / 1000.0);
            printWaiting(out, "server", serverThreads);
            printWaiting(out, "emulator", emulatorThreads);
            out.println("machine: load average at the end " + loadAverage());
            passed = result.reconciliation().passed();
        }
        if (passed) {
            workDirectory.close();
        } else {
            out.println("the server's journal and output stay in " + work + " for a look");
        }
        System.exit(passed ? 0 : 1);
    }
    private static void printWaiting(PrintWriter out, String process, SchedulerTime threads) {
        out.printf(Locale.ROOT, "%s threads: %.1f s on a CPU, %.1f s runnable but waiting for one%n", process,
                threads.onCpuNs() / 1e9, threads.waitingNs() / 1e9);
    }

    /** benchmarks/load.yaml, found from where this class was loaded (benchmarks/target/classes). */
    private static Path loadConfig() throws URISyntaxException {
        Path classes = Path.of(BenchEmulator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return classes.getParent().getParent().resolve("load.yaml");
    }

    private static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2] + " (1, 5, 15 min)";
    }
}
