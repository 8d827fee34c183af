package org.acd.config.ivr;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The configured flows by name, in the file's order, and the one a trunk call enters. */
public record IvrFlows(Optional<String> entryFlow, Map<String, IvrFlow> flows) {

    public static final IvrFlows NONE = new IvrFlows(Optional.empty(), Map.of());

    public IvrFlows {
        flows = Collections.unmodifiableMap(new LinkedHashMap<>(flows));
    }
}
