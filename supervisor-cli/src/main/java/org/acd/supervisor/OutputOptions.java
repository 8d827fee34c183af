package org.acd.supervisor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Option;

/** Table for people or {@code --json} for scripts; a mixin of every command that prints an answer. */
final class OutputOptions {

    @Option(names = "--json", description = "Print the admin API's JSON answer instead of a table.")
    private boolean json;

    void print(PrintWriter out, JsonNode answer, List<String> table) {
        if (json) {
            try {
                out.println(AdminClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(answer));
            } catch (JsonProcessingException e) {
                throw new AcdCtlException(ExitCodes.API_ERROR, "cannot print the answer: " + e.getOriginalMessage());
            }
        } else {
            table.forEach(out::println);
        }
        out.flush();
    }
}
