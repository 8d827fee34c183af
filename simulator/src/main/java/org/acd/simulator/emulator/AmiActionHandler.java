package org.acd.simulator.emulator;

import java.util.function.Consumer;

/**
 * Carries out the call-related AMI actions of a logged-in connection. Called on that connection's
 * event loop; answers through {@code replies} (the response first, then any events the action
 * lists, such as {@code CoreShowChannel}), from any thread.
 */
@FunctionalInterface
interface AmiActionHandler {

    void handle(AmiMessage action, Consumer<AmiMessage> replies);
}
