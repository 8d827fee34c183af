package org.acd.supervisor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code acdctl agents}: GET /api/agents, printed as a table or JSON. Main thread. */
@Command(name = "agents", mixinStandardHelpOptions = true,
        description = "Lists the agents: state, time in state, call, reason.")
final class AgentsCommand extends ListingCommand {

    @Override
    String path() {
        return "api/agents";
    }

    @Override
    List<String> table(JsonNode answer) {
        return Tables.agents(answer, false);
    }
}
