package org.acd.server.asterisk;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import net.openhft.chronicle.bytes.MethodReader;
import org.acd.core.api.AcdEvents;
import org.acd.core.journal.IvrJournal;
import org.acd.core.journal.IvrJournalEvents;
import org.acd.core.journal.Journal;
import org.acd.core.journal.JournalDurability;
import org.acd.core.model.RoutingConfig;
import org.acd.core.reporting.KpiCalculator;
import org.acd.core.reporting.KpiReport;
import org.acd.core.reporting.KpiThresholds;
import org.acd.core.runtime.RuntimeOptions;
import org.acd.core.testing.RecordedOutcomes;
import org.acd.core.view.AgentView;
import org.acd.core.view.EngineSnapshot;
import org.acd.server.telephony.AcdServer;
import org.acd.server.telephony.LabConfig;
import org.acd.telephony.TelephonySettings;
import org.acd.simulator.lab.AsteriskLab;
import org.acd.simulator.sipp.SippAgentPhone;
import org.acd.simulator.sipp.SippCallers;
import org.acd.simulator.sipp.SippFeatureCode;
import org.acd.simulator.sipp.SippKeyingCaller;
import org.acd.simulator.sipp.SippProcess;
import org.acd.simulator.sipp.SippTrace;

/**
 * One end-to-end test's world: our server (fresh journal) against the running Asterisk lab, the
 * SIPp phones and callers the test starts, and ways to wait for and read what happened. Everything
 * it started is stopped by {@link #close()}, by pid.
 */
final class LabRun implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(50);

    private final AsteriskLab lab;
    private final Path directory;
    private final AcdServer server;
    private final List<SippProcess> processes = new ArrayList<>();

    private LabRun(AsteriskLab lab, Path directory, AcdServer server) {
        this.lab = lab;
        this.directory = directory;
        this.server = server;
    }

    /** Starts the server with {@code config} and waits until AMI is up and every phone's state is known. */
    static LabRun start(AsteriskLab lab, LabConfig config) throws Exception {
        return start(lab, config.routing(),
                config.telephony(AsteriskLab.AGI_PORT, AsteriskLab.AMI_PORT, lab.amiSecretFile()));
    }

    /**
     * Starts the server with {@code routing} (which must have agent {@code agent9}, whose lab phone has
     * no contact) and {@code telephony}, and waits as {@link #start(AsteriskLab, LabConfig)} does; a
     * server that does not get there is stopped.
     */
    static LabRun start(AsteriskLab lab, RoutingConfig routing, TelephonySettings telephony) throws Exception {
        Path directory = Files.createTempDirectory("acd-e2e-");
        AcdServer server = AcdServer.start(routing, telephony, RuntimeOptions.defaults(directory.resolve("journal")));
        LabRun run = new LabRun(lab, directory, server);
        try {
            run.await("AMI connected and agent9's phone (no contact) known to be unreachable", Duration.ofSeconds(15),
                    () -> server.adapter().amiConnected() && !run.agent("agent9").deviceReachable());
        } catch (Throwable e) {
            run.close();
            throw e;
        }
        return run;
    }

    SippProcess phone(SippAgentPhone phone) {
        return started(phone.start(lab.repository(), directory));
    }

    SippProcess callers(SippCallers callers) {
        return started(callers.start(lab.repository(), directory, AsteriskLab.SIP_SERVER));
    }

    /** Agent {@code agent}'s phone dials {@code code} and the call ends (answered and hung up, or refused). */
    SippTrace dial(int agent, String code) throws InterruptedException {
        SippProcess dialing = started(new SippFeatureCode(agent, code)
                .dial(lab.repository(), directory, AsteriskLab.SIP_SERVER));
        dialing.awaitExit(Duration.ofSeconds(20));
        return dialing.trace();
    }

    private SippProcess started(SippProcess process) {
        processes.add(process);
        return process;
    }

    AsteriskLab lab() {
        return lab;
    }

    AcdServer server() {
        return server;
    }

    AcdEvents events() {
        return server.runtime().events();
    }

    void loginReady(String... agentIds) {
        long nowMs = System.currentTimeMillis();
        for (String agentId : agentIds) {
            events().agentLoggedIn(nowMs, agentId);
            events().agentReady(nowMs, agentId);
        }
    }

    /** Logs the agents in (which makes them ready) and at once not ready, with reason "break". */
    void loginNotReady(String... agentIds) {
        long nowMs = System.currentTimeMillis();
        for (String agentId : agentIds) {
            events().agentLoggedIn(nowMs, agentId);
            events().agentNotReady(nowMs, agentId, "break");
        }
    }

    EngineSnapshot snapshot() {
        try {
            return server.snapshot().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("no snapshot from the engine in 5 s", e);
        }
    }

    AgentView agent(String agentId) {
        return snapshot().agents().stream().filter(a -> a.id().equals(agentId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no agent " + agentId));
    }

    /** Waits until {@code condition} holds, checking every 50 ms; fails the test naming {@code what}. */
    void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("not seen within " + timeout.toMillis() + " ms: " + what + "\n" + diagnostics());
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** Waits until the outcomes journal holds a line starting with {@code prefix}. */
    void awaitOutcome(String prefix, Duration timeout) throws InterruptedException {
        await("outcome '" + prefix + "'", timeout, () -> !outcomes().matching(prefix).isEmpty());
    }

    /** Everything the engine journaled so far, as readable lines. */
    RecordedOutcomes outcomes() {
        RecordedOutcomes outcomes = new RecordedOutcomes();
        try (Journal journal = new Journal(directory.resolve("journal"), JournalDurability.PAGE_CACHE)) {
            MethodReader reader = journal.outcomeTailer().methodReader(outcomes);
            while (reader.readOne()) {
                // every readOne adds one line
            }
        }
        return outcomes;
    }

    /** The KPIs of everything the engine journaled so far, as `./acd report` computes them (default thresholds). */
    KpiReport report() {
        KpiCalculator kpis = new KpiCalculator(KpiThresholds.DEFAULTS);
        try (Journal journal = new Journal(directory.resolve("journal"), JournalDurability.PAGE_CACHE)) {
            MethodReader reader = journal.outcomeTailer().methodReader(kpis);
            while (reader.readOne()) {
                // every readOne feeds one outcome
            }
        }
        return kpis.summary().overall();
    }

    /** Everything the IVR journaled so far. */
    <T extends IvrJournalEvents> T ivrJournal(T reader) {
        return IvrJournal.replay(directory.resolve("journal"), reader);
    }

    SippProcess keyingCaller(SippKeyingCaller caller) {
        return started(caller.start(lab.repository(), directory, AsteriskLab.SIP_SERVER));
    }

    SippTrace trace(String name) {
        return SippTrace.read(directory.resolve(name + ".log"));
    }

    private String diagnostics() {
        StringBuilder out = new StringBuilder("journal:\n");
        outcomes().lines().forEach(line -> out.append("  ").append(line).append('\n'));
        out.append("IVR journal:\n");
        ivrJournal(new IvrLines()).lines().forEach(line -> out.append("  ").append(line).append('\n'));
        try (var files = Files.list(directory)) {
            files.filter(f -> f.toString().endsWith(".log")).sorted().forEach(f -> {
                out.append(f.getFileName()).append(":\n");
                SippTrace.read(f).lines().forEach(line -> out.append("  ").append(line).append('\n'));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Override
    public void close() {
        processes.forEach(SippProcess::close);
        server.close();
    }
}
