package org.acd.server.chaos;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code acd chaos [--only NAME] [--rate N]}: inflicts each fault of {@link ChaosScenarios} on a
 * server under load, one after the other, and prints a table row per scenario. Exit status 0 when
 * every scenario ran and no call was lost or counted twice, 1 otherwise, 2 for bad usage. Runs on
 * the main thread; each scenario's processes and load have threads of their own.
 */
@Command(name = "chaos", mixinStandardHelpOptions = true,
        description = {"Kills, cuts and starves a running server under load and checks that no call is lost or "
                + "counted twice: each scenario starts the server (acd serve, a process of its own) and the "
                + "wire-level Asterisk emulator, injects its fault, reconciles the emulator's ledger with the "
                + "server's journal and prints a row.",
            "Journals and logs go to --work DIR (default: a temporary directory, kept when a scenario fails)."})
public final class ChaosCommand implements Callable<Integer> {

    @Option(names = "--only", paramLabel = "NAME",
            description = "Run only the scenarios whose name contains NAME, e.g. kill, ami, disk.")
    private String only;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "100",
            description = "New calls per second of the load (default: ${DEFAULT-VALUE}).")
    private double perSecond;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "30",
            description = "How long calls arrive in each load scenario (default: ${DEFAULT-VALUE}).")
    private long seconds;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the callers' and phones' draws (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--work", paramLabel = "DIR", description = "Where the scenarios keep journals and logs.")
    private Path work;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (perSecond <= 0 || seconds <= 0) {
            throw new ParameterException(spec.commandLine(), "--rate and --seconds must be positive");
        }
        List<ChaosScenario> scenarios = ChaosScenarios.all(perSecond, seconds, seed).stream()
                .filter(scenario -> only == null
                        || scenario.name().toLowerCase(Locale.ROOT).contains(only.toLowerCase(Locale.ROOT)))
                .toList();
        if (scenarios.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--only " + only + ": no scenario's name contains it; "
                    + "the scenarios: " + ChaosScenarios.all(perSecond, seconds, seed).stream()
                    .map(ChaosScenario::name).toList());
        }
        PrintWriter out = spec.commandLine().getOut();
        Path directory = work != null ? Files.createDirectories(work) : Files.createTempDirectory("acd-chaos-");
        out.println("acd chaos: " + scenarios.size() + " scenarios, " + perSecond + " calls/s for " + seconds
                + " s each; journals and logs in " + directory);
        ChaosTable table = new ChaosTable(out);
        table.header();
        boolean passed = true;
        for (int i = 0; i < scenarios.size(); i++) {
            ChaosScenario scenario = scenarios.get(i);
            Path scenarioDirectory = Files.createDirectories(directory.resolve((i + 1) + "-"
                    + scenario.name().replaceAll("[^A-Za-z0-9]+", "-")));
            try {
                ChaosRow row = scenario.run(scenarioDirectory);
                table.row(row);
                passed &= row.lost() == 0 && row.duplicated() == 0;
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                table.failed(scenario.name(), String.valueOf(e.getMessage()).lines().findFirst().orElse("")
                        + " (see " + scenarioDirectory + ")");
                passed = false;
            }
        }
        out.println(passed ? "acd chaos: PASSED, no call lost or counted twice"
                : "acd chaos: FAILED; journals and logs stay in " + directory);
        out.flush();
        return passed ? 0 : 1;
    }
}
