package org.acd.supervisor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code acdctl calls}: GET /api/calls, printed as a table or JSON. Main thread. */
@Command(name = "calls", mixinStandardHelpOptions = true,
        description = "Lists the live calls: queue, tier, caller, state, wait, agent.")
final class CallsCommand extends ListingCommand {

    @Override
    String path() {
        return "api/calls";
    }

    @Override
    List<String> table(JsonNode answer) {
        return Tables.calls(answer);
    }
}
