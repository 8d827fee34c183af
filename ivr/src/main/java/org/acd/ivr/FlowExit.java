package org.acd.ivr;

/** How one run of a flow ended: the exit and the node it ended at, in the flow that was running. */
public record FlowExit(IvrExit exit, String flowId, String nodeId) {
}
