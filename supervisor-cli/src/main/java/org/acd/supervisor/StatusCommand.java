package org.acd.supervisor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code acdctl status}: GET /api/status, printed as a table or JSON. Main thread. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Shows the server's version, uptime, calls waiting, agents by state and engine counters.")
final class StatusCommand extends ListingCommand {

    @Override
    String path() {
        return "api/status";
    }

    @Override
    List<String> table(JsonNode answer) {
        return Tables.status(answer);
    }
}
