package org.acd.server.telephony;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.acd.core.api.AcdEvents;
import org.acd.core.runtime.RuntimeOptions;
import org.acd.server.DurationConverter;
import org.acd.server.StopOnCtrlC;
import org.acd.server.ZeroOrMoreDurationConverter;
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
 * {@code acd serve --lab}: runs the server against the Asterisk lab, with its admin API, until
 * Ctrl-C. The main thread waits; the runtime's, the adapter's and the admin API's threads do the work.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the ACD server against Asterisk: FastAGI for calls, AMI for agents' phones.",
            "Until the YAML configuration arrives, only the Asterisk lab's contact center is built in "
                    + "(--lab): start it with scripts/asterisk-lab start."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--lab", required = true, description = "Serve the Asterisk lab's contact center.")
    private boolean lab;

    @Option(names = "--journal", paramLabel = "DIR", required = true,
            description = "Journal directory; an existing journal is replayed first.")
    private Path journal;

    @Option(names = "--agi-port", paramLabel = "PORT", defaultValue = "4573",
            description = "FastAGI port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    private int agiPort;

    @Option(names = "--ami-port", paramLabel = "PORT", defaultValue = "5038",
            description = "Asterisk's AMI port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    private int amiPort;

    @Option(names = "--ami-secret-file", paramLabel = "FILE", required = true,
            description = "File holding the AMI user's secret (scripts/asterisk-lab ami-secret prints its path).")
    private Path amiSecretFile;

    @Option(names = "--ring-timeout", paramLabel = "TIME", converter = DurationConverter.class, defaultValue = "15s",
            description = "How long an agent's phone rings before RONA (default: ${DEFAULT-VALUE}).")
    private Duration ringTimeout;

    @Option(names = "--wrap-up", paramLabel = "TIME", converter = ZeroOrMoreDurationConverter.class, defaultValue = "0s",
            description = "After-call work after every call (default: ${DEFAULT-VALUE}).")
    private Duration wrapUp;

    @Option(names = "--agents-ready",
            description = "Log every lab agent in and make them ready at start (otherwise agents dial *71 and *74).")
    private boolean agentsReady;

    @Mixin
    private AdminOptions admin;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(amiSecretFile)) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--ami-secret-file': " + amiSecretFile + " is not a readable file");
        }
        AdminSetup adminSetup = admin.setup();
        LabConfig config = new LabConfig(ringTimeout, wrapUp, LabConfig.defaults().vipNumbers());
        CountDownLatch stop = new CountDownLatch(1);
        StopOnCtrlC.install(stop::countDown);
        try (AcdServer server = AcdServer.start(config.routing(), config.telephony(agiPort, amiPort, amiSecretFile),
                RuntimeOptions.defaults(journal));
             AdminServer adminServer = startAdmin(adminSetup, server, config)) {
            if (agentsReady) {
                readyEveryAgent(server.runtime().events(), config);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("acd: serving the Asterisk lab; FastAGI on 127.0.0.1:" + server.adapter().agiPort()
                    + ", AMI at 127.0.0.1:" + amiPort + ", journal " + journal + ". Ctrl-C stops.");
            out.println("acd: admin API on " + adminServer.url() + " (token in " + adminServer.tokenFile() + ")");
            out.flush();
            stop.await();
        }
        return 0;
    }

    private AdminServer startAdmin(AdminSetup setup, AcdServer server, LabConfig config)
            throws InterruptedException {
        try {
            return AdminServer.start(setup, server.runtime(), config.routing(), journal,
                    System::currentTimeMillis);
        } catch (AdminServer.CannotListenException e) {
            throw admin.cannotListen(e);
        }
    }


    private static void readyEveryAgent(AcdEvents events, LabConfig config) {
        long nowMs = System.currentTimeMillis();
        config.routing().agents().forEach(agent -> {
            events.agentLoggedIn(nowMs, agent.id());
            events.agentReady(nowMs, agent.id());
        });
    }
}
