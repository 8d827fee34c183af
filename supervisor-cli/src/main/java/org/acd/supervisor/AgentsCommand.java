package org.acd.supervisor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code acdctl agents}: GET /api/agents, printed as a table or JSON. Main thread. */
@Command(name = "agents", mixinStandardHelpOptions = true,
        description = "Lists the agents: state, time in state, call, reason.")
final class AgentsCommand implements Callable<Integer> {

    @Mixin
    private ConnectionOptions connection;

    @Mixin
    private OutputOptions output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        JsonNode answer = connection.client().get("api/agents");
        output.print(spec.commandLine().getOut(), answer, Tables.agents(answer, false));
        return ExitCodes.OK;
    }
}
