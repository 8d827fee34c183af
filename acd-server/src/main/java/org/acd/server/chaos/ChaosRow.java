package org.acd.server.chaos;

import java.time.Duration;

/**
 * One line of the chaos table: the calls the load offered and how each ended according to the
 * server's journal, reconciled with the load's ledger ({@code lost}: in the ledger, absent from or
 * unfinished in the journal; {@code duplicated}: counted more than once), and how long the server
 * took to route again after the fault.
 *
 * @param timeToRecover from the fault's end (process restarted, connection back, disk freed) to the
 *                      first call routed after it
 * @param note          what the operator should know, e.g. the error the server printed
 */
public record ChaosRow(String scenario, long offered, long answered, long abandoned, long lost, long duplicated,
                       Duration timeToRecover, String note) {
}
