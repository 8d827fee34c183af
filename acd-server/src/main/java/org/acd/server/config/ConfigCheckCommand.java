package org.acd.server.config;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.acd.config.model.AcdConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code acd config check FILE}: loads the file as the server would and prints
 * {@code FILE: OK (N queues, M agents, K flows)}, exit status 0, or every problem, exit status 2.
 * Runs on the main thread.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks a configuration file: prints FILE: OK with what it holds, or every problem with its "
                + "path and line (exit status 2).")
public final class ConfigCheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The configuration file (YAML).")
    private Path file;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Optional<AcdConfig> config = ConfigReport.load(file, spec.commandLine().getErr());
        if (config.isEmpty()) {
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(file + ": OK (" + config.get().summary() + ")");
        out.flush();
        return 0;
    }
}
