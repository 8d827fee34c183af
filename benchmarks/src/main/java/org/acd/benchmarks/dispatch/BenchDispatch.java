package org.acd.benchmarks.dispatch;

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
import org.acd.simulator.sipp.SippCallers;
import org.acd.simulator.sipp.SippProcess;
import org.acd.simulator.sipp.SippTrace;

/**
 * {@code ./acd bench dispatch}: the same SIPp callers and agent phones on the same Asterisk lab,
 * once through Asterisk's own {@code Queue()} (DID 9000, queues.conf) and once through this server
 * (FastAGI and AMI), one after the other in one run. Prints, for each, the gap between an agent's
 * BYE and that agent's next INVITE while callers wait, the speed of answer, calls answered and lost,
 * and the CPU Asterisk used. Needs the lab provisioned ({@code scripts/asterisk-lab provision}); it
 * starts and stops Asterisk itself.
 */
public final class BenchDispatch {

    private static final String APP_QUEUE_DID = "9000";
    private static final String ACD_DID = "100";

    private BenchDispatch() {
    }

    public static void main(String[] args) throws Exception {
        Flags flags = Flags.parse(args, List.of("--callers", "--per-second", "--agents", "--ring-ms", "--talk-ms"),
                List.of(), "acd bench dispatch [--callers 120] [--per-second 2] [--agents 4] [--ring-ms 200]"
                        + " [--talk-ms 3000]");
        DispatchScenario scenario = new DispatchScenario((int) flags.positiveLong("--callers", 120),
                flags.positiveLong("--per-second", 2), (int) flags.positiveLong("--agents", 4),
                flags.positiveLong("--ring-ms", 200), flags.positiveLong("--talk-ms", 3_000));
        AsteriskLab lab = AsteriskLab.ofWorkingDirectory();
        PrintStream out = System.out;
        out.println("dispatch comparison: " + scenario);
        lab.stop();
        lab.start();
        try {
            DispatchResult appQueue = run("app_queue", lab, scenario, APP_QUEUE_DID, null);
            DispatchResult acd;
            Path journal = Files.createTempDirectory("acd-bench-dispatch-journal");
            LabConfig config = new LabConfig(Duration.ofSeconds(15), Duration.ZERO, List.of());
            try (AcdServer server = AcdServer.start(config.routing(),
                    config.telephony(AsteriskLab.AGI_PORT, AsteriskLab.AMI_PORT, lab.amiSecretFile()),
                    RuntimeOptions.defaults(journal))) {
                awaitAmi(server);
                long nowMs = System.currentTimeMillis();
                for (int agent = 1; agent <= scenario.agents(); agent++) {
                    server.runtime().events().agentLoggedIn(nowMs, "agent" + agent);
                    server.runtime().events().agentReady(nowMs, "agent" + agent);
                }
                acd = run("acd (this server)", lab, scenario, ACD_DID, server);
            }
            DispatchResult.printTable(out, appQueue, acd);
        } finally {
            lab.stop();
        }
    }

    private static DispatchResult run(String system, AsteriskLab lab, DispatchScenario scenario, String did,
                                      AcdServer server) throws Exception {
        Path traces = Files.createTempDirectory("acd-bench-dispatch-");
        List<SippProcess> phones = new ArrayList<>();
        long asteriskPid = lab.pid();
        double cpuBefore = ProcessCpu.secondsUsed(asteriskPid);
        long startNs = System.nanoTime();
        try {
            for (int agent = 1; agent <= scenario.agents(); agent++) {
                phones.add(SippAgentPhone.answering(agent, scenario.ringMs(), scenario.talkMs())
                        .start(lab.repository(), traces));
            }
            try (SippProcess callers = SippCallers.fromTrunk(0, scenario.intervalMs(), scenario.calls(did))
                    .start(lab.repository(), traces, AsteriskLab.SIP_SERVER)) {
                callers.awaitExit(scenario.timeout());
                double wallSeconds = (System.nanoTime() - startNs) / 1e9;
                double cpu = ProcessCpu.secondsUsed(asteriskPid) - cpuBefore;
                List<SippTrace> agentTraces = phones.stream().map(SippProcess::trace).toList();
                System.out.println(system + ": done in " + Math.round(wallSeconds) + " s; traces in " + traces
                        + (server == null ? "" : "; journal rejected events: " + server.snapshot().get().rejectedEvents()));
                return new DispatchResult(system, DispatchAnalysis.of(callers.trace(), agentTraces), cpu, wallSeconds);
            }
        } finally {
            phones.forEach(SippProcess::close);
        }
    }

    private static void awaitAmi(AcdServer server) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!server.adapter().amiConnected()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("AMI not connected after 15 s");
            }
            Thread.sleep(50);
        }
    }

}
