package org.acd.benchmarks.lab;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.acd.benchmarks.Flags;
import org.acd.core.runtime.RuntimeOptions;
import org.acd.server.telephony.AcdServer;
import org.acd.server.telephony.LabConfig;
import org.acd.simulator.lab.AsteriskLab;
import org.acd.simulator.sipp.SippAgentPhone;
import org.acd.simulator.sipp.SippProcess;
import org.acd.simulator.sipp.SippTimedCallers;
import org.acd.simulator.sipp.SippTimedCallers.Arrival;
import org.acd.simulator.sipp.SippTrace;

/**
 * {@code ./acd bench lab}: real traffic through the Asterisk lab and this server (FastAGI and AMI).
 * SIPp callers arrive as a Poisson process, key the support digit and wait for Asterisk's BYE up to
 * their own patience; SIPp agent phones answer after a delay and hang up after a handle time. When
 * every caller has ended, SIPp's ledger (its traces) is reconciled with the server's journal report
 * ({@link LabReconciliation}); the run exits 1 when they differ. The lab config has no IVR, so no
 * call is contained in one. Needs the lab provisioned ({@code scripts/asterisk-lab provision}); it
 * starts and stops Asterisk itself, on the lab directory and ports of the ACD_* variables.
 *
 * <pre>
 *   SIPp callers --INVITE, DTMF--> Asterisk --FastAGI/AMI--> AcdServer --journal--> JournalCounts
 *        |                            | Originate                                        |
 *    caller trace                 SIPp agent phones --agent traces--> SippLedger --> LabReconciliation
 * </pre>
 */
public final class BenchLab {

    private static final Duration AMI_CONNECT = Duration.ofSeconds(15);
    private static final Duration JOURNAL_SETTLE = Duration.ofSeconds(30);
    private static final long POLL_MS = 200;

    private BenchLab() {
    }

    public static void main(String[] args) throws Exception {
        Flags flags = Flags.parse(args, List.of("--rate", "--seconds", "--patience-ms", "--handle-ms", "--answer-ms",
                        "--agents", "--seed"), List.of(),
                "acd bench lab [--rate 2] [--seconds 60] [--patience-ms 30000] [--handle-ms 8000] [--answer-ms 1000]"
                        + " [--agents 8] [--seed 1]");
        LabTraffic traffic = new LabTraffic(flags.positiveLong("--rate", 2), flags.positiveLong("--seconds", 60),
                flags.positiveLong("--patience-ms", 30_000), flags.positiveLong("--handle-ms", 8_000),
                flags.positiveLong("--answer-ms", 1_000), (int) flags.positiveLong("--agents", 8),
                flags.positiveLong("--seed", 1));
        PrintStream out = System.out;
        out.println("lab load: " + traffic + "; Asterisk at " + AsteriskLab.SIP_SERVER);
        AsteriskLab lab = AsteriskLab.ofWorkingDirectory();
        lab.stop();
        lab.start();
        boolean passed;
        try {
            passed = run(lab, traffic, out);
        } finally {
            lab.stop();
        }
        System.exit(passed ? 0 : 1);
    }

    private static boolean run(AsteriskLab lab, LabTraffic traffic, PrintStream out) throws Exception {
        Path journal = Files.createTempDirectory("acd-bench-lab-journal");
        Path traces = Files.createTempDirectory("acd-bench-lab-");
        LabConfig config = new LabConfig(Duration.ofSeconds(15), Duration.ZERO, List.of());
        try (AcdServer server = AcdServer.start(config.routing(),
                config.telephony(AsteriskLab.AGI_PORT, AsteriskLab.AMI_PORT, lab.amiSecretFile()),
                RuntimeOptions.defaults(journal))) {
            awaitAmi(server);
            long nowMs = System.currentTimeMillis();
            for (int agent = 1; agent <= traffic.agents(); agent++) {
                server.runtime().events().agentLoggedIn(nowMs, "agent" + agent);
                server.runtime().events().agentReady(nowMs, "agent" + agent);
            }
            SippLedger ledger = placeCalls(lab, traffic, traces, out);
            JournalCounts counts = awaitJournal(journal);
            out.println("journal: " + journal + "; rejected events: " + server.snapshot().get().rejectedEvents());
            LabReconciliation reconciliation = LabReconciliation.of(ledger, 0, counts);
            reconciliation.printTo(out);
            return reconciliation.passed();
        }
    }

    private static SippLedger placeCalls(AsteriskLab lab, LabTraffic traffic, Path traces, PrintStream out)
            throws InterruptedException {
        List<Arrival> arrivals = traffic.arrivals();
        List<SippProcess> phones = new ArrayList<>();
        try {
            for (int agent = 1; agent <= traffic.agents(); agent++) {
                phones.add(SippAgentPhone.answering(agent, traffic.answerMs(), traffic.handleMs())
                        .start(lab.repository(), traces));
            }
            long startNs = System.nanoTime();
            try (SippProcess callers = new SippTimedCallers("callers", arrivals, 0)
                    .start(lab.repository(), traces, AsteriskLab.SIP_SERVER)) {
                callers.awaitExit(LabTraffic.timeout(arrivals));
                out.println("callers done in " + Math.round((System.nanoTime() - startNs) / 1e9) + " s; traces in "
                        + traces);
                return SippLedger.of(callers.trace(), phones.stream().map(SippProcess::trace).toList());
            }
        } finally {
            phones.forEach(SippProcess::close);
        }
    }

    /** The journal once every offered call has ended and a second reading says the same. */
    private static JournalCounts awaitJournal(Path journal) throws InterruptedException {
        long deadline = System.nanoTime() + JOURNAL_SETTLE.toNanos();
        JournalCounts previous = JournalCounts.read(journal);
        while (System.nanoTime() < deadline) {
            Thread.sleep(POLL_MS);
            JournalCounts current = JournalCounts.read(journal);
            if (current.equals(previous) && current.open() == 0) {
                return current;
            }
            previous = current;
        }
        return previous;
    }

    private static void awaitAmi(AcdServer server) throws InterruptedException {
        long deadline = System.nanoTime() + AMI_CONNECT.toNanos();
        while (!server.adapter().amiConnected()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("AMI not connected after " + AMI_CONNECT.toSeconds() + " s");
            }
            Thread.sleep(POLL_MS);
        }
    }
}
