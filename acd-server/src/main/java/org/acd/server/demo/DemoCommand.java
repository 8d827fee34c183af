package org.acd.server.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.acd.server.DurationConverter;
import org.acd.server.StopOnCtrlC;
import org.acd.server.admin.AdminOptions;
import org.acd.server.admin.AdminServer;
import org.acd.server.admin.AdminSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code acd demo}: runs the retail demo until its duration is up or Ctrl-C, then prints the
 * summary. Runs on the main thread, which waits while the server's and the emulator's threads
 * work; a shutdown hook stops the demo cleanly when the JVM is ended some other way (SIGTERM).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {
            "Runs an online shop's contact center: the server (FastAGI, AMI, routing engine, journal, admin API) "
                    + "against an emulated Asterisk in this process, over TCP on 127.0.0.1, with emulated callers "
                    + "and agents' phones. No Asterisk needed.",
            "Prints each call's progress and, once a second, a status line (starting with ==); at the end, a "
                    + "summary read back from the journal and matched call by call with the emulator's ledger.",
            "The admin API listens on 127.0.0.1:8089 so that acdctl can watch the demo."})
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--duration", paramLabel = "TIME", converter = DurationConverter.class,
            description = "How long to run, e.g. 90s or 5m (default: until Ctrl-C).")
    private Duration duration;

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed of the callers' and agents' random choices (default: a new one, printed).")
    private Long seed;

    @Option(names = "--journal", paramLabel = "DIR",
            description = "Keep the journal in DIR, a new or empty directory (default: a temporary one, "
                    + "deleted at the end).")
    private Path journal;

    @Mixin
    private AdminOptions admin;

    @Option(names = "--no-admin", description = "Run without the admin API.")
    private boolean noAdmin;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (journal != null) {
            DemoJournalDirectory.whyUnusable(journal).ifPresent(problem -> {
                throw new ParameterException(spec.commandLine(), "Invalid value for option '--journal': " + problem);
            });
        }
        Optional<AdminSetup> adminSetup = noAdmin ? Optional.empty() : Optional.of(admin.setup());
        long seedUsed = seed != null ? seed : ThreadLocalRandom.current().nextLong(1, 1_000_000);
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stopRequested = new CountDownLatch(1);
        StopOnCtrlC.install(stopRequested::countDown);

        printIntroduction(out, seedUsed);
        DemoSession session = new DemoSession(Optional.ofNullable(journal), seedUsed, out, adminSetup,
                DemoTraffic.retail());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopFromHook(session), "acd-demo-shutdown"));
        try {
            session.start();
        } catch (AdminServer.CannotListenException e) {
            throw admin.cannotListen(e);
        }
        if (duration == null) {
            stopRequested.await();
        } else {
            stopRequested.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        }
        session.stop();
        return 0;
    }

    /** The JVM is ending (SIGTERM, or Ctrl-C under -Xrs): stop the demo unless the main thread did. */
    private static void stopFromHook(DemoSession session) {
        try {
            session.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void printIntroduction(PrintWriter out, long seedUsed) {
        out.println("ACD demo: an online shop's contact center, 10 agents, queues orders, returns and billing,");
        out.println("behind the IVR of config/examples/retail.yaml: order status by phone, platinum customers straight");
        out.println("to an agent, everyone else through the menu.");
        out.println("The server is the real one; Asterisk, its trunk callers and the agents' phones are emulated.");
        out.println("seed: " + seedUsed + "    runs " + (duration == null ? "until Ctrl-C"
                : "for " + duration.toString().substring(2).toLowerCase(Locale.ROOT) + " (Ctrl-C stops it sooner)"));
        out.flush();
    }
}
