package org.acd.supervisor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code acdctl calls}: GET /api/calls, printed as a table or JSON. Main thread. */
@Command(name = "calls", mixinStandardHelpOptions = true,
        description = "Lists the live calls: queue, tier, caller, state, wait, agent.")
final class CallsCommand implements Callable<Integer> {

    @Mixin
    private ConnectionOptions connection;

    @Mixin
    private OutputOptions output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        JsonNode answer = connection.client().get("api/calls");
        output.print(spec.commandLine().getOut(), answer, Tables.calls(answer));
        return ExitCodes.OK;
    }
}
