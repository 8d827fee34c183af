package org.acd.core.engine;

import org.acd.core.model.TierConfig;

/** A customer tier as the engine uses it: its priority and which requirement variant its calls need. */
record Tier(TierConfig config, int variant) {

    String id() {
        return config.id();
    }

    int priority() {
        return config.priority();
    }
}
