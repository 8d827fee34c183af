package org.acd.supervisor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code acdctl call move|priority|send-out ID}: steers a waiting call, as a supervisor, through
 * {@code POST /api/calls/ID/ACTION}; prints the call as the engine sees it afterwards, or where it
 * was sent. Main thread.
 */
@Command(name = "call", mixinStandardHelpOptions = true,
        description = {"Moves a waiting call to another queue, sets its priority, or sends it out of queueing "
                + "(voicemail, transfer, callback, hang-up).", "ID is the call's id as `acdctl calls` lists it."},
        subcommands = {CallCommand.Move.class, CallCommand.Priority.class, CallCommand.SendOut.class})
final class CallCommand {

    /** What every call action shares: the call, the connection, the output. */
    abstract static class Action implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "ID", description = "The call's id, as `acdctl calls` lists it.")
        private long callId;

        @Mixin
        private ConnectionOptions connection;

        @Mixin
        private OutputOptions output;

        @Spec
        private CommandSpec spec;

        abstract String apiAction();

        abstract JsonNode body(ObjectNode body);

        @Override
        public Integer call() {
            JsonNode answer = connection.client().post("api/calls/" + callId + "/" + apiAction(),
                    body(AdminClient.JSON.createObjectNode()));
            output.print(spec.commandLine().getOut(), answer, List.of(describe(answer)));
            return ExitCodes.OK;
        }

        /** e.g. "call 7 is now QUEUED in billing, priority 90, waiting 0:42", "call 7 sent out of support to hangup". */
        private static String describe(JsonNode answer) {
            String call = "call " + answer.path("id").asText();
            if (answer.has("sentOut")) {
                String target = answer.path("target").isTextual() ? " " + answer.path("target").asText() : "";
                return call + " sent out of " + answer.path("queue").asText() + " to " + answer.path("sentOut").asText()
                        + target;
            }
            return call + " is now " + answer.path("state").asText() + " in " + answer.path("queue").asText()
                    + ", priority " + answer.path("priority").asText() + ", waiting "
                    + Format.duration(answer.path("waitMs").asLong());
        }
    }

    @Command(name = "move", mixinStandardHelpOptions = true,
            description = "Moves the waiting call to another queue; it keeps its entry time and priority.")
    static final class Move extends Action {

        @Parameters(index = "1", paramLabel = "QUEUE", description = "The queue to move the call to.")
        private String queue;

        @Override
        String apiAction() {
            return "move";
        }

        @Override
        JsonNode body(ObjectNode body) {
            return body.put("queue", queue);
        }
    }

    @Command(name = "priority", mixinStandardHelpOptions = true,
            description = "Sets the waiting call's priority (higher is served first); it takes its new place at once.")
    static final class Priority extends Action {

        @Parameters(index = "1", paramLabel = "N", description = "The new priority, a whole number.")
        private int priority;

        @Override
        String apiAction() {
            return "priority";
        }

        @Override
        JsonNode body(ObjectNode body) {
            return body.put("priority", priority);
        }
    }

    @Command(name = "send-out", mixinStandardHelpOptions = true,
            description = "Sends the waiting call out of queueing: to a voicemail box, a transfer target, a callback "
                + "or a hang-up. A phone ringing for it stops.")
    static final class SendOut extends Action {

        @Parameters(index = "1", paramLabel = "ACTION", description = "voicemail, transfer, callback or hangup.")
        private String action;

        @Option(names = "--target", paramLabel = "TARGET",
                description = "The mailbox (voicemail) or dialplan target (transfer); the others take none.")
        private String target;

        @Override
        String apiAction() {
            return "send-out";
        }

        @Override
        JsonNode body(ObjectNode body) {
            body.put("action", action);
            if (target != null) {
                body.put("target", target);
            }
            return body;
        }
    }
}
