package org.acd.supervisor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code acdctl queues}: GET /api/queues, printed as a table or JSON. Main thread. */
@Command(name = "queues", mixinStandardHelpOptions = true,
        description = "Lists the queues: calls waiting, longest wait, agents ready and logged in.")
final class QueuesCommand implements Callable<Integer> {

    @Mixin
    private ConnectionOptions connection;

    @Mixin
    private OutputOptions output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        JsonNode answer = connection.client().get("api/queues");
        output.print(spec.commandLine().getOut(), answer, Tables.queues(answer, WaitThresholds.DEFAULT, false));
        return ExitCodes.OK;
    }
}
