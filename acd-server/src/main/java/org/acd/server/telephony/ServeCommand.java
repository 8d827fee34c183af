package org.acd.server.telephony;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.acd.config.InvalidConfigFileException;
import org.acd.config.model.AcdConfig;
import org.acd.core.api.AcdEvents;
import org.acd.core.journal.JournalUnavailableException;
import org.acd.core.model.RoutingConfig;
import org.acd.core.runtime.RuntimeOptions;
import org.acd.server.DurationConverter;
import org.acd.server.StopOnCtrlC;
import org.acd.server.ZeroOrMoreDurationConverter;
import org.acd.server.admin.AdminOptions;
import org.acd.server.admin.AdminServer;
import org.acd.server.admin.AdminSetup;
import org.acd.server.admin.StartedFrom;
import org.acd.server.admin.WallboardSettings;
import org.acd.server.config.ConfigReport;
import org.acd.telephony.TelephonySettings;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code acd serve --config FILE} or {@code acd serve --lab}: runs the server against Asterisk, with
 * its admin API, until Ctrl-C. An invalid file is refused before anything starts, with every
 * problem printed (exit status 2); a journal directory that cannot be written or has no room is
 * refused naming it and what to fix (exit status 1). The main thread waits; the runtime's, the adapter's and the admin
 * API's threads do the work.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the ACD server against Asterisk: FastAGI for calls, AMI for agents' phones.",
            "--config FILE serves the contact center a configuration file describes; --lab the Asterisk "
                    + "lab's (start it with scripts/asterisk-lab start)."})
public final class ServeCommand implements Callable<Integer> {

    /** Where the contact center comes from: exactly one of these. */
    static final class Source {
        @Option(names = "--config", paramLabel = "FILE", required = true,
                description = "The configuration file (YAML); check it with acd config check FILE.")
        private Path configFile;

        @Option(names = "--lab", required = true, description = "Serve the Asterisk lab's contact center.")
        private boolean lab;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Source source;

    @Option(names = "--journal", paramLabel = "DIR", required = true,
            description = "Journal directory; an existing journal is replayed first.")
    private Path journal;

    @Option(names = "--agi-port", paramLabel = "PORT", defaultValue = "4573",
            description = "With --lab: FastAGI port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    private int agiPort;

    @Option(names = "--ami-port", paramLabel = "PORT", defaultValue = "5038",
            description = "With --lab: Asterisk's AMI port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    private int amiPort;

    @Option(names = "--ami-secret-file", paramLabel = "FILE",
            description = "With --lab: file holding the AMI user's secret (scripts/asterisk-lab ami-secret prints "
                    + "its path).")
    private Path amiSecretFile;

    @Option(names = "--ring-timeout", paramLabel = "TIME", converter = DurationConverter.class, defaultValue = "15s",
            description = "With --lab: how long an agent's phone rings before RONA (default: ${DEFAULT-VALUE}).")
    private Duration ringTimeout;

    @Option(names = "--wrap-up", paramLabel = "TIME", converter = ZeroOrMoreDurationConverter.class, defaultValue = "0s",
            description = "With --lab: after-call work after every call (default: ${DEFAULT-VALUE}).")
    private Duration wrapUp;

    @Option(names = "--agents-ready",
            description = "Log every agent in and make them ready at start (otherwise agents dial *71 and *74).")
    private boolean agentsReady;

    @Mixin
    private AdminOptions admin;

    @Spec
    private CommandSpec spec;

    /** What to serve: the engine's routing, the adapter's settings and the admin API's. */
    private record Served(String description, RoutingConfig routing, TelephonySettings telephony, AdminSetup admin) {
    }

    @Override
    public Integer call() throws Exception {
        Optional<Served> served = source.lab ? Optional.of(lab()) : fromFile(source.configFile);
        if (served.isEmpty()) {
            return 2;
        }
        CountDownLatch stop = new CountDownLatch(1);
        StopOnCtrlC.install(stop::countDown);
        AcdServer server;
        try {
            server = AcdServer.start(served.get().routing(), served.get().telephony(), RuntimeOptions.defaults(journal));
        } catch (JournalUnavailableException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("acd serve: " + e.getMessage());
            err.println("acd serve: not started");
            err.flush();
            return 1;
        }
        try (server; AdminServer adminServer = startAdmin(served.get(), server)) {
            adminServer.bindTelephony(server.adapter());
            if (agentsReady) {
                readyEveryAgent(server.runtime().events(), served.get().routing());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("acd: serving " + served.get().description() + "; FastAGI on "
                    + served.get().telephony().agi().bindHost() + ":" + server.adapter().agiPort()
                    + ", AMI at " + served.get().telephony().ami().host() + ":" + served.get().telephony().ami().port()
                    + ", journal " + journal + ". Ctrl-C stops.");
            out.println("acd: admin API on " + adminServer.url() + " (token in " + adminServer.tokenFile() + ")");
            out.flush();
            stop.await();
        }
        return 0;
    }

    private Served lab() {
        if (amiSecretFile == null || !Files.isReadable(amiSecretFile)) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--ami-secret-file': "
                    + (amiSecretFile == null ? "--lab needs it" : amiSecretFile + " is not a readable file"));
        }
        LabConfig config = new LabConfig(ringTimeout, wrapUp, LabConfig.defaults().vipNumbers());
        return new Served("the Asterisk lab", config.routing(), config.telephony(agiPort, amiPort, amiSecretFile),
                admin.setup());
    }

    /** The file's contact center, or empty after printing every problem (nothing has started). */
    private Optional<Served> fromFile(Path file) {
        PrintWriter err = spec.commandLine().getErr();
        Optional<AcdConfig> loaded = ConfigReport.load(file, err);
        if (loaded.isEmpty()) {
            err.println("acd serve: not started");
            err.flush();
            return Optional.empty();
        }
        AcdConfig config = loaded.get();
        List<String> missing = ConfiguredTelephony.missingForServe(config);
        if (!missing.isEmpty()) {
            err.println(new InvalidConfigFileException(file.toString(), missing).getMessage());
            err.println("acd serve: not started");
            err.flush();
            return Optional.empty();
        }
        AdminSetup adminSetup = admin.setup(config.server().admin().bind(), config.server().admin().port(),
                config.server().admin().tls()).withWallboard(WallboardSettings.of(config))
                .withStartedFrom(new StartedFrom(file, config));
        return Optional.of(new Served(file.toString(), config.routing(), ConfiguredTelephony.settings(config),
                adminSetup));
    }

    private AdminServer startAdmin(Served served, AcdServer server) throws InterruptedException {
        try {
            return AdminServer.start(served.admin(), server.runtime(), served.routing(), journal,
                    System::currentTimeMillis);
        } catch (AdminServer.CannotListenException e) {
            throw admin.cannotListen(e);
        }
    }

    private static void readyEveryAgent(AcdEvents events, RoutingConfig routing) {
        long nowMs = System.currentTimeMillis();
        routing.agents().forEach(agent -> {
            events.agentLoggedIn(nowMs, agent.id());
            events.agentReady(nowMs, agent.id());
        });
    }
}
