package org.acd.ivr;

/** Where a node sends the run: to another node of the flow, out of the IVR, or nowhere, because it cannot go on. */
sealed interface Transition {

    static Transition to(String nodeId) {
        return new GoTo(nodeId);
    }

    static Transition leave(IvrExit exit) {
        return new Leave(exit);
    }

    static Transition fail(String reason) {
        return new Fail(reason);
    }

    record GoTo(String nodeId) implements Transition {
    }

    record Leave(IvrExit exit) implements Transition {
    }

    /** The flow cannot go on at this node; {@code reason} says why, for the report and the hand-off. */
    record Fail(String reason) implements Transition {
    }
}
