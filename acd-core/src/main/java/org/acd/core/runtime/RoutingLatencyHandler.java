package org.acd.core.runtime;

import com.lmax.disruptor.EventHandler;

/**
 * Third consumer of the ring, after the engine: hands each applied event's routing latency (the
 * engine's handled stamp minus the publisher's stamp) to the {@link RoutingLatencyListener}. Keeping
 * this here leaves the engine thread one clock read per event and no other work for the metric.
 * Runs on its own thread; the listener may be swapped from any thread.
 */
final class RoutingLatencyHandler implements EventHandler<EventSlot> {

    private volatile RoutingLatencyListener listener = RoutingLatencyListener.NONE;

    void listen(RoutingLatencyListener newListener) {
        listener = newListener;
    }

    @Override
    public void onEvent(EventSlot slot, long sequence, boolean endOfBatch) {
        if (slot.handledNs != EventSlot.NOT_HANDLED) {
            listener.eventRouted(slot.handledNs - slot.publishedNs);
        }
    }
}
