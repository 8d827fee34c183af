package org.acd.supervisor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that reads one admin API resource and prints it as a table, or as JSON with
 * {@code --json}: {@code status}, {@code queues}, {@code agents}, {@code calls}. Main thread.
 */
abstract class ListingCommand implements Callable<Integer> {

    @Mixin
    private ConnectionOptions connection;

    @Mixin
    private OutputOptions output;

    @Spec
    private CommandSpec spec;

    /** The resource's path under the API's URL, e.g. {@code api/queues}. */
    abstract String path();

    /** The resource as a table for a terminal. */
    abstract List<String> table(JsonNode answer);

    @Override
    public final Integer call() {
        JsonNode answer = connection.client().get(path());
        output.print(spec.commandLine().getOut(), answer, table(answer));
        return ExitCodes.OK;
    }
}
