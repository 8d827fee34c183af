package org.acd.supervisor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code acdctl queues}: GET /api/queues, printed as a table or JSON. Main thread. */
@Command(name = "queues", mixinStandardHelpOptions = true,
        description = "Lists the queues: calls waiting, longest wait, agents ready and logged in.")
final class QueuesCommand extends ListingCommand {

    @Override
    String path() {
        return "api/queues";
    }

    @Override
    List<String> table(JsonNode answer) {
        return Tables.queues(answer);
    }
}
