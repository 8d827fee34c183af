package org.acd.server.load;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.acd.config.InvalidConfigFileException;
import org.acd.config.model.AcdConfig;
import org.acd.core.model.AgentConfig;
import org.acd.server.DurationConverter;
import org.acd.server.config.ConfigReport;
import org.acd.server.telephony.ConfiguredTelephony;
import org.acd.simulator.emulator.AmiCredentials;
import org.acd.simulator.load.LoadProfile;
import org.acd.simulator.load.LoadResult;
import org.acd.simulator.load.LoadRun;
import org.acd.simulator.load.LoadTarget;
import org.acd.simulator.scenario.Distribution;
import org.acd.telephony.TelephonySettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code acd load --config FILE --journal DIR}: plays Asterisk, wire-level, towards an ACD server
 * running on this machine with that configuration and journal, then reconciles what its callers
 * went through with the server's journal. Exit status 0 when every call agrees, 1 when the
 * reconciliation fails or the server never logs in, 2 for bad usage. Runs on the main thread, which
 * waits while the emulator's threads work.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load-tests a running server (acd serve --config FILE --agents-ready) over real TCP: plays "
                + "Asterisk's AMI (the server logs in to it) and FastAGI (trunk callers to the server's AGI port), "
                + "with Poisson callers and agents' phones that answer after a delay and talk for a handle time.",
            "At the end, reconciles every call with the server's outcomes journal and prints the server's FastAGI "
                    + "turnaround (HdrHistogram)."})
public final class LoadCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", required = true,
            description = "The server's configuration: its agents' phones, AMI user and secret, FastAGI and AMI "
                    + "ports, menu digits.")
    private Path configFile;

    @Option(names = "--journal", paramLabel = "DIR", required = true,
            description = "The server's journal directory, read at the end to reconcile.")
    private Path journal;

    @Option(names = "--rate", paramLabel = "CALLS", defaultValue = "20",
            description = "New calls per second, Poisson (default: ${DEFAULT-VALUE}).")
    private double perSecond;

    @Option(names = "--duration", paramLabel = "TIME", converter = DurationConverter.class, defaultValue = "60s",
            description = "How long calls keep arriving (default: ${DEFAULT-VALUE}).")
    private Duration duration;

    @Option(names = "--calls", paramLabel = "N",
            description = "Stop arrivals after N calls, if --duration has not ended them first.")
    private Long calls;

    @Option(names = "--patience", paramLabel = "DIST", converter = DistributionConverter.class,
            defaultValue = "exponential:60s",
            description = "How long callers hold for an agent: exponential:MEAN, lognormal:MEAN,SD, fixed:VALUE or "
                    + "none (default: ${DEFAULT-VALUE}).")
    private Distribution patience;

    @Option(names = "--handle-time", paramLabel = "DIST", converter = DistributionConverter.class,
            defaultValue = "exponential:10s",
            description = "How long agents talk: exponential, lognormal or fixed (default: ${DEFAULT-VALUE}).")
    private Distribution handleTime;

    @Option(names = "--answer-delay", paramLabel = "DIST", converter = DistributionConverter.class,
            defaultValue = "fixed:1s",
            description = "How long a phone rings before its agent answers (default: ${DEFAULT-VALUE}).")
    private Distribution answerDelay;

    @Option(names = "--no-answer", paramLabel = "P", defaultValue = "0",
            description = "Share of rings the agent lets ring unanswered, 0 to below 1 (default: ${DEFAULT-VALUE}).")
    private double noAnswerProbability;

    @Option(names = "--ready-again", paramLabel = "TIME", converter = DurationConverter.class, defaultValue = "5s",
            description = "After an unanswered ring, the agent keys ready (*74) this much later "
                    + "(default: ${DEFAULT-VALUE}).")
    private Duration readyAgain;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the callers' and phones' draws (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--agi-port", paramLabel = "PORT",
            description = "The server's FastAGI port on 127.0.0.1 (default: the configuration's server.agi.port).")
    private Integer agiPort;

    @Option(names = "--ami-port", paramLabel = "PORT",
            description = "The port the emulator's AMI listens on, 127.0.0.1 (default: the configuration's "
                    + "asterisk.ami.port).")
    private Integer amiPort;

    @Option(names = "--connect-timeout", paramLabel = "TIME", converter = DurationConverter.class,
            defaultValue = "30s", description = "How long to wait for the server's AMI login (default: ${DEFAULT-VALUE}).")
    private Duration connectTimeout;

    @Option(names = "--drain-timeout", paramLabel = "TIME", converter = DurationConverter.class,
            defaultValue = "2m", description = "How long calls may go on after the last arrival; calls still live "
                    + "then fail the reconciliation (default: ${DEFAULT-VALUE}).")
    private Duration drainTimeout;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<AcdConfig> loaded = ConfigReport.load(configFile, err);
        if (loaded.isEmpty()) {
            err.println("acd load: not started");
            err.flush();
            return 2;
        }
        AcdConfig config = loaded.get();
        List<String> missing = ConfiguredTelephony.missingForServe(config);
        if (!missing.isEmpty()) {
            err.println(new InvalidConfigFileException(configFile.toString(), missing).getMessage());
            err.println("acd load: not started");
            err.flush();
            return 2;
        }
        LoadRun run = new LoadRun(profile(config), target(config), journal, out);
        LoadResult result;
        try {
            result = run.run(connectTimeout, drainTimeout);
        } catch (IllegalStateException e) {
            err.println("acd load: " + e.getMessage());
            err.flush();
            return 1;
        }
        result.printTo(out);
        return result.reconciliation().passed() ? 0 : 1;
    }

    private LoadProfile profile(AcdConfig config) {
        List<String> digits = config.inbound().orElseThrow().queueByDigit().keySet().stream().sorted().toList();
        try {
            return new LoadProfile(perSecond, duration.toMillis(), calls == null ? Long.MAX_VALUE : calls, digits,
                    patience, handleTime, answerDelay, noAnswerProbability, readyAgain.toMillis(), seed);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid load: " + e.getMessage());
        }
    }

    private LoadTarget target(AcdConfig config) {
        TelephonySettings telephony = ConfiguredTelephony.settings(config);
        String secret;
        try {
            secret = telephony.ami().secret().read();
        } catch (IllegalStateException e) {
            throw new ParameterException(spec.commandLine(), configFile + ": " + e.getMessage()
                    + "; the emulator accepts the same AMI secret the server logs in with");
        }
        List<String> devices = config.routing().agents().stream().map(AgentConfig::endpoint).toList();
        try {
            return new LoadTarget(agiPort != null ? agiPort : telephony.agi().port(),
                    amiPort != null ? amiPort : telephony.ami().port(),
                    new AmiCredentials(telephony.ami().username(), secret), devices);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid load target: " + e.getMessage());
        }
    }
}
