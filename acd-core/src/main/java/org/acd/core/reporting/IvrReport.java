package org.acd.core.reporting;

import java.util.List;

/**
 * What callers did in the IVR, recomputed from the IVR journal: the whole IVR (containment as
 * DESIGN.md defines it: calls ended in the IVR after a successful self-service step over calls that
 * entered the IVR, each call counted once by how it last left) and each flow by its runs. Immutable.
 */
public record IvrReport(IvrFlowFigures total, List<IvrFlowFigures> flows) {

    /** The {@code flowId} of the whole IVR's figures. */
    public static final String ALL_FLOWS = "all";

    public IvrReport {
        flows = List.copyOf(flows);
    }
}
