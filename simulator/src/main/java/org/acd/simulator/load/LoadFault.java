package org.acd.simulator.load;

import org.acd.simulator.emulator.AsteriskEmulator;

/**
 * Something that goes wrong while a {@link LoadRun}'s callers arrive, e.g. the ACD's process killed
 * and restarted: called once, on the run's thread, at its time; arrivals and calls go on meanwhile
 * on the emulator's threads. Returns once the fault is over.
 */
@FunctionalInterface
public interface LoadFault {

    /** Injects the fault into the run whose Asterisk is {@code emulator}, and waits until it ended. */
    void inject(AsteriskEmulator emulator) throws Exception;
}
