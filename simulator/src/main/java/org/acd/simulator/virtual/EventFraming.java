package org.acd.simulator.virtual;

/**
 * Where each step of a simulation begins and ends: a journal frames the outcomes of one engine
 * event as one record (see acd-core's {@code OutcomeRecorder}). Called on the simulation's thread.
 */
public interface EventFraming {

    /** For sinks that need no framing, such as a KPI calculator fed directly. */
    EventFraming NONE = new EventFraming() {
        @Override
        public void beginEvent(long eventIndex) {
        }

        @Override
        public void endEvent() {
        }
    };

    void beginEvent(long eventIndex);

    void endEvent();
}
