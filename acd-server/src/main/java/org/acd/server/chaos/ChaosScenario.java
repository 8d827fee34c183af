package org.acd.server.chaos;

import java.nio.file.Path;

/**
 * One fault that {@code ./acd chaos} inflicts on a running server under load, and what it cost:
 * each scenario starts what it needs (server process, emulator or lab), injects its fault, lets the
 * system recover, reconciles the journal's report with the load's own ledger and stops everything
 * it started.
 */
public interface ChaosScenario {

    /** The row label, e.g. {@code kill -9 under emulator load}. */
    String name();

    /** Runs the scenario in {@code workDirectory} (its journals and logs), which it owns. */
    ChaosRow run(Path workDirectory) throws Exception;
}
