package org.acd.server.whatif;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.acd.config.InvalidConfigFileException;
import org.acd.core.model.RoutingConfig;
import org.acd.core.reporting.KpiThresholds;
import org.acd.server.DurationConverter;
import org.acd.server.ZeroOrMoreDurationConverter;
import org.acd.simulator.scenario.InvalidScenarioException;
import org.acd.simulator.whatif.AgentChange;
import org.acd.simulator.whatif.WhatIf;
import org.acd.simulator.whatif.WhatIfResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code acd whatif --journal DIR --config FILE}: re-runs the journaled day on the real engine in
 * virtual time with the routing and agents of {@code FILE} (the recorded ones or others to try),
 * more or fewer agents per queue ({@code --agents}), and prints the KPIs it predicts beside those of the journal, overall, per
 * queue and per tier. Runs on the main thread; exit status 0, or 2 for a missing journal, an invalid
 * or unreadable configuration (every problem printed) or a change that cannot apply.
 */
@Command(name = "whatif", mixinStandardHelpOptions = true,
        description = {"Replays a journal's calls (arrivals, queue, tier, patience, talk times) and the agents' "
                + "logins and breaks on the real routing engine with more or fewer agents or another routing, and "
                + "prints the predicted KPIs beside what happened.",
            "Callers who hung up keep their patience exactly; the others' patience beyond their wait is drawn from "
                    + "an exponential fitted to all waits."})
public final class WhatIfCommand implements Callable<Integer> {

    @Option(names = "--journal", paramLabel = "DIR", required = true,
            description = "The journal directory (acd serve, acd demo --journal, acd simulate --journal).")
    private Path journal;

    @Option(names = "--config", paramLabel = "FILE", required = true,
            description = "The queues, tiers and agents to replay with, from a server configuration or a simulation "
                    + "scenario: the one the journal was recorded with, or another routing to try (agents are "
                    + "matched to the journal by id).")
    private Path config;

    @Option(names = "--agents", paramLabel = "[QUEUE=]+N|-N", converter = AgentChangeConverter.class,
            description = "N more (+N) or fewer (-N) agents able to take QUEUE's calls, or every queue's; repeatable. "
                    + "More: copies of the able agent logged in longest, with their day; fewer: the able agents "
                    + "logged in longest go.")
    private List<AgentChange> agents = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the draws of what the journal does not tell (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--short-abandon", paramLabel = "TIME", defaultValue = "5s",
            converter = ZeroOrMoreDurationConverter.class,
            description = "Abandons within this time are short (default: ${DEFAULT-VALUE}).")
    private Duration shortAbandon;

    @Option(names = "--service-level", paramLabel = "TIME", defaultValue = "20s", converter = DurationConverter.class,
            description = "The service-level threshold (default: ${DEFAULT-VALUE}).")
    private Duration serviceLevel;

    @Option(names = "--json", description = "Print JSON.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(journal.resolve("outcomes"))) {
            return fail(journal + " holds no journal (no outcomes directory)");
        }
        RoutingConfig routing;
        try {
            routing = RoutingFiles.load(config);
        } catch (InvalidConfigFileException | InvalidScenarioException | UncheckedIOException e) {
            return fail(e.getMessage());
        }
        KpiThresholds thresholds = new KpiThresholds(shortAbandon.toMillis(), serviceLevel.toMillis());
        WhatIfResult result;
        try {
            result = WhatIf.run(journal, routing, agents, thresholds, seed);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return fail(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(WhatIfJson.render(result, journal, config, seed));
        } else {
            WhatIfTable.print(out, result, journal, config, seed);
        }
        out.flush();
        return 0;
    }

    private int fail(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("acd whatif: " + message);
        err.flush();
        return 2;
    }
}
