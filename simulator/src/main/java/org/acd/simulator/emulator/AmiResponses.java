package org.acd.simulator.emulator;

/** The responses Asterisk answers actions with, each carrying the action's {@code ActionID} back. */
final class AmiResponses {

    private AmiResponses() {
    }

    static AmiMessage success(AmiMessage action, String message) {
        return AmiMessage.of("Response", "Success").with("ActionID", action.get("ActionID")).with("Message", message);
    }

    static AmiMessage error(AmiMessage action, String message) {
        return AmiMessage.of("Response", "Error").with("ActionID", action.get("ActionID")).with("Message", message);
    }
}
