package org.acd.supervisor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.acd.config.ConfigLoader;
import org.acd.config.InvalidConfigFileException;
import org.acd.config.model.AcdConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code acdctl config check FILE}: validates a configuration file here, with the server's own
 * loader (the {@code config} module), so that a file can be checked before it is deployed, with the
 * server down or on another machine; the one command that does not talk to the admin API.
 * {@code acdctl config reload}: has the running server read its configuration file again and apply
 * it while calls are live. Main thread.
 */
@Command(name = "config", mixinStandardHelpOptions = true, description = "Works with configuration files.",
        subcommands = {ConfigCommand.Check.class, ConfigCommand.Reload.class})
final class ConfigCommand {

    @Command(name = "reload", mixinStandardHelpOptions = true,
            description = {"Has the server read the configuration file it was started from again and apply it, "
                + "calls in progress kept: prints what changed, or every problem of the file with its path and "
                + "line (exit status 6, nothing applied), or why the engine refused it (exit status 1)."})
    static final class Reload implements Callable<Integer> {

        @Mixin
        private ConnectionOptions connection;

        @Mixin
        private OutputOptions output;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            JsonNode answer = connection.client().post("api/config/reload", AdminClient.JSON.createObjectNode());
            List<String> lines = new ArrayList<>();
            lines.add("reloaded " + answer.path("reloaded").asText() + " (" + answer.path("summary").asText() + ")");
            answer.path("changes").fields().forEachRemaining(kind -> kind.getValue().fields().forEachRemaining(
                    delta -> {
                        if (!delta.getValue().isEmpty()) {
                            lines.add("  " + kind.getKey() + " " + delta.getKey() + ": " + ids(delta.getValue()));
                        }
                    }));
            if (lines.size() == 1) {
                lines.add("  nothing changed");
            }
            output.print(spec.commandLine().getOut(), answer, lines);
            return ExitCodes.OK;
        }

        private static String ids(JsonNode array) {
            List<String> ids = new ArrayList<>();
            array.forEach(id -> ids.add(id.asText()));
            return String.join(", ", ids);
        }
    }

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
