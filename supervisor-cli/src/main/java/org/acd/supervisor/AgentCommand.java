package org.acd.supervisor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code acdctl agent login|logout|ready|pause ID}: moves an agent, as a supervisor, through
 * {@code POST /api/agents/ID/ACTION}; prints the agent as the engine sees it afterwards. Main thread.
 */
@Command(name = "agent", mixinStandardHelpOptions = true,
        description = "Logs an agent in or out, makes them ready, or pauses them (not ready) with a reason.",
        subcommands = {AgentCommand.Login.class, AgentCommand.Logout.class, AgentCommand.Ready.class,
            AgentCommand.Pause.class})
final class AgentCommand {

    /** What every agent action shares: the agent, the connection, the output. */
    abstract static class Action implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "ID", description = "The agent's id, as configured.")
        private String agentId;

        @Mixin
        private ConnectionOptions connection;

        @Mixin
        private OutputOptions output;

        @Spec
        private CommandSpec spec;

        abstract String apiAction();

        JsonNode body() {
            return AdminClient.JSON.createObjectNode();
        }

        @Override
        public Integer call() {
            String path = "api/agents/" + URLEncoder.encode(agentId, StandardCharsets.UTF_8).replace("+", "%20")
                    + "/" + apiAction();
            JsonNode agent = connection.client().post(path, body());
            output.print(spec.commandLine().getOut(), agent, List.of(describe(agent)));
            return ExitCodes.OK;
        }

        /** e.g. "a3 is now ON_CALL; not ready (coaching) once the call and wrap-up end". */
        private static String describe(JsonNode agent) {
            StringBuilder text = new StringBuilder(agent.path("id").asText()).append(" is now ")
                    .append(agent.path("state").asText());
            if (agent.path("reason").isTextual()) {
                text.append(" (").append(agent.path("reason").asText()).append(')');
            }
            if (agent.path("pendingNotReadyReason").isTextual()) {
                text.append("; not ready (").append(agent.path("pendingNotReadyReason").asText())
                        .append(") once the call and wrap-up end");
            }
            if (agent.path("pendingLogout").asBoolean()) {
                text.append("; logged out once the call and wrap-up end");
            }
            return text.toString();
        }
    }

    @Command(name = "login", mixinStandardHelpOptions = true, description = "Logs the agent in.")
    static final class Login extends Action {
        @Override
        String apiAction() {
            return "login";
        }
    }

    @Command(name = "logout", mixinStandardHelpOptions = true,
            description = "Logs the agent out (after the current call, if any).")
    static final class Logout extends Action {
        @Override
        String apiAction() {
            return "logout";
        }
    }

    @Command(name = "ready", mixinStandardHelpOptions = true,
            description = "Makes the agent ready to take calls; ends wrap-up early.")
    static final class Ready extends Action {
        @Override
        String apiAction() {
            return "ready";
        }
    }

    @Command(name = "pause", mixinStandardHelpOptions = true,
            description = "Sets the agent not ready, with a reason code (after the current call, if any).")
    static final class Pause extends Action {

        @Option(names = "--reason", paramLabel = "R", defaultValue = "supervisor",
                description = "Reason code, e.g. break, lunch, coaching (default: ${DEFAULT-VALUE}).")
        private String reason;

        @Override
        String apiAction() {
            return "not-ready";
        }

        @Override
        JsonNode body() {
            ObjectNode body = AdminClient.JSON.createObjectNode();
            body.put("reason", reason);
            return body;
        }
    }
}
