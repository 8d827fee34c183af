package org.acd.core.runtime;

/**
 * Told how long each event took from being published into the input ring to the engine having
 * applied it (journaling included). Called on the runtime's {@code RoutingLatencyHandler} thread,
 * never on the engine thread; must be quick, since a slow listener holds up the ring's reuse.
 */
@FunctionalInterface
public interface RoutingLatencyListener {

    RoutingLatencyListener NONE = latencyNs -> { };

    void eventRouted(long latencyNs);
}
