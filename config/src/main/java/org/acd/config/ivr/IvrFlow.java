package org.acd.config.ivr;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A named graph of nodes; a call enters at {@code entry}. Nodes keep the file's order. */
public record IvrFlow(String id, String entry, Map<String, FlowNode> nodes) {

    public IvrFlow {
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
    }
}
