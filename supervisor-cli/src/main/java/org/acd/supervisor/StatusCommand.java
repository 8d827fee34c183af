package org.acd.supervisor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code acdctl status}: GET /api/status, printed as a table or JSON. Main thread. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Shows the server's version, uptime, calls waiting, agents by state and engine counters.")
final class StatusCommand implements Callable<Integer> {

    @Mixin
    private ConnectionOptions connection;

    @Mixin
    private OutputOptions output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        JsonNode answer = connection.client().get("api/status");
        output.print(spec.commandLine().getOut(), answer, Tables.status(answer));
        return ExitCodes.OK;
    }
}
