package org.acd.supervisor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.acd.config.ConfigLoader;
import org.acd.config.InvalidConfigFileException;
import org.acd.config.model.AcdConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code acdctl config check FILE}: validates a configuration file here, with the server's own
 * loader (the {@code config} module), so that a file can be checked before it is deployed, with the
 * server down or on another machine; the one command that does not talk to the admin API. Main thread.
 */
@Command(name = "config", mixinStandardHelpOptions = true, description = "Works with configuration files.",
        subcommands = ConfigCommand.Check.class)
final class ConfigCommand {

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Checks a configuration file as the server would load it, without a server: prints "
                + "FILE: OK with what it holds, or every problem with its path and line (exit status 6)."})
    static final class Check implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", description = "The configuration file (YAML).")
        private Path file;

        @Option(names = "--json", description = "Print {\"file\", \"valid\", \"summary\" or \"problems\"} as JSON.")
        private boolean json;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try {
                AcdConfig config = ConfigLoader.load(file);
                print(out, file + ": OK (" + config.summary() + ")", result(true).put("summary", config.summary()));
                return ExitCodes.OK;
            } catch (InvalidConfigFileException e) {
                if (json) {
                    ObjectNode result = result(false);
                    result.putPOJO("problems", List.copyOf(e.problems()));
                    print(out, null, result);
                } else {
                    PrintWriter err = spec.commandLine().getErr();
                    err.println(e.getMessage());
                    err.flush();
                }
                return ExitCodes.INVALID_CONFIG;
            }
        }

        private ObjectNode result(boolean valid) {
            ObjectNode result = AdminClient.JSON.createObjectNode();
            result.put("file", file.toString());
            result.put("valid", valid);
            return result;
        }

        private void print(PrintWriter out, String text, ObjectNode result) {
            if (json) {
                try {
                    out.println(AdminClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result));
                } catch (JsonProcessingException e) {
                    throw new AcdCtlException(ExitCodes.API_ERROR, "cannot print the result: " + e.getOriginalMessage());
                }
            } else {
                out.println(text);
            }
            out.flush();
        }
    }
}
