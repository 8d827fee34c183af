package org.acd.core.reporting;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One flow's figures in an {@link IvrReport}, or the whole IVR's when {@code flowId} is
 * {@link IvrReport#ALL_FLOWS}.
 *
 * @param entered       runs of the flow (for the whole IVR: calls that entered it)
 * @param contained     runs that ended in the IVR after a successful self-service step
 * @param queued        runs handed to a queue
 * @param abandoned     runs the caller hung up in, without self-service
 * @param otherExits    runs that left otherwise (callback, voicemail, transfer, the flow hung up, failed), by exit
 * @param leftAt        where runs ended: the node, with how many ended there, most first
 */
public record IvrFlowFigures(String flowId, long entered, long contained, long queued, long abandoned,
                             Map<String, Long> otherExits, Map<String, Long> leftAt) {

    public IvrFlowFigures {
        otherExits = Collections.unmodifiableMap(new LinkedHashMap<>(otherExits));
        leftAt = Collections.unmodifiableMap(new LinkedHashMap<>(leftAt));
    }

    /** Contained over entered (DESIGN.md's containment); NaN when nothing entered. */
    public double containment() {
        return entered == 0 ? Double.NaN : (double) contained / entered;
    }
}
